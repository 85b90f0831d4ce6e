/**
 * The 繁體 edition's converter: OpenCC (opencc-js) from mainland simplified to Taiwan's standard
 * traditional characters (`tw`), with the series' exceptions (content/zh-hant-exceptions.json) applied
 * first, and the quotation marks traditional text uses: “” as 「」, ‘’ as 『』. Characters only, not
 * Taiwan's phrases (`twp`): every sentence keeps the reporter's words (the phrase tables rewrite them:
 * 项目 → 專案, 信息 → 資訊, and the company 自行车者科技 → 腳踏車者科技). See docs/zh-hant.md.
 *
 * Pure (no file access): used at config time by the integration that writes the edition's pages and
 * at render time by the 繁體 share cards and chart images.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { editorError, jsonPathLine, parseOrThrow, problemsOf } from '../errors';
import { jsonSyntaxProblem } from '../files/syntax-problems';
import { hantExceptionsSchema, type HantException } from '../schemas/hant-exceptions';
import { normaliseText } from '../files/editor-text';

/** Where the editors' exceptions live, relative to the project. */
export const hantExceptionsFile = 'content/zh-hant-exceptions.json';

/** Converts simplified text to the 繁體 edition's text. */
export type HantConverter = (text: string) => string;

/** The quotation marks of simplified text and the corner brackets traditional text sets instead. */
export const hantQuotes: Readonly<Record<string, string>> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

let openCc: HantConverter | undefined;
/**
 * The quotation marks of `text` as traditional text sets them. A ’ or ‘ between two Latin letters is an
 * apostrophe (Xi’an, it’s), not a quotation mark: it stays.
 */
export const hantQuotationMarks = (text: string) =>
  text.replace(/[“”‘’]/g, (mark, at: number) =>
    /[‘’]/.test(mark) && /[A-Za-z]/.test(text[at - 1] ?? '') && /[A-Za-z]/.test(text[at + 1] ?? '')
      ? mark
      : hantQuotes[mark]!,
  );

/** OpenCC's own converter (its dictionaries are built once, on first use), then the quotation marks. */
const plainOpenCc: HantConverter = (text) =>
  hantQuotationMarks((openCc ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))(text));

/** Characters OpenCC leaves alone, one per exception, that hold an exception's place while the rest converts. */
const placeholder = (index: number) => String.fromCodePoint(0xf0000 + index);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A converter that writes each exception's `traditional` wherever its `simplified` stands (longest
 * first, so a name inside a longer entry is not split), each of `keep` as it is (the deploy's base path,
 * which may hold Chinese characters: `/专题/` stays `/专题/` in an address a reader sees), and everything
 * else as OpenCC converts it, with 「」 and 『』 for the quotation marks.
 */
export function hantConverter(exceptions: readonly HantException[] = [], keep: readonly string[] = []): HantConverter {
  const entries = [
    ...exceptions,
    ...keep
      .filter((text) => text && !exceptions.some((entry) => entry.simplified === text))
      .map((text) => ({ simplified: text, traditional: text })),
  ];
  if (!entries.length) return plainOpenCc;
  const sorted = entries.sort((a, b) => b.simplified.length - a.simplified.length);
  const pattern = new RegExp(sorted.map((entry) => escapeRegExp(entry.simplified)).join('|'), 'g');
  const index = new Map(sorted.map((entry, i) => [entry.simplified, i]));
  const restore = new RegExp(`[${placeholder(0)}-${placeholder(sorted.length - 1)}]`, 'gu');
  return (text) => {
    if (!text) return text;
    const held = text.replace(pattern, (found) => placeholder(index.get(found)!));
    return plainOpenCc(held).replace(restore, (mark) => sorted[mark.codePointAt(0)! - 0xf0000]!.traditional);
  };
}

/**
 * Runs `parse`, its problems naming each exception as editors count them, from 1 (第 1 条例外), as the
 * message about an exception written twice does, not by its place in the list from 0 (exceptions.0).
 */
function numberedFromOne<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const problems = problemsOf(error);
    if (!problems.length) throw error;
    throw editorError(
      problems.map((problem) => ({
        ...problem,
        message: problem.message.replace(
          /^字段 exceptions\.(\d+)\.(\w+)：/,
          (_, index: string, field: string) => `第 ${Number(index) + 1} 条例外的 ${field}：`,
        ),
      })),
    );
  }
}

/**
 * Parses the text of content/zh-hant-exceptions.json: a syntax error, a bad field or the same
 * simplified words listed twice fails with the file, line and what to do, in Chinese first.
 */
export function parseHantExceptions(text: string, file = hantExceptionsFile): HantException[] {
  const normalised = normaliseText(text);
  let json: unknown;
  try {
    json = JSON.parse(normalised);
  } catch (error) {
    throw editorError(jsonSyntaxProblem(file, normalised, error as Error));
  }
  const { exceptions } = numberedFromOne(() => parseOrThrow(hantExceptionsSchema, json, file, normalised));
  const seen = new Map<string, number>();
  const problems = exceptions.flatMap((entry, i) => {
    const first = seen.get(entry.simplified);
    seen.set(entry.simplified, first ?? i);
    if (first === undefined) return [];
    return [
      {
        file,
        line: jsonPathLine(normalised, ['exceptions', i, 'simplified']),
        message: `“${entry.simplified}”写了两次（第 ${first + 1} 条和第 ${i + 1} 条）`,
        hint: '同样的简体文字只能有一种繁体写法：删掉其中一条。',
        en: `"${entry.simplified}" is listed twice (entries ${first + 1} and ${i + 1})`,
      },
    ];
  });
  if (problems.length) throw editorError(problems);
  return exceptions;
}

/**
 * Every string in a JSON-like value converted (object keys and non-strings kept): a chart's input,
 * a share card, JSON-LD. `each` may change a string further (addresses to the 繁體 edition).
 */
export function convertDeep<T>(value: T, convert: HantConverter, each: (text: string) => string = (t) => t): T {
  if (typeof value === 'string') return each(convert(value)) as T;
  if (Array.isArray(value)) return value.map((item) => convertDeep(item, convert, each)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convertDeep(item, convert, each)])) as T;
  }
  return value;
}
