import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChartConfig, chartHeightRem, wrapLabel } from '../../src/charts/builders';
import type { ChartInput } from '../../src/charts/chart-input';
import { lineBreaks } from '../../src/typesetting/line-breaks';
import type { ChartTheme } from '../../src/charts/theme';

/** A fixed theme, so goldens do not change when the site's palette does. */
const theme: ChartTheme = {
  subject: '#000001',
  benchmark: '#000002',
  benchmarkFill: '#000003',
  ink: '#000004',
  muted: '#000005',
  grid: '#000006',
  font: 'TestSans',
};

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as ChartInput;

/**
 * Compares `actual` (as JSON, which drops the one function, the value axis's tick formatter: see ticks.test.ts) with the
 * checked-in golden file. UPDATE_GOLDEN=1 rewrites it (review the diff before committing); a missing
 * golden fails. Compared as parsed JSON, so Prettier's formatting of the file does not matter.
 */
function expectGolden(name: string, actual: unknown) {
  const file = new URL(`./golden/${name}.json`, import.meta.url);
  const json = JSON.stringify(actual, null, 2);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, json + '\n');
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

describe('buildChartConfig', () => {
  it('sets labels, ticks and values at the theme’s size, wraps labels shorter and keeps more room for values when it is larger', () => {
    const standard = buildChartConfig(fixture('range-against-firm'), theme, { reducedMotion: false });
    const large = buildChartConfig(fixture('range-against-firm'), { ...theme, size: 17.1 }, { reducedMotion: false });
    const scales = large.options!.scales as Record<string, { ticks: { font: { size: number } } }>;
    expect(scales.x!.ticks.font.size).toBe(17.1);
    expect(scales.y!.ticks.font.size).toBe(17.1);
    expect(large.options!.plugins!.valueLabels!.size).toBe(17.1);
    expect(standard.options!.plugins!.valueLabels!.size).toBe(13);
    const padding = (config: typeof standard) => (config.options!.layout!.padding as { right: number }).right;
    expect(padding(large)).toBeGreaterThan(padding(standard));
    // 行业亩均产值（区间）: 10 characters, two lines of 6 and 4 at 8 a line; at 6 a line still two, never longer than 6 + 1.
    const longest = (config: typeof standard) =>
      Math.max(...config.data.labels!.flat().map((line) => [...(line as string)].length));
    expect(longest(large)).toBeLessThanOrEqual(7);
  });

  it.each(['sales-two-points', 'range-against-firm'])('turns the %s fixture into its golden configuration', (name) => {
    expectGolden(name, buildChartConfig(fixture(name), theme, { reducedMotion: false }));
  });

  it('converts values to the axis unit: 1750万元 is 0.175亿元', () => {
    const config = buildChartConfig(fixture('sales-two-points'), theme, { reducedMotion: false });
    expect(config.data.datasets[0]!.data).toEqual([
      [0, 0.175],
      [0, 5.5],
    ]);
  });

  it('keeps a range a range: a floating bar from low to high, outlined in the benchmark colour', () => {
    const config = buildChartConfig(fixture('range-against-firm'), theme, { reducedMotion: false });
    const bars = config.data.datasets[0]!;
    expect(bars.data[0]).toEqual([500, 600]);
    expect(bars.borderColor).toEqual([theme.benchmark, theme.subject]);
  });

  it('labels bars and tooltips with the value as the article writes it, and the source sentence', () => {
    const config = buildChartConfig(fixture('sales-two-points'), theme, { reducedMotion: false });
    expect(config.options?.plugins?.valueLabels?.labels).toEqual(['1750万元', '约5.5亿元']);
    expect(config.options?.plugins?.sourceTooltip?.items?.[1]).toEqual({
      label: '终点',
      value: '约5.5亿元',
      quote: '到约5.5亿元',
      sentence: '销售收入从1750万元增长到约5.5亿元。',
      href: '/x/#q-sales-two-points-end',
    });
  });

  it('falls back to the quote when a value has no sentence', () => {
    const config = buildChartConfig(fixture('range-against-firm'), theme, { reducedMotion: false });
    expect(config.options?.plugins?.sourceTooltip?.items?.[1]?.sentence).toBe('该企业为8752万元');
  });

  it('turns animation off under prefers-reduced-motion', () => {
    expect(buildChartConfig(fixture('sales-two-points'), theme, { reducedMotion: true }).options?.animation).toBe(
      false,
    );
  });

  it('refuses a dataset shown as cards', () => {
    const input = fixture('sales-two-points');
    input.dataset.display = 'cards';
    expect(() => buildChartConfig(input, theme, { reducedMotion: false })).toThrow(/shown as cards/);
  });
});

describe('wrapLabel', () => {
  const wrap = (label: string, width?: number) => wrapLabel(label, width, [...lineBreaks(label), label.length]);
  it('leaves short labels alone and breaks long ones between words, in the fewest, most even lines', () => {
    expect(wrap('签约工业项目')).toBe('签约工业项目');
    expect(wrap('“100户成长型工业企业”')).toEqual(['“100户成长型', '工业企业”']);
    expect(wrap('新增市级技术创新示范企业')).toEqual(['新增市级技术', '创新示范企业']);
  });
  it('never breaks inside a word, or a number with its unit (入选市工业重 | 点投产项目)', () => {
    expect(wrap('入选市工业重点投产项目')).toEqual(['入选市工业', '重点投产项目']);
    expect(wrap('其中10亿元以上项目')).toEqual(['其中10亿元', '以上项目']);
    // At a large text size (5 a line) still between words only: 诺比倪 and 机器视觉 stay whole.
    expect(wrap('诺比倪机器视觉项目总投资', 5)).toEqual(['诺比倪', '机器视觉', '项目总投资']);
  });
  it('cuts into equal parts a label with no break that keeps lines short (a word longer than a line)', () => {
    expect(wrapLabel('新增市级技术创新示范企业')).toEqual(['新增市级技术', '创新示范企业']);
    expect(wrapLabel('一二三四五六七八九十一二', 8, [1, 12])).toEqual(['一二三四五六', '七八九十一二']);
  });
  it('does not use breaks found in a text of another length (a 繁體 exception of another length)', () => {
    // The breaks of 入选市工业重点投产项目 (11 characters), given with a label one character longer: used, they
    // would cut 重点 (甲入选市工业重 | 点投产项目).
    const breaks = [...lineBreaks('入选市工业重点投产项目'), 11];
    expect(wrapLabel('入选市工业重点投产项目', 8, breaks)).toEqual(['入选市工业', '重点投产项目']);
    expect(wrapLabel('甲入选市工业重点投产项目', 8, breaks)).toEqual(['甲入选市工业', '重点投产项目']);
  });
});

describe('chartHeightRem', () => {
  it('reserves more height for more bars', () => {
    expect(chartHeightRem(5)).toBeGreaterThan(chartHeightRem(2));
  });
});
