/**
 * Where a line of Chinese text may end, as the W3C's Requirements for Chinese Text Layout (clreq) asks:
 * between words, never inside one; never between a number and its unit (10亿元, not 10 | 亿元); never
 * before a closing mark or after an opening one. Browsers break Chinese between any two characters, so
 * what the site draws itself (chart labels, share cards, chart images) and the headings it sets are
 * broken here, at build time, with the words ICU finds (`Intl.Segmenter`, full ICU in Node 24); what the
 * browser draws gets the breaks ready made. The text is never changed: only where it may break.
 *
 * Pure (no Node built-in): used at config time (the rehype plugin), at render time (components, images)
 * and by the chart builders.
 */

/** Marks a line may not begin with (clreq §3.1.7: closing brackets and quotes, stops, the middle dot, …). */
export const noLineStart = new Set([...'，。、；：？！）》」』】〕〉”’…—·～,.;:?!)]}%％']);
/** Marks a line may not end with (opening brackets and quotes). */
export const noLineEnd = new Set([...'（《「『【〔〈“‘([{']);

/** Scale words that may stand between a number and its unit (or alone after it: 500万至600万元). */
const scales = ['万亿', '萬億', '亿', '億', '万', '萬', '千', '百'];
/**
 * Units a number is written with in the reports (both scripts): measures, counts, money, time, percent.
 * A number followed by a scale word, a unit or both is kept on one line with them.
 */
const units = [
  '平方公里',
  '平方米',
  '千瓦时',
  '千瓦時',
  '千瓦',
  '兆瓦',
  '公斤',
  '公里',
  '公顷',
  '公頃',
  '微米',
  '毫米',
  '厘米',
  '小时',
  '小時',
  '分钟',
  '分鐘',
  '年度',
  '米',
  '吨',
  '噸',
  '元',
  '家',
  '户',
  '戶',
  '个',
  '個',
  '条',
  '條',
  '项',
  '項',
  '件',
  '台',
  '臺',
  '套',
  '辆',
  '輛',
  '人',
  '名',
  '位',
  '亩',
  '畝',
  '倍',
  '岁',
  '歲',
  '次',
  '座',
  '所',
  '批',
  '种',
  '種',
  '年',
  '月',
  '日',
  '天',
  '秒',
  'kWh',
  'GW',
  'MW',
  'kW',
  '%',
  '％',
  '‰',
];
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
/** A number (398.09, 8,752) with its scale word and unit: 10亿元, 59个, 8GW, 18.89%, 500万. */
const numberWithUnit = new RegExp(
  `\\d+(?:[.,]\\d+)*(?:(?:${alternatives(scales)})(?:${alternatives(units)})?|(?:${alternatives(units)}))`,
  'g',
);

/** Where each number with its unit stands in `text`: [start, end) offsets (UTF-16, as `slice` takes them). */
export function numbersWithUnits(text: string): [number, number][] {
  return [...text.matchAll(numberWithUnit)].map((match) => [match.index, match.index + match[0].length]);
}

const isHan = (text: string) => /^\p{Script=Han}$/u.test(text);
/** Chinese text: a Han character or a full-width mark, beside which a line may break; between Latin letters, digits and signs it may not. */
const isChinese = (character: string) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—·]/u.test(character);
/** A number in Chinese numerals (二十, 三): kept with the measure word after it (二十届) as a number with its unit. */
const isChineseNumber = (text: string) => /^[〇零一二三四五六七八九十百千万亿两兩]+$/u.test(text);

let segmenter: Intl.Segmenter | undefined;

/**
 * Where ICU's single characters are joined back into words: the indexes of the segments that may not begin a
 * line. ICU cuts a word its dictionary lacks into characters (数|智|赋|能, 光|伏) and leaves a suffix apart
 * (创新|型). Most Chinese words are two characters, so a run of single characters is read as pairs (数智|赋能,
 * 光伏); a run of odd length gives its first character to the word before it (工业园|光伏, 涵养好, 入选市), or,
 * with no word before it, makes its first three one word (耐世特). A run cut into words no longer than three
 * characters can always be broken at a narrow width, so a heading never overflows its line.
 */
function singleCharacterWords(segments: readonly string[]): Set<number> {
  const glued = new Set<number>();
  const isWord = (segment: string | undefined) => !!segment && /^\p{Script=Han}{2,}$/u.test(segment);
  for (let start = 0; start < segments.length; start++) {
    if (!isHan(segments[start]!)) continue;
    let end = start;
    while (end < segments.length && isHan(segments[end]!)) end++;
    const length = end - start;
    let pairFrom = start;
    if (length % 2 === 1 && isWord(segments[start - 1])) {
      glued.add(start);
      pairFrom = start + 1;
    } else if (length % 2 === 1 && length >= 3) {
      glued.add(start + 1).add(start + 2);
      pairFrom = start + 3;
    } else if (length === 1) {
      pairFrom = end;
    }
    for (let at = pairFrom; at + 1 < end; at += 2) glued.add(at + 1);
    start = end - 1;
  }
  return glued;
}

