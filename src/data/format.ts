/**
 * Number formatting in the article's own style, through Intl (zh-CN): amounts
 * keep their unit and precision (398.09亿元, 8752万元), ranges read 500万至600万元.
 * Pure: used at build time and in the browser.
 */
import type { DatasetValue, Quantity, Qualifier } from '../schemas/dataset';

/** Scale words that may lead a unit: 万元 is 10⁴ 元, 亿元 10⁸ 元; the 繁體 edition's charts write 萬 and 億. */
const scales: Record<string, number> = { 万亿: 1e12, 萬億: 1e12, 亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4 };

/** Splits a unit into its scale word and base unit: 亿元 → { factor: 1e8, scale: '亿', base: '元' }. */
export function parseUnit(unit: string): { factor: number; scale: string; base: string } {
  for (const [scale, factor] of Object.entries(scales)) {
    if (unit.startsWith(scale) && unit.length > scale.length) return { factor, scale, base: unit.slice(scale.length) };
  }
  return { factor: 1, scale: '', base: unit };
}

/** Converts `amount` from one unit to another with the same base (1750 万元 → 0.175 亿元). */
export function convertUnit(amount: number, from: string, to: string): number {
  const source = parseUnit(from);
  const target = parseUnit(to);
  if (source.base !== target.base) throw new Error(`cannot convert ${from} to ${to}: different units`);
  return (amount * source.factor) / target.factor;
}

/** Decimal places `n` is written with (66.34 → 2). */
function decimalsOf(n: number): number {
  const [, fraction = ''] = String(n).split('.');
  return fraction.length;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number in zh-CN with exactly `decimals` places (default: as many as
 * it has). Groups digits only from five digits on, as the article writes 8752.
 */
export function formatNumber(n: number, decimals: number = decimalsOf(n)): string {
  const key = String(decimals);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('zh-CN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: 'min2',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(n);
}

/** The parts of a formatted value, for layouts that set the number large. */
interface FormattedParts {
  /** Word before the number (超, 约, 达). */
  before: string;
  /** The number, a range (500万至600), or the article's own words for it (第二位). */
  number: string;
  /** The unit after the number. */
  unit: string;
  /** Word after the unit (及以下). */
  after: string;
}

/** Formats a quantity with its unit: [500, 600] 万元 → 500万至600 + 万元. */
export function quantityParts(value: Quantity, unit: string, qualifier?: Qualifier, decimals?: number): FormattedParts {
  const before = qualifier && qualifier !== '及以下' ? qualifier : '';
  const after = qualifier === '及以下' ? qualifier : '';
  if (value === 'N') return { before, number: 'N', unit, after };
  if (Array.isArray(value)) {
    const { scale } = parseUnit(unit);
    const [low, high] = value;
    return { before, number: `${formatNumber(low, decimals)}${scale}至${formatNumber(high, decimals)}`, unit, after };
  }
  return { before, number: formatNumber(value, decimals), unit, after };
}

/** Joins formatted parts into one string: 约347亿元, 5微米及以下. */
export function joinParts(parts: FormattedParts): string {
  return `${parts.before}${parts.number}${parts.unit}${parts.after}`;
}

/** True when `written` spells its number in Chinese numerals (第二位, 前三甲): shown as the article writes it. */
function isSpelledOut(written: string | undefined): written is string {
  return !!written && !/\d/.test(written);
}

/** A dataset value as the article writes it: 超16%, 约347亿元, 500万至600万元, 第二位. */
export function formatValue(value: DatasetValue): string {
  return joinParts(valueParts(value));
}

/** The parts of a dataset value as the article writes it. */
export function valueParts(value: DatasetValue): FormattedParts {
  if (isSpelledOut(value.written)) return { before: '', number: value.written, unit: '', after: '' };
  return quantityParts(value.value, value.unit, value.qualifier);
}
