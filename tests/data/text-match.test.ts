import { describe, expect, it } from 'vitest';
import { findQuote, matchable, normaliseForMatch, quoteDifference } from '../../src/data/text-match';

describe('the matching rules', () => {
  it('reads full-width digits and a full-width point between digits as ASCII', () => {
    expect(matchable('５９个，１．５倍')).toBe('59个,1.5倍');
  });
  it('drops a comma between digits only when exactly three digits follow', () => {
    expect(matchable('1,750万元')).toBe('1750万元');
    expect(matchable('1，750万元')).toBe('1750万元');
    expect(matchable('12,345,678')).toBe('12345678');
    expect(matchable('1,75万元')).toBe('1,75万元');
    expect(matchable('1,7500万元')).toBe('1,7500万元');
    expect(matchable('项目9个，750万元')).toBe('项目9个,750万元');
  });
  it('reads ％ as %, full-width punctuation as half-width, and ignores spaces and line breaks', () => {
    expect(matchable('增长超16％；（成都）！？：')).toBe('增长超16%;(成都)!?:');
    expect(matchable('协议投资额\n398.09 亿元')).toBe('协议投资额398.09亿元');
  });
  it('keeps, for each character, where it came from', () => {
    const { text, offsets } = normaliseForMatch('a 1,750b');
    expect(text).toBe('a1750b');
    expect(offsets).toEqual([0, 2, 4, 5, 6, 7, 8]);
  });
});

describe('findQuote', () => {
  it('returns the quote’s place in the original text, as written there', () => {
    const text = '目前，全区签约工业项目５９个，协议投资额1,750万元。';
    const at = findQuote(text, '全区签约工业项目59个')!;
    expect(text.slice(at.start, at.end)).toBe('全区签约工业项目５９个');
    const money = findQuote(text, '协议投资额1750万元')!;
    expect(text.slice(money.start, money.end)).toBe('协议投资额1,750万元');
  });
  it('finds nothing for another number or an empty quote', () => {
    expect(findQuote('全区签约工业项目59个', '全区签约工业项目58个')).toBeUndefined();
    expect(findQuote('全区签约工业项目59个', ' ')).toBeUndefined();
  });
});

describe('quoteDifference', () => {
  it('names the first differing character of the quote and of the text, with the text around it', () => {
    expect(quoteDifference(['另一段。', '目前，全区签约工业项目59个。'], '全区签约工业项目共59个')).toEqual({
      position: 9,
      quoteChar: '共',
      textChar: '5',
      context: '目前，全区签约工业项目59个。',
    });
  });
  it('says when the text ends before the quote does', () => {
    expect(quoteDifference(['全区签约'], '全区签约工业')).toMatchObject({ position: 5, quoteChar: '工', textChar: '' });
  });
  it('gives nothing when the quote’s start is nowhere', () => {
    expect(quoteDifference(['目前，全区签约。'], '完全不同的话')).toBeUndefined();
  });
});
