import { describe, expect, it } from 'vitest';
import { mdxReadableText, readableCharacters, readingMinutes } from '../../src/report/reading-time';

describe('readableCharacters', () => {
  it('counts Han characters, not punctuation', () => {
    expect(readableCharacters('从“新”出发，向“质”而行。')).toBe(8);
  });
  it('counts a run of Latin letters or digits as one', () => {
    expect(readableCharacters('年产8GW光伏')).toBe(5);
    expect(readableCharacters('增长超16%')).toBe(4);
  });
});

describe('mdxReadableText', () => {
  it('keeps figure captions and drops the tags around them', () => {
    const text = mdxReadableText('正文。\n\n<Figure caption="耐世特生产车间" />\n\n<EditorNote>注</EditorNote>');
    expect(text).toContain('耐世特生产车间');
    expect(text).toContain('注');
    expect(text).not.toMatch(/[<>]/);
  });
});

describe('readingMinutes', () => {
  it('reads 400 characters a minute, rounding to whole minutes', () => {
    expect(readingMinutes('字'.repeat(1000))).toBe(3);
    expect(readingMinutes('字'.repeat(1000), 500)).toBe(2);
  });
  it('never says less than a minute', () => {
    expect(readingMinutes('短')).toBe(1);
  });
});
