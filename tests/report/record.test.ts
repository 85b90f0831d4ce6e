import { describe, expect, it } from 'vitest';
import {
  authorGroups,
  chapterLastModified,
  chapterRecord,
  checkRecord,
  chineseDate,
  correctionsFor,
  correctionsHeading,
  hasRecord,
  otherReports,
  printPage,
  reportLastModified,
  reportRecord,
  updateDate,
} from '../../src/report/record';
import type { Report } from '../../src/schemas/report';
import { problemsOf } from '../../src/errors';

const base: Report = {
  headline: '题',
  kicker: '之一',
  number: 1,
  leadPhoto: { caption: '图' },
  description: '述。',
  draft: false,
};
const record: Report = {
  ...base,
  published: '2024-07-20',
  updated: '2024-07-22',
  authors: [
    { role: '记者', name: '张三' },
    { role: '记者', name: '李四' },
    { role: '通讯员', name: '王五' },
    { name: '赵六' },
  ],
  publisher: '江津日报',
  page: 3,
  corrections: [
    { date: '2024-07-21', text: '一', chapter: 'investment', kind: '更正' },
    { date: '2024-07-23', text: '二', kind: '更新' },
    { date: '2024-07-21', text: '三', kind: '更正' },
    { date: '2024-07-24', text: '四', chapter: 'investment', kind: '更正' },
  ],
};

describe('the byline’s words', () => {
  it('writes dates as Chinese readers read them, an update in the same year without its year', () => {
    expect(chineseDate('2024-07-05')).toBe('2024年7月5日');
    expect(updateDate('2024-07-22', '2024-07-20')).toBe('7月22日');
    expect(updateDate('2025-01-03', '2024-12-30')).toBe('2025年1月3日');
    expect(updateDate('2025-01-03')).toBe('2025年1月3日');
  });

  it('names each role once before its people, in the order given', () => {
    expect(authorGroups(record.authors!)).toEqual(['记者 张三 李四', '通讯员 王五', '赵六']);
    expect(
      authorGroups([
        { role: '记者', name: '甲' },
        { role: '通讯员', name: '乙' },
        { role: '记者', name: '丙' },
      ]),
    ).toEqual(['记者 甲', '通讯员 乙', '记者 丙']);
  });

  it('prints a page number as 第N版, and a page written as text as it is', () => {
    expect(printPage(3, '第{page}版')).toBe('第3版');
    expect(printPage('A3版', '第{page}版')).toBe('A3版');
  });

  it('has nothing to show for a report without a record', () => {
    expect(hasRecord(reportRecord(base))).toBe(false);
    expect(hasRecord(reportRecord(record))).toBe(true);
    expect(hasRecord({ authors: [] })).toBe(false);
  });
});

describe('a chapter’s record', () => {
  it('is the report’s, with the chapter’s own fields where it gives them', () => {
    expect(chapterRecord(record, {})).toEqual(reportRecord(record));
    expect(chapterRecord(record, { authors: [{ role: '记者', name: '孙七' }], page: 'A3版' })).toEqual({
      ...reportRecord(record),
      authors: [{ role: '记者', name: '孙七' }],
      page: 'A3版',
    });
  });

  it('last changed on its latest date or correction; the report on the latest of all', () => {
    expect(chapterLastModified(record, { slug: 'investment' })).toBe('2024-07-24');
    expect(chapterLastModified(record, { slug: 'innovation' })).toBe('2024-07-22');
    expect(chapterLastModified(base, { slug: 'innovation' })).toBeUndefined();
    expect(reportLastModified(record, [{ slug: 'a', updated: '2024-07-30' }])).toBe('2024-07-30');
    expect(reportLastModified(base, [{ slug: 'a' }])).toBeUndefined();
  });
});

