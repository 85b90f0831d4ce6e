import { describe, expect, it } from 'vitest';
import { chineseDay, readAuthor, readDate, todayInChina } from '../../src/schemas/record';
import { reportSchema } from '../../src/schemas/report';
import { chapterSchema } from '../../src/schemas/chapter';
import { formatIssues, zodOptions } from '../../src/errors';

const report = {
  headline: '测试报道 仅供测试',
  kicker: '测试系列之一',
  number: 1,
  leadPhoto: { caption: '头图说明' },
  description: '导语第一句。',
};

/** The Chinese messages of a report whose frontmatter has `fields`. */
const problems = (fields: Record<string, unknown>) => {
  const result = reportSchema.safeParse({ ...report, ...fields }, zodOptions);
  return result.success ? '' : formatIssues('report.mdx', result.error);
};

describe('readDate', () => {
  it('reads an ISO date, with or without leading zeros, and the other separators editors type', () => {
    for (const text of ['2024-07-20', '2024-7-20', '2024/7/20', '2024.07.20', ' 2024-07-20 '])
      expect(readDate(text), text).toEqual({ date: '2024-07-20' });
  });

  it('reads a Chinese date, with spaces, 号 for 日 and full-width digits', () => {
    for (const text of [
      '2024年7月20日',
      '2024年07月20日',
      '2024 年 7 月 20 日',
      '2024年7月20号',
      '２０２４年７月２０日',
    ])
      expect(readDate(text), text).toEqual({ date: '2024-07-20' });
  });

  it('reads the Date js-yaml makes of an unquoted ISO date', () => {
    expect(readDate(new Date('2024-07-20'))).toEqual({ date: '2024-07-20' });
  });

  it('refuses what is not a day, saying why', () => {
    expect(readDate('2024年2月30日')).toEqual({ problem: '没有这一天：2024年2月30日' });
    expect(readDate('2023-02-29')).toEqual({ problem: '没有这一天：2023年2月29日' });
    expect(readDate('2024-02-29')).toEqual({ date: '2024-02-29' });
    expect(readDate('2024年13月1日')).toEqual({ problem: '没有这一天：2024年13月1日' });
    expect(readDate('7月20日')).toEqual({ problem: '“7月20日”没有年份' });
    expect(readDate('2024年7月20日 10:30')).toEqual({
      problem: '“2024年7月20日 10:30”带了时间：只写日期，不写几点几分',
    });
    expect(readDate(new Date('2024-07-20T10:30:00Z'))).toEqual({ problem: '只写日期，不写几点几分' });
    expect(readDate('昨天')).toEqual({ problem: '“昨天”不是能读懂的日期' });
    expect(readDate('')).toEqual({ problem: '不能为空' });
    expect(readDate(null)).toEqual({ problem: '要写一个日期' });
    expect(readDate(20240720)).toEqual({ problem: '20240720 不是日期（要写年、月、日）' });
  });

  it('knows today in China, eight hours ahead of UTC', () => {
    expect(todayInChina(new Date('2024-07-20T15:59:00Z'))).toBe('2024-07-20');
    expect(todayInChina(new Date('2024-07-20T16:00:00Z'))).toBe('2024-07-21');
    expect(chineseDay('2024-07-05')).toBe('2024年7月5日');
  });
});

