/**
 * The value axis's tick labels, written as chart.js's own numeric formatter writes them for
 * `locale: 'zh-CN'` with `useGrouping: 'min2'` (decimals follow the step between ticks; thousands are
 * grouped from five digits on: 1000, 10,000), but without Intl: a page's first Intl.NumberFormat costs
 * about 15 ms of main thread for ICU's locale data, most of a long task under Lighthouse's 4× CPU
 * (issue 13). tests/charts/ticks.test.ts holds it to chart.js's formatter.
 */
export function tickLabel(value: number | string, _index: number, ticks: readonly { value: number }[]): string {
  const n = Number(value);
  if (n === 0) return '0';
  // chart.js's calculateDelta: the step between ticks, or the fraction of a tick that has one.
  let delta = n;
  if (ticks.length > 1) {
    delta = ticks.length > 3 ? ticks[2]!.value - ticks[1]!.value : ticks[1]!.value - ticks[0]!.value;
    if (Math.abs(delta) >= 1 && n !== Math.floor(n)) delta = n - Math.floor(n);
  }
  const log = Math.log10(Math.abs(delta));
  const decimals = Number.isNaN(log) ? 1 : Math.max(Math.min(-Math.floor(log), 20), 0);
  const [whole = '', fraction] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = whole.length >= 5 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
