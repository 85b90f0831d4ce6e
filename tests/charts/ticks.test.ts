import { describe, expect, it } from 'vitest';
import { Ticks } from 'chart.js';
import { tickLabel } from '../../src/charts/ticks';
import { buildChartConfig } from '../../src/charts/builders';
import { chartInput } from '../../src/data/dataset-view';

/** chart.js's own numeric tick formatter, as the value axis used it with the site's options (zh-CN, min2). */
function chartJsLabel(value: number, index: number, ticks: { value: number }[]): string {
  const scale = { chart: { options: { locale: 'zh-CN' } }, options: { ticks: { format: { useGrouping: 'min2' } } } };
  return Ticks.formatters.numeric.call(scale as never, value, index, ticks as never) as string;
}

/** Ticks from `min` in steps of `step`, as chart.js generates them (rounded to the step's precision). */
function ticksOf(min: number, step: number, count: number) {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Array.from({ length: count }, (_, i) => ({ value: Number((min + i * step).toFixed(decimals)) }));
}

describe('tickLabel', () => {
  const scales = [
    ticksOf(0, 1, 6),
    ticksOf(0, 0.5, 6),
    ticksOf(0, 0.2, 6),
    ticksOf(0, 0.05, 5),
    ticksOf(0, 2.5, 5),
    ticksOf(0, 200, 6),
    ticksOf(0, 1000, 6),
    ticksOf(0, 2000, 6),
    ticksOf(0, 5000, 6),
    ticksOf(0, 20000, 6),
    ticksOf(0, 250000, 5),
    ticksOf(-1000, 500, 5),
    ticksOf(0, 1500000, 6),
    [{ value: 7 }],
    [{ value: 12345.5 }],
  ];
  it.each(scales.map((ticks) => [ticks.map((tick) => tick.value).join(' '), ticks] as const))(
    'writes the ticks %s as chart.js does for zh-CN with min2 grouping',
    (_, ticks) => {
      const ours = ticks.map((tick, index) => tickLabel(tick.value, index, ticks));
      expect(ours).toEqual(ticks.map((tick, index) => chartJsLabel(tick.value, index, ticks)));
    },
  );

  it('groups thousands from five digits on, and keeps the step’s decimals', () => {
    const ticks = ticksOf(0, 5000, 4);
    expect(ticks.map((tick, index) => tickLabel(tick.value, index, ticks))).toEqual(['0', '5000', '10,000', '15,000']);
    const halves = ticksOf(0, 0.5, 4);
    expect(halves.map((tick, index) => tickLabel(tick.value, index, halves))).toEqual(['0', '0.5', '1.0', '1.5']);
  });

  it('is the value axis’s tick formatter, and the chart input carries the written figures', () => {
    const dataset = {
      id: 'd',
      title: 't',
      takeaway: 't',
      description: 'd',
      unit: '万元',
      period: 'p',
      source: 's.mdx',
      display: 'bar',
      notes: [],
      derived: [],
      values: [{ key: 'a', label: 'A', value: 12345, unit: '万元', quote: '12345万元', series: 'subject' }],
    } as never;
    const input = chartInput(dataset, [
      { key: 'a', label: 'A', value: '12345万元', kind: 'stated', quote: '12345万元', sentence: 'S。', href: '/x/#a' },
    ]);
    expect(input.values).toEqual({ a: '12345万元' });
    const config = buildChartConfig(input, {} as never, { reducedMotion: true });
    expect(config.options?.scales?.x?.ticks?.callback).toBe(tickLabel);
    expect(config.options?.plugins?.valueLabels?.labels).toEqual(['12345万元']);
    expect(() => buildChartConfig({ ...input, values: {} }, {} as never, { reducedMotion: true })).toThrow(
      /value "a" of dataset "d" has no written figure/,
    );
  });
});