describe('a report’s record in its frontmatter', () => {
  it('is optional: a report without it has none', () => {
    const data = reportSchema.parse(report);
    expect(data).toEqual({ ...report, draft: false });
  });

  it('reads every field, dates to YYYY-MM-DD, authors to role and name', () => {
    const data = reportSchema.parse({
      ...report,
      published: new Date('2024-07-20'),
      updated: '2024年7月21日',
      authors: ['记者 张三', '通讯员 李四', '王五'],
      editor: '赵六',
      publisher: '江津日报',
      page: 3,
      corrections: [
        { date: '2024-07-21', text: '更正的内容。', chapter: 'investment' },
        { date: '2024年7月22日', text: '更新的内容。', kind: '更新' },
      ],
    });
    expect(data).toMatchObject({
      published: '2024-07-20',
      updated: '2024-07-21',
      authors: [{ role: '记者', name: '张三' }, { role: '通讯员', name: '李四' }, { name: '王五' }],
      editor: '赵六',
      publisher: '江津日报',
      page: 3,
      corrections: [
        { date: '2024-07-21', text: '更正的内容。', chapter: 'investment', kind: '更正' },
        { date: '2024-07-22', text: '更新的内容。', kind: '更新' },
      ],
    });
  });

  it('refuses a date that does not parse, with the formats to use', () => {
    expect(problems({ published: '2024年7月' })).toBe('report.mdx: 字段 published：“2024年7月”不是能读懂的日期');
  });

  it('refuses a date in the future in a published report; a draft may carry tomorrow’s date', () => {
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000);
    const day = todayInChina(tomorrow);
    expect(problems({ published: day })).toBe(`report.mdx: 字段 published：${chineseDay(day)}还没到，日期不能在未来`);
    expect(problems({ published: todayInChina() })).toBe('');
    expect(problems({ corrections: [{ date: '2999-01-01', text: 'x' }] })).toBe(
      'report.mdx: 字段 corrections.0.date：2999年1月1日还没到，日期不能在未来',
    );
    expect(problems({ published: day, updated: day, draft: true })).toBe('');
    // A chapter's own dates are checked with its report's draft status (src/report/record.ts).
    const note = { order: 4, kind: 'note', slug: 'note', title: '手记', label: '记者手记' };
    expect(chapterSchema.safeParse({ ...note, published: day }).success).toBe(true);
  });

  it('refuses updated before published, and a correction before published', () => {
    expect(problems({ published: '2024-07-20', updated: '2024-07-19' })).toBe(
      'report.mdx: 字段 updated：更新日期 2024年7月19日 早于发表日期 2024年7月20日',
    );
    expect(problems({ published: '2024-07-20', updated: '2024-07-20' })).toBe('');
    expect(problems({ published: '2024-07-20', corrections: [{ date: '2024-07-01', text: 'x' }] })).toBe(
      'report.mdx: 字段 corrections.0.date：更正日期 2024年7月1日 早于发表日期 2024年7月20日',
    );
  });

  it('refuses an empty author, and a role without a name', () => {
    expect(problems({ authors: ['记者 张三', ''] })).toBe('report.mdx: 字段 authors.1：作者是空的');
    expect(problems({ authors: [null] })).toBe('report.mdx: 字段 authors.0：作者是空的');
    expect(problems({ authors: ['通讯员'] })).toBe('report.mdx: 字段 authors.0：“通讯员”只有角色，没有姓名');
    expect(problems({ authors: [] })).toBe('report.mdx: 字段 authors：至少写一位作者；没有作者就删掉 authors');
  });

  it('refuses a correction without text or of an unknown kind', () => {
    expect(problems({ corrections: [{ date: '2024-07-21', text: ' ' }] })).toBe(
      'report.mdx: 字段 corrections.0.text：不能为空',
    );
    expect(problems({ corrections: [{ date: '2024-07-21', text: 'x', kind: '勘误' }] })).toMatch(
      /字段 corrections\.0\.kind：只能是 "更正"、"更新" 之一/,
    );
  });

  it('lets a chapter give its own dates, byline and page, not the report’s editor or corrections', () => {
    const note = { order: 4, kind: 'note', slug: 'note', title: '手记', label: '记者手记' };
    expect(
      chapterSchema.parse({ ...note, authors: ['记者 王五'], published: '2024-07-21', page: 'A3版' }),
    ).toMatchObject({
      authors: [{ role: '记者', name: '王五' }],
      published: '2024-07-21',
      page: 'A3版',
    });
    expect(chapterSchema.safeParse({ ...note, editor: '赵六' }).success).toBe(false);
    expect(chapterSchema.safeParse({ ...note, published: '2024-07-21', updated: '2024-07-20' }).success).toBe(false);
  });

  it('reads an author line: the last word is the name', () => {
    expect(readAuthor('本报记者 张三')).toEqual({ role: '本报记者', name: '张三' });
    expect(readAuthor('记者　张三')).toEqual({ role: '记者', name: '张三' });
  });
});