describe('corrections', () => {
  it('go to the chapter they name, the others to the whole report, newest first (the same day: the later written first)', () => {
    expect(correctionsFor(record, 'investment').map((c) => c.text)).toEqual(['四', '一']);
    expect(correctionsFor(record).map((c) => c.text)).toEqual(['二', '三']);
    expect(correctionsFor(record, null).map((c) => c.text)).toEqual(['四', '二', '三', '一']);
    expect(correctionsFor(base, null)).toEqual([]);
  });

  it('are headed 更正, 更新, or both when both kinds are there', () => {
    const words = { corrections: '更正', updates: '更新', correctionsAndUpdates: '更正与更新' };
    expect(correctionsHeading(correctionsFor(record, 'investment'), words)).toBe('更正');
    expect(correctionsHeading([record.corrections![1]!], words)).toBe('更新');
    expect(correctionsHeading(record.corrections!, words)).toBe('更正与更新');
  });
});

describe('otherReports', () => {
  const entry = (id: string, number: number, draft = false) => ({
    id,
    filePath: `content/reports/${id}/report.mdx`,
    data: { ...base, number, draft },
  });
  it('lists the series’ other published reports, newest first, never a draft', () => {
    const reports = [entry('a', 1), entry('b', 2), entry('c', 3, true), entry('d', 4)];
    expect(otherReports(reports, { id: 'b' }).map((report) => report.id)).toEqual(['d', 'a']);
    expect(otherReports([entry('a', 1), entry('c', 3, true)], { id: 'a' })).toEqual([]);
  });
});

describe('checkRecord', () => {
  const text = [
    '---',
    'headline: 题',
    'corrections:',
    '  - date: 2024-07-21',
    '    text: 一',
    '  - date: 2024-07-22',
    '    chapter: nope',
    '    text: 二',
    '---',
  ].join('\n');
  const chapters = [
    { id: 'r/01', filePath: 'content/reports/r/chapters/01-a.mdx', data: { slug: 'a' } },
    { id: 'r/02', filePath: 'content/reports/r/chapters/02-b.mdx', data: { slug: 'b', updated: '2024-07-01' } },
  ];
  const problems = (data: Report, list = chapters) => {
    try {
      checkRecord(
        { id: 'r', filePath: 'content/reports/r/report.mdx', data },
        list,
        () => text,
        (file) => (file.endsWith('01-a.mdx') ? 'published: 2999-01-01' : 'updated: 2024-07-01'),
      );
      return [];
    } catch (error) {
      return problemsOf(error).map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.message}`);
    }
  };

  it('passes a report whose corrections name its chapters, and one without a record', () => {
    expect(problems(base)).toEqual([]);
    expect(
      problems({ ...base, corrections: [{ date: '2024-07-21', text: '一', chapter: 'a', kind: '更正' }] }),
    ).toEqual([]);
  });

  it('refuses a chapter’s own date in the future in a published report, not in a draft', () => {
    const future = [
      { id: 'r/01', filePath: 'content/reports/r/chapters/01-a.mdx', data: { slug: 'a', published: '2999-01-01' } },
    ];
    expect(problems(base, future)).toEqual([
      'content/reports/r/chapters/01-a.mdx:1 字段 published：2999年1月1日还没到，日期不能在未来',
    ]);
    expect(problems({ ...base, draft: true }, future)).toEqual([]);
  });

  it('names a correction’s unknown chapter at its line, and a chapter updated before the report appeared', () => {
    expect(
      problems({
        ...base,
        published: '2024-07-20',
        corrections: [
          { date: '2024-07-21', text: '一', kind: '更正' },
          { date: '2024-07-22', text: '二', chapter: 'nope', kind: '更正' },
        ],
      }),
    ).toEqual([
      'content/reports/r/report.mdx:7 字段 corrections.1.chapter：这篇报道没有 slug 为“nope”的一章',
      'content/reports/r/chapters/02-b.mdx:1 字段 updated：这一章的更新日期 2024年7月1日 早于发表日期 2024年7月20日（发表日期是报道 report.mdx 里写的）',
    ]);
  });
});
