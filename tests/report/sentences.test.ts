import { describe, expect, it } from 'vitest';
import { sentenceOf, sentenceRanges, sentenceSpan } from '../../src/report/sentences';

const text = '“前7月增长超16%。”负责人表示，公司发展快。不只是盛今科技，31家企业实现总产值66.34亿元。';

describe('sentenceRanges', () => {
  it('splits at 。！？, keeps a closing quote with its sentence, and covers every character', () => {
    const ranges = sentenceRanges(text);
    expect(ranges.map(([from, to]) => text.slice(from, to))).toEqual([
      '“前7月增长超16%。”',
      '负责人表示，公司发展快。',
      '不只是盛今科技，31家企业实现总产值66.34亿元。',
    ]);
  });
});

describe('sentenceOf', () => {
  it('returns the whole sentence around a quote, or undefined when the quote is not there', () => {
    expect(sentenceOf(text, '实现总产值66.34亿元')).toBe('不只是盛今科技，31家企业实现总产值66.34亿元。');
    expect(sentenceOf(text, '不在文中')).toBeUndefined();
  });
});

describe('sentenceSpan', () => {
  it('spans two sentences when a quote runs across a sentence end', () => {
    const at = text.indexOf('快。不只是');
    const [from, to] = sentenceSpan(text, at, at + 5);
    expect(text.slice(from, to)).toBe('负责人表示，公司发展快。不只是盛今科技，31家企业实现总产值66.34亿元。');
  });
});
