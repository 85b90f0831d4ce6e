import { describe, expect, it } from 'vitest';
import { neighbours, orderChapters } from '../../src/report/report-structure';

const chapter = (filePath: string, order: number, slug: string, report = 'r') => ({
  filePath,
  data: { report, order, slug },
});

describe('orderChapters', () => {
  it('sorts chapters by order', () => {
    const sorted = orderChapters([chapter('b.mdx', 2, 'b'), chapter('c.mdx', 3, 'c'), chapter('a.mdx', 1, 'a')], ['r']);
    expect(sorted.map((entry) => entry.data.slug)).toEqual(['a', 'b', 'c']);
  });

  it('rejects two chapters with the same order, naming both files', () => {
    expect(() => orderChapters([chapter('a.mdx', 1, 'a'), chapter('b.mdx', 1, 'b')], ['r'])).toThrow(
      '✗ b.mdx\n  问题：字段 order：1 已经被 a.mdx 用了',
    );
  });

  it('rejects two chapters with the same slug', () => {
    expect(() => orderChapters([chapter('a.mdx', 1, 'same'), chapter('b.mdx', 2, 'same')], ['r'])).toThrow(
      '✗ b.mdx\n  问题：字段 slug："same" 已经被 a.mdx 用了',
    );
  });

  it('lets two reports of a series reuse an order and a slug', () => {
    expect(orderChapters([chapter('a.mdx', 1, 'a', 'r'), chapter('b.mdx', 1, 'a', 's')], ['r', 's'])).toHaveLength(2);
  });

  it('rejects a chapter whose report does not exist', () => {
    expect(() => orderChapters([chapter('a.mdx', 1, 'a', 'nope')], ['r'])).toThrow(
      '✗ a.mdx\n  问题：字段 report：没有叫“nope”的报道',
    );
  });
});

describe('neighbours', () => {
  it('gives the previous and next chapter, none past either end', () => {
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b'], 0)).toEqual({ previous: undefined, next: 'b' });
  });
});
