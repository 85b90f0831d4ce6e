import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/report/table-of-contents';

const h2 = (n: number) => Array.from({ length: n }, (_, i) => ({ depth: 2, slug: `s${i}`, text: `节${i}` }));

describe('tableOfContents', () => {
  it('lists the second-level headings of a long page, each with the third-level headings under it', () => {
    expect(
      tableOfContents([...h2(3), { depth: 3, slug: 'sub', text: '小节' }, { depth: 4, slug: 'x', text: 'x' }]),
    ).toEqual([
      { id: 's0', text: '节0' },
      { id: 's1', text: '节1' },
      { id: 's2', text: '节2', children: [{ id: 'sub', text: '小节' }] },
    ]);
  });
  it('gives a short page none', () => {
    expect(tableOfContents(h2(2))).toEqual([]);
    expect(tableOfContents([])).toEqual([]);
  });
});
