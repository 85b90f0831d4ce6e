/**
 * Coverage: every number written in Arabic digits in the article is either a
 * value of some dataset (found at that spot of the text, in its quote), part of
 * a dataset's period, or listed below as not a quantity, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { mdxBody } from '../../src/data/provenance';
import { datasets, readSource } from '../support/datasets';

/** Numbers that are not quantities to chart, with where they are and why. */
const notData: Array<{ file: string; context: string; reason: string }> = [
  {
    file: 'report.mdx',
    context: '“3+3+N”',
    reason: 'the cluster system; its first 3 and N are charted from section 1',
  },
  { file: 'report.mdx', context: '2023年度', reason: 'the year of an award, a date' },
  { file: 'report.mdx', context: '“100户重点工业企业”', reason: 'part of a list’s name' },
  { file: 'report.mdx', context: '“100户成长型工业企业”', reason: 'part of a list’s name' },
  { file: 'chapters/01-industry-clusters.mdx', context: '驼峰600', reason: 'a product’s model name' },
  {
    file: 'chapters/02-investment.mdx',
    context: '10亿元以上',
    reason: 'the threshold that defines the 9 projects',
  },
];

describe('every number in the article', () => {
  const files = [
    'report.mdx',
    'chapters/01-industry-clusters.mdx',
    'chapters/02-investment.mdx',
    'chapters/03-innovation.mdx',
    'chapters/04-reporters-note.mdx',
  ];

  it('names only MDX files that exist', () => {
    for (const entry of notData) expect(readSource(entry.file), entry.file).toContain(entry.context);
  });

  it.each(files)('in %s has a home in a dataset (or is not a quantity)', (file) => {
    // Only the article's own text: components (<Chart id="…" />) are not part of it.
    const text = mdxBody(readSource(file)!).replace(/<[A-Z][^>]*\/>|<([A-Z]\w*)[^>]*>[\s\S]*?<\/\1>/g, (m) =>
      ' '.repeat(m.length),
    );
    const covered = new Array<boolean>(text.length).fill(false);
    const cover = (needle: string) => {
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
        covered.fill(true, at, at + needle.length);
    };
    for (const dataset of datasets) {
      if (dataset.period && dataset.source === file) cover(dataset.period);
      for (const value of dataset.values) {
        if ((value.source ?? dataset.source) !== file) continue;
        const at = text.indexOf(value.quote);
        const numbers = value.written
          ? [value.written]
          : Array.isArray(value.value)
            ? value.value.map(String)
            : [String(value.value)];
        for (const number of numbers) {
          // The number where the unit follows it (驼峰600…达600公斤 is the second 600).
          const withUnit = value.quote.indexOf(number + value.unit);
          const inQuote = withUnit >= 0 ? withUnit : value.quote.indexOf(number);
          if (at >= 0 && inQuote >= 0) covered.fill(true, at + inQuote, at + inQuote + number.length);
        }
      }
    }
    for (const entry of notData.filter((entry) => entry.file === file)) cover(entry.context);
    const uncovered = [...text.matchAll(/\d+(?:\.\d+)?/g)]
      .filter((match) => !covered[match.index])
      .map((match) => text.slice(Math.max(0, match.index - 8), match.index + match[0].length + 4));
    expect(uncovered).toEqual([]);
  });
});
