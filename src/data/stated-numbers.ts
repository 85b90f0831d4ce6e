/**
 * Numbers editors write outside the running text: a dataset's `title`, `takeaway`, `description`
 * and notes, each value's `label`, and a photo's caption. Each must be a number the source states:
 * a chart's words may only repeat its own quotes (or its period, or a figure the build computes from
 * them, declared under `derived`); a caption may only repeat its own file's running text. So a 59
 * typed as 69 in a headline stops the build, as a 69 in a value does.
 *
 * A number is read with the word right after it, as the article writes them (59个, 8GW, 16%): a 9GW
 * caption is not backed by a 9个 in the text. Arabic numbers only (全角 too): Chinese numerals in these
 * fields count the cards or bars (三张数字卡片), which no quote states.
 */
import { normaliseForMatch, matchable } from './text-match';

/** A number as the editor wrote it, with what the check looks for. */
export interface StatedNumber {
  /** The number and its unit as written in the field (５９个, 8GW). */
  written: string;
  /** The same under the matching rules (59个). */
  token: string;
  /** The number alone, under the matching rules. */
  number: string;
}

// The unit after a number: Latin letters or a percent sign (GW, %), or a Chinese unit or measure word
// (个, 万元, 公斤). Any other word after a number is not its unit (驼峰600重载: a name), and
// 至/到 join a range (500万至600万元): such a number is checked alone.
const numberThenUnit =
  /(?<![\d.])(\d+(?:\.\d+)?)([A-Za-z%]+|[万亿千百]?(?:[元个家户条项名位年月日天季吨米倍人次批座台套辆亩所张件份届]|公[斤里顷])|[万亿])?/g;

/** Every Arabic number written in `text`, each with its unit. */
export function statedNumbers(text: string): StatedNumber[] {
  const { text: read, offsets } = normaliseForMatch(text);
  return [...read.matchAll(numberThenUnit)].map((match) => {
    const start = offsets[match.index]!;
    const end = offsets[match.index + match[0].length - 1]! + 1;
    return { written: text.slice(start, end), token: match[0], number: match[1]! };
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `stated` stands in one of `sources`: the same number (not inside a longer one), with the same unit. */
export function isStated(stated: StatedNumber, sources: readonly string[]): boolean {
  const pattern = new RegExp(
    `(?<![\\d.])${escape(stated.token)}${stated.token === stated.number ? '(?!\\.?\\d)' : ''}`,
  );
  return sources.some((source) => pattern.test(matchable(source)));
}

/** The numbers of `text` that no source states, as written, each once. */
export function unstatedNumbers(text: string, sources: readonly string[]): string[] {
  return [
    ...new Set(
      statedNumbers(text)
        .filter((stated) => !isStated(stated, sources))
        .map((stated) => stated.written),
    ),
  ];
}
