/**
 * Chart builders: pure functions from a dataset to a chart.js configuration. No
 * DOM; the browser module (draw.ts) adds the two runtime hooks (the HTML tooltip
 * and the value labels), which read what the builder puts under `plugins`.
 */
import type { ChartConfiguration, ChartType } from 'chart.js';
import type { DatasetValue } from '../schemas/dataset';
import type { ChartInput } from './chart-input';
import { CHART_LABEL_PX, type ChartTheme } from './theme';
import { convertUnit } from '../data/format';
import { tickLabel } from './ticks';

/** Options that depend on the reader's settings, not on the data. */
interface BuildOptions {
  /** prefers-reduced-motion: reduce → no animation at all. */
  reducedMotion: boolean;
}

/** One tooltip's content: the value as the article writes it, and its sentence. */
export interface TooltipItem {
  label: string;
  value: string;
  quote: string;
  sentence: string;
  href: string;
}

/** What the value-label hook draws at the end of each bar. */
export interface ValueLabelOptions {
  labels: string[];
  color: string;
  /** The CSS font-family the labels are set in (the theme's). */
  font: string;
  /** Their size in CSS px (the theme's). */
  size: number;
}

declare module 'chart.js' {
  // TType is unused here but must match chart.js's own declaration.
  interface PluginOptionsByType<TType extends ChartType> {
    /** Our HTML tooltip: one item per bar. */
    sourceTooltip?: { items: TooltipItem[] };
    /** Our value labels at the end of the bars. */
    valueLabels?: ValueLabelOptions;
  }
}

/**
 * Breaks a Chinese label into lines of at most about `width` characters, for the category axis, only
 * between words (`breaks`: offsets into the label, from src/typesetting/line-breaks.ts, found at build
 * time, ending with the label's length; ChartInput's `labelBreaks`): the fewest lines of at most
 * `width` + 1 characters, the longest as short as it can be, then the most even, then the first the
 * fullest. A label with no such breaks (a word longer than a line), or whose breaks were found in a text
 * of another length, is cut into equal parts.
 */
export function wrapLabel(label: string, width = 8, breaks: readonly number[] = []): string | string[] {
  if (label.length <= width) return label;
  const found = breaks.at(-1) === label.length ? breaks.slice(0, -1) : [];
  const points = [0, ...found.filter((at) => at > 0 && at < label.length).sort((a, b) => a - b), label.length];
  const line = (from: number, to: number) => label.slice(points[from], points[to]).trim();
  let best: { lines: string[]; score: number[] } | undefined;
  const better = (score: number[]) => {
    if (!best) return true;
    const at = score.findIndex((value, i) => value !== best!.score[i]);
    return at >= 0 && score[at]! < best.score[at]!;
  };
  // Every setting, a label having a few breaks; a line longer than the limit ends the search along it.
  const visit = (from: number, lines: string[]) => {
    if (best && lines.length > best.lines.length) return;
    if (from === points.length - 1) {
      const lengths = lines.map((text) => text.length);
      const score = [lines.length, Math.max(...lengths), lengths.reduce((sum, n) => sum + n * n, 0), -lengths[0]!];
      if (better(score)) best = { lines, score };
      return;
    }
    for (let to = from + 1; to < points.length; to++) {
      const text = line(from, to);
      if (text.length > width + 1) break;
      visit(to, [...lines, text]);
    }
  };
  visit(0, []);
  if (best) return best.lines;
  const characters = [...label];
  const lines: string[] = [];
  const count = Math.ceil(characters.length / width);
  const size = Math.ceil(characters.length / count);
  for (let i = 0; i < characters.length; i += size) lines.push(characters.slice(i, i + size).join(''));
  return lines;
}

/** A value in the chart's axis unit: [low, high] for ranges (floating bars), [0, x] otherwise. */
function barData(value: DatasetValue, axisUnit: string): [number, number] {
  const toAxis = (n: number) => (value.unit === axisUnit ? n : convertUnit(n, value.unit, axisUnit));
  if (value.value === 'N') throw new Error(`value "${value.key}" is N: a chart cannot draw it`);
  if (Array.isArray(value.value)) return [toAxis(value.value[0]), toAxis(value.value[1])];
  return [0, toAxis(value.value)];
}

