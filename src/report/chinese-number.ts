// No imports: scripts/new-report.mjs runs this under plain Node.

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A whole number from 1 to 99 in Chinese numerals, as the series counts its reports (之一, 之十二). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens > 1 ? digits[tens] : ''}${tens ? '十' : ''}${digits[units]}`;
}