/**
 * The offsets (0 < offset < length, UTF-16) where a line of `text` may break: between the words ICU finds
 * (`Intl.Segmenter('zh', { granularity: 'word' })`), except
 * - inside the words ICU cut into single characters (`singleCharacterWords`): it cuts a word its dictionary
 *   lacks into characters (签约, 光伏, 耐世特, 数智) and leaves a suffix apart from its word (创新|型, 工业|园);
 * - inside a number with its unit (10亿元), or between a number in Chinese numerals and its measure word (二十届);
 * - before a mark that may not begin a line, or after one that may not end it (“新”, 。);
 * - between two pieces of Latin letters, digits and signs (3+3+N), as Unicode's line breaking keeps them.
 * After a space a line may always break.
 */
export function lineBreaks(text: string): number[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const segments = [...segmenter.segment(text)];
  const kept = numbersWithUnits(text);
  const glued = singleCharacterWords(segments.map(({ segment }) => segment));
  const breaks: number[] = [];
  for (let i = 1; i < segments.length; i++) {
    const before = segments[i - 1]!;
    const after = segments[i]!;
    const at = after.index;
    const lastChar = [...before.segment].at(-1)!;
    const firstChar = [...after.segment][0]!;
    if (/\s/.test(lastChar)) {
      breaks.push(at);
      continue;
    }
    if (/\s/.test(firstChar)) continue;
    if (!isChinese(lastChar) && !isChinese(firstChar)) continue;
    if (glued.has(i)) continue;
    if (isChineseNumber(before.segment) && isHan(after.segment)) continue;
    if (kept.some(([start, end]) => start < at && at < end)) continue;
    if (noLineStart.has(firstChar) || noLineEnd.has(lastChar)) continue;
    breaks.push(at);
  }
  return breaks;
}

/** `text` cut at its line breaks (`lineBreaks`): the pieces a line may hold whole. */
export function words(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const at of lineBreaks(text)) {
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces.filter(Boolean);
}

/** Letters and digits: what a line needs more than one of to not stand alone. */
const letters = (text: string) => [...text.replace(/[^\p{L}\p{N}]/gu, '')].length;

/**
 * Where the tail of a paragraph starts that keeps its last line from holding a lone character (clreq:
 * a last line of one character and a stop, 卷。, reads as a mistake): the last word, with the word before
 * it when it is a single character, and the marks after them. Undefined when the tail would be longer than
 * `longest` letters (holding it together would stretch the line before it too much) or is the whole text.
 */
export function lastLineTail(text: string, longest = 6): number | undefined {
  const breaks = lineBreaks(text);
  for (let i = breaks.length - 1; i >= 0; i--) {
    const tail = text.slice(breaks[i]);
    const count = letters(tail);
    if (count > longest) return undefined;
    if (count >= 2) return breaks[i];
  }
  return undefined;
}

/** A piece of text and whether it must stay on one line (a number with its unit, a paragraph's tail). */
export interface TextPiece {
  text: string;
  unbroken: boolean;
}

/**
 * `text` cut around its numbers with their units, which must stay on one line: the text, in order, unchanged.
 * With `tail`, the text's last word is held too, with a number it ends in (`lastLineTail`: a block of text,
 * a standfirst or a caption, then never ends in a line of one character).
 */
export function unbrokenNumbers(text: string, tail = false): TextPiece[] {
  const held = numbersWithUnits(text);
  let tailStart = tail ? lastLineTail(text.trimEnd()) : undefined;
  if (tailStart !== undefined) {
    for (const [start, end] of held) if (start < tailStart && tailStart < end) tailStart = start;
    while (held.length && held.at(-1)![0] >= tailStart) held.pop();
    if (tailStart > 0) held.push([tailStart, text.length]);
  }
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const [start, end] of held) {
    if (start > from) pieces.push({ text: text.slice(from, start), unbroken: false });
    pieces.push({ text: text.slice(start, end), unbroken: true });
    from = end;
  }
  if (from < text.length || !pieces.length) pieces.push({ text: text.slice(from), unbroken: false });
  return pieces;
}

/** The class of an element whose text may not break (src/styles/global.css). */
export const unbrokenClass = 'unbroken';
/** The class of a number with its unit (`unbrokenNumbers`), as against a paragraph's held tail. */
export const numberClass = 'number';

/**
 * `text` set in lines that `fits` accepts (a line's measured width, say), filled word by word (`words`): a
 * line breaks only between words. A word too long for a line of its own is broken between its characters,
 * never before a mark that may not begin a line. Spaces at a line's end are dropped.
 */
export function fillLines(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const end = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const word of words(text)) {
    if (fits((line + word).trimEnd())) {
      line += word;
      continue;
    }
    end();
    if (fits(word.trimEnd())) {
      line = word;
      continue;
    }
    for (const character of word) {
      if (line && !fits(line + character) && !noLineStart.has(character)) end();
      line += character;
    }
  }
  end();
  return lines;
}