/** Axis unit conversion only between units with the same base; counts of 家 and 户 share one axis as they are. */
function axisUnitFor(value: DatasetValue, datasetUnit: string): string {
  try {
    convertUnit(1, value.unit, datasetUnit);
    return datasetUnit;
  } catch {
    return value.unit;
  }
}

/**
 * The chart.js configuration of a `bar` or `range-bar` dataset: horizontal bars
 * (long Chinese labels read best on a phone), ranges as outlined floating bars
 * in the benchmark colour, the article's subject in the subject colour.
 */
export function buildChartConfig(
  input: ChartInput,
  theme: ChartTheme,
  options: BuildOptions,
): ChartConfiguration<'bar', Array<[number, number]>, string | string[]> {
  const { dataset, sentences } = input;
  if (dataset.display === 'cards') throw new Error(`dataset "${dataset.id}" is shown as cards, not as a chart`);
  const values = dataset.values;
  const isBenchmark = (value: DatasetValue) => value.series === 'benchmark';
  const size = theme.size ?? CHART_LABEL_PX;
  // Larger text (the reader's text size) takes more room: labels wrap shorter and values get more space.
  const scale = size / CHART_LABEL_PX;
  const font = { family: theme.font, size };
  const written = (value: DatasetValue) => {
    const text = input.values[value.key];
    if (text === undefined)
      throw new Error(`value "${value.key}" of dataset "${dataset.id}" has no written figure in the chart input`);
    return text;
  };
  return {
    type: 'bar',
    data: {
      labels: values.map((value) =>
        wrapLabel(value.label, Math.max(5, Math.round(8 / scale)), input.labelBreaks[value.key]),
      ),
      datasets: [
        {
          label: dataset.title,
          data: values.map((value) => barData(value, axisUnitFor(value, dataset.unit))),
          backgroundColor: values.map((value) => (isBenchmark(value) ? theme.benchmarkFill : theme.subject)),
          borderColor: values.map((value) => (isBenchmark(value) ? theme.benchmark : theme.subject)),
          borderWidth: values.map((value) => (isBenchmark(value) ? 2 : 0)),
          // The bar under the pointer, a finger or the keyboard (src/client/chart-keys.ts) is outlined in ink.
          hoverBorderColor: theme.ink,
          hoverBorderWidth: 2,
          borderSkipped: false,
          minBarLength: 4,
          maxBarThickness: 30,
          categoryPercentage: 0.8,
          barPercentage: 0.85,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      locale: 'zh-CN',
      animation: options.reducedMotion ? false : { duration: 500, easing: 'easeOutQuart' },
      // Room at the end of the longest bar for its value label.
      layout: { padding: { right: Math.round(84 * scale), top: 4, bottom: 0 } },
      interaction: { mode: 'nearest', axis: 'y', intersect: false },
      scales: {
        x: {
          type: 'linear',
          beginAtZero: true,
          grace: '4%',
          border: { display: false },
          grid: { color: theme.grid },
          ticks: {
            color: theme.muted,
            font,
            maxTicksLimit: 6,
            callback: tickLabel,
          },
          title: { display: true, text: dataset.unit, color: theme.muted, font, align: 'end', padding: { top: 2 } },
        },
        y: {
          type: 'category',
          border: { color: theme.muted },
          grid: { display: false },
          ticks: { color: theme.ink, font, autoSkip: false, padding: 6 },
        },
      },
      plugins: {
        tooltip: { enabled: false },
        valueLabels: { labels: values.map(written), color: theme.ink, font: theme.font, size },
        sourceTooltip: {
          items: values.map((value) => ({
            label: value.label,
            value: written(value),
            quote: value.quote,
            sentence: sentences[value.key]?.sentence ?? value.quote,
            href: sentences[value.key]?.href ?? '',
          })),
        },
      },
    },
  };
}

/** The most bars a chart may have: src/styles/charts.css reserves a height for 1 to this many. */
export const MAX_BARS = 12;

/** Height to reserve for a chart with `bars` bars, in rem, so nothing shifts when it draws. */
export function chartHeightRem(bars: number): number {
  return 3 + bars * 3.25;
}
