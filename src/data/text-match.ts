/**
 * How a dataset's quote is matched against the article's text. Editors write numbers the way
 * people do, so before comparing, both sides are read under these rules (documented for editors
 * in docs/编辑指南.md, 「引文怎样算对得上」):
 *
 * 1. Full-width digits are digits: ５９ = 59, and a full-width point between digits is a point (１．５ = 1.5).
 * 2. A comma between digits that is followed by exactly three digits is a thousands separator and is
 *    ignored: 1,750 = 1，750 = 1750 (but 1,75 or 1,7500 stay as written).
 * 3. ％ = %.
 * 4. Full-width and half-width punctuation are the same mark: ，= ,  ：= :  ；= ;  （= (  ）= )  ！= !  ？= ?
 * 5. Spaces and line breaks are ignored (a paragraph may be broken over lines in the file).
 *
 * Nothing else is forgiven: a different character, a missing word or a different unit is a mismatch,
 * and the message shows where the quote and the text part ways.
 */

const fullWidthDigit = /[０-９]/;
const punctuation: Record<string, string> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
  '％': '%',
};

/** Text read under the matching rules, with, for each character, its offset in the original. */
interface NormalisedText {
  text: string;
  /** `offsets[i]` is where character i came from; `offsets[text.length]` is the original's length. */
  offsets: number[];
}

const isDigit = (char: string | undefined) => char !== undefined && /[0-9０-９]/.test(char);

/** Reads `text` under the matching rules, keeping a map back to the original offsets. */
export function normaliseForMatch(text: string): NormalisedText {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/\s/.test(char)) continue;
    if ((char === ',' || char === '，') && isDigit(text[i - 1])) {
      const group = text.slice(i + 1, i + 5);
      if (/^[0-9０-９]{3}$/.test(group.slice(0, 3)) && !isDigit(group[3])) continue;
    }
    let mapped = char;
    if (fullWidthDigit.test(char)) mapped = String.fromCharCode(char.charCodeAt(0) - 0xff10 + 0x30);
    else if (char === '．' && isDigit(text[i - 1]) && isDigit(text[i + 1])) mapped = '.';
    else if (punctuation[char]) mapped = punctuation[char]!;
    out += mapped;
    offsets.push(i);
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** `text` under the matching rules (for number checks on a quote). */
export const matchable = (text: string): string => normaliseForMatch(text).text;

/** Where `quote` is in `text` under the matching rules, as offsets in the original `text`. */
export function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  const haystack = normaliseForMatch(text);
  const needle = matchable(quote);
  if (!needle) return undefined;
  const at = haystack.text.indexOf(needle);
  if (at < 0) return undefined;
  return { start: haystack.offsets[at]!, end: haystack.offsets[at + needle.length - 1]! + 1 };
}

/** Where a quote and the text part ways: for the message an editor reads. */
interface QuoteDifference {
  /** 1-based position in the quote of the first character that differs. */
  position: number;
  /** The quote's character there ('' when the quote is longer than what the text has). */
  quoteChar: string;
  /** The text's character there ('' when the text ends). */
  textChar: string;
  /** A stretch of the text around the place, as written. */
  context: string;
}

/**
 * The closest place in `texts` to `quote`: the longest run of the quote's start found in a text,
 * and the first character after it that differs. Undefined when not even the quote's first two
 * characters are anywhere (then the quote is simply not there).
 */
export function quoteDifference(texts: readonly string[], quote: string): QuoteDifference | undefined {
  const needle = normaliseForMatch(quote);
  let best: { length: number; text: string; at: number; source: NormalisedText } | undefined;
  for (const text of texts) {
    const haystack = normaliseForMatch(text);
    let low = best?.length ?? 1;
    // Longest prefix of the quote present in this text (prefix presence is monotone: binary search).
    let found = -1;
    let high = needle.text.length;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = haystack.text.indexOf(needle.text.slice(0, mid));
      if (at >= 0) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found > (best?.length ?? 1)) {
      best = { length: found, text, at: haystack.text.indexOf(needle.text.slice(0, found)), source: haystack };
    }
  }
  if (!best || best.length < 2) return undefined;
  const quoteOffset = needle.offsets[best.length]!;
  const textOffset = best.source.offsets[best.at + best.length] ?? best.text.length;
  const start = best.source.offsets[best.at]!;
  return {
    position: [...quote.slice(0, quoteOffset)].length + 1,
    quoteChar: quote[quoteOffset] ?? '',
    textChar: best.text[textOffset] ?? '',
    context: best.text.slice(Math.max(0, start - 4), Math.min(best.text.length, textOffset + 6)),
  };
}
