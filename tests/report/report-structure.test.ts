import { describe, expect, it } from 'vitest';
import { neighbours, orderChapters, orderReports } from '../../src/report/report-structure';
import { chineseNumber } from '../../src/report/chinese-number';

const chapter = (filePath: string, order: number, slug: string) => ({ filePath, data: { order, slug } });
const report = (id: string, number: number) => ({ id, filePath: `content/reports/${id}/report.mdx`, data: { number } });

describe('orderChapters', () => {
  it('sorts chapters by order', () => {
    const sorted = orderChapters([chapter('b.mdx', 2, 'b'), chapter('c.mdx', 3, 'c'), chapter('a.mdx', 1, 'a')]);
    expect(sorted.map((entry) => entry.data.slug)).toEqual(['a', 'b', 'c']);
  });

  it('rejects two chapters with the same order, naming both files', () => {
    expect(() => orderChapters([chapter('a.mdx', 1, 'a'), chapter('b.mdx', 1, 'b')])).toThrow(
      '✗ b.mdx\n  问题：字段 order：1 已经被 a.mdx 用了',
    );
  });

  it('rejects two chapters with the same slug', () => {
    expect(() => orderChapters([chapter('a.mdx', 1, 'same'), chapter('b.mdx', 2, 'same')])).toThrow(
      '✗ b.mdx\n  问题：字段 slug："same" 已经被 a.mdx 用了',
    );
  });

  it('rejects a slug that would take the address of the report’s one-page edition or data page', () => {
    expect(() => orderChapters([chapter('a.mdx', 1, 'full')])).toThrow(
      '✗ a.mdx\n  问题：字段 slug：“full”是保留的网址',
    );
    expect(() => orderChapters([chapter('a.mdx', 1, 'data')])).toThrow(
      '✗ a.mdx\n  问题：字段 slug：“data”是保留的网址',
    );
  });
});

describe('orderReports', () => {
  it('orders reports by their number in the series', () => {
    expect(orderReports([report('b', 2), report('c', 10), report('a', 1)]).map((entry) => entry.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('rejects two reports with one number, naming both files', () => {
    expect(() => orderReports([report('a', 1), report('b', 1)])).toThrow(
      '✗ content/reports/b/report.mdx\n  问题：字段 number：系列序号 1 已经被 content/reports/a/report.mdx 用了',
    );
  });
});

describe('chineseNumber', () => {
  it('writes the series position as the kicker does (之一, 之十, 之十二, 之二十)', () => {
    expect([1, 2, 9, 10, 12, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十二',
      '二十',
      '二十一',
      '九十九',
    ]);
  });
});

describe('neighbours', () => {
  it('gives the previous and next chapter, none past either end', () => {
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b'], 0)).toEqual({ previous: undefined, next: 'b' });
  });
});
