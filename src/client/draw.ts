/**
 * Draws a chart into a <chart-figure> element. Loaded only when a chart comes
 * near the viewport (chart-element.ts). Registers only the chart.js parts the
 * builders use, so the rest of chart.js is tree-shaken away.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
  type TooltipModel,
} from 'chart.js';
import { buildChartConfig, type TooltipItem } from '../charts/builders';
import { valueLabels } from '../charts/value-labels';
import { explore } from './chart-keys';
import { wireEmbed } from './embed-code';
import type { ChartInput } from '../charts/chart-input';
import { CHART_LABEL_PX, printTheme, themeProperties, type ChartTheme } from '../charts/theme';
import { nextTask, whenIdle } from './schedule';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** The theme each chart was last configured with, as `data-drawn-as` names it: its ink colour and label size. */
const drawnFor = new WeakMap<Chart, string>();
const themeKey = (theme: ChartTheme) => `${theme.ink} ${theme.size}`;

/**
 * Records the first frame drawn on the element (data-drawn: ms since navigation), for tests, print CSS and
 * the benchmark; and, once a render is complete (its animation ended: chart.js's afterRender), what it was
 * drawn for (data-drawn-as: theme and size in px), the signal a test waits on after a re-theme or a resize.
 */
const drawnMarker: Plugin<'bar'> = {
  id: 'drawnMarker',
  afterDraw(chart) {
    const host = chart.canvas.closest('chart-figure');
    if (host instanceof HTMLElement && !host.dataset.drawn) host.dataset.drawn = performance.now().toFixed(1);
  },
  afterRender(chart) {
    const host = chart.canvas.closest('chart-figure');
    if (host instanceof HTMLElement && drawnFor.has(chart))
      host.dataset.drawnAs = `${drawnFor.get(chart)} ${chart.width}x${chart.height}`;
  },
};

/** Shows the HTML tooltip: the value with its unit, and the sentence it comes from with the quote marked. */
function showTooltip(chart: Chart<'bar'>, tooltip: TooltipModel<'bar'>) {
  const box = chart.canvas.parentElement;
  if (!box) return;
  const point = tooltip.dataPoints?.[0];
  const items = chart.options.plugins?.sourceTooltip?.items as TooltipItem[] | undefined;
  const item = point && items?.[point.dataIndex];
  let element = box.querySelector<HTMLElement>('.chart-tooltip');
  if (tooltip.opacity === 0 || !item) {
    if (element) element.hidden = true;
    return;
  }
  // Made the first time a bar is pointed at (issue 26: nothing a chart's first frames do not need).
  element ??= box.appendChild(Object.assign(document.createElement('div'), { className: 'chart-tooltip' }));
  const value = document.createElement('span');
  value.className = 'chart-tooltip__value';
  value.textContent = `${item.label}：${item.value}`;
  const sentence = document.createElement('span');
  sentence.className = 'chart-tooltip__sentence';
  const at = item.sentence.indexOf(item.quote);
  if (at >= 0) {
    const mark = document.createElement('mark');
    mark.textContent = item.quote;
    sentence.append(item.sentence.slice(0, at), mark, item.sentence.slice(at + item.quote.length));
  } else sentence.textContent = item.sentence;
  element.replaceChildren(value, sentence);
  element.hidden = false;
  const maxLeft = box.clientWidth - element.offsetWidth;
  const left = Math.max(0, Math.min(tooltip.caretX + 12, maxLeft));
  // Below the pointer, so it never covers the title; it may overhang the table toggle under the chart.
  element.style.transform = `translate(${left}px, ${tooltip.caretY + 16}px)`;
}

/** Reads the theme colours from the CSS custom properties now in force. */
function readTheme(root: Element = document.documentElement): ChartTheme {
  const style = getComputedStyle(root);
  const read = (property: string) => style.getPropertyValue(property).trim();
  // Labels are 0.8125rem like the page's, so they follow the reader's text size (the root font size).
  const size = Math.round(((CHART_LABEL_PX * parseFloat(style.fontSize)) / 16) * 10) / 10;
  const theme = { font: getComputedStyle(document.body).fontFamily, size } as ChartTheme;
  // Each colour as the page resolves it: in forced colours the properties name system colours (Highlight,
  // CanvasText: global.css), which only the page's own style resolves to the reader's high-contrast palette.
  const probe = document.body.appendChild(document.createElement('i'));
  // Its own colour is not forced, or every colour would read as the forced text colour.
  probe.style.forcedColorAdjust = 'none';
  for (const [key, property] of Object.entries(themeProperties)) {
    probe.style.color = read(property);
    theme[key as keyof typeof themeProperties] = getComputedStyle(probe).color;
  }
  probe.remove();
  return theme;
}

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const drawn = new Map<Chart<'bar'>, ChartInput>();

function configFor(input: ChartInput, theme: ChartTheme) {
  const config = buildChartConfig(input, theme, { reducedMotion: reducedMotion.matches });
  config.options!.plugins!.tooltip = {
    enabled: false,
    external: ({ chart, tooltip }) => showTooltip(chart as Chart<'bar'>, tooltip as TooltipModel<'bar'>),
  };
  return config as ChartConfiguration<'bar', Array<[number, number]>, string | string[]>;
}

/** Redraws every chart with `theme` (or the theme now in force), without animation. */
function retheme(theme?: ChartTheme) {
  const current = theme ?? readTheme();
  for (const [chart, input] of drawn) {
    const config = configFor(input, current);
    drawnFor.set(chart, themeKey(current));
    chart.options = config.options!;
    chart.data.labels = config.data.labels;
    chart.data.datasets = config.data.datasets;
    chart.update('none');
  }
}

matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => retheme());
matchMedia('(forced-colors: active)').addEventListener('change', () => retheme());
reducedMotion.addEventListener('change', () => retheme());
// The reader's theme and text size (src/client/preference-switch.ts) are attributes of <html>.
new MutationObserver(() => retheme()).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['data-theme', 'data-text-size', 'class'],
});
/**
 * A chart on paper: the width of the A4 text block in CSS px (src/styles/print.css: 210 mm less two 20 mm
 * margins) and the share of its screen height that print.css gives its box, so the drawing fits that box
 * exactly (print.css fits any other size without distortion).
 */
const PRINT_WIDTH_PX = 640;
const PRINT_HEIGHT_SCALE = 0.85;

// Paper is white: print in the light palette, at the printed size. What is drawn during beforeprint, Chromium
// prints as vector graphics.
addEventListener('beforeprint', () => {
  for (const chart of drawn.keys()) {
    const box = chart.canvas.parentElement;
    if (!box) continue;
    chart.canvas.style.maxWidth = 'none';
    chart.resize(PRINT_WIDTH_PX, Math.round(box.clientHeight * PRINT_HEIGHT_SCALE));
  }
  retheme(printTheme(readTheme()));
});
addEventListener('afterprint', () => {
  for (const chart of drawn.keys()) {
    chart.canvas.style.maxWidth = '';
    chart.resize();
  }
  retheme();
});

/**
 * The drawn chart's own elements, which only a reader with JavaScript needs (so the page's HTML does
 * not carry them): the key hint over the plot, and after it the polite live region that reads the bar
 * the arrow keys move to (chart-keys.ts). The tooltip is made when first shown. None takes space:
 * nothing shifts.
 */
function addControls(host: HTMLElement, words: ChartInput['words']): void {
  const box = host.querySelector('.chart-box');
  if (!box) return;
  const keys = Object.assign(document.createElement('p'), { className: 'chart-keys', textContent: words?.keys ?? '' });
  keys.setAttribute('aria-hidden', 'true');
  const figure = host.closest('figure');
  if (figure?.id) keys.id = `${figure.id}-keys`;
  const live = Object.assign(document.createElement('p'), { className: 'sr-only' });
  live.setAttribute('aria-live', 'polite');
  live.dataset.chartLive = '';
  // Without words, chart-keys.ts reads the bar's place in its own short form.
  if (words) live.dataset.item = words.item;
  box.append(keys);
  host.append(live);
}

/**
 * Draws the chart described by the JSON inside `host`, in three short tasks rather than one long one
 * (issue 26: on a slow phone the first chart alone blocked the main thread for a few hundred ms, most of
 * it chart.js setting itself up and laying the chart out for the first time):
 * 1. read the input and the theme, build the configuration;
 * 2. chart.js builds the chart with no data yet and draws nothing (the canvas stays blank, as before);
 * 3. the data goes in and the chart is laid out and drawn, with its entry animation.
 * The keyboard exploration, the live region and the embed code follow when the main thread is idle:
 * a reader cannot reach them before the chart is on screen anyway.
 */
export async function drawChart(host: HTMLElement): Promise<void> {
  const canvas = host.querySelector('canvas');
  const json = host.querySelector('script[type="application/json"]')?.textContent;
  if (!canvas || !json || Chart.getChart(canvas)) return;
  const input = JSON.parse(json) as ChartInput;
  const theme = readTheme();
  Chart.defaults.font.family = theme.font;
  const config = configFor(input, theme);
  const { labels, datasets } = config.data;

  await nextTask();
  if (Chart.getChart(canvas)) return;
  let hasData = false;
  const notBeforeData: Plugin<'bar'> = { id: 'notBeforeData', beforeDraw: () => hasData };
  const chart = new Chart(canvas, {
    ...config,
    data: { labels: [], datasets: [] } as typeof config.data,
    plugins: [notBeforeData, valueLabels, drawnMarker],
  });

  await nextTask();
  hasData = true;
  drawnFor.set(chart, themeKey(theme));
  chart.data.labels = labels;
  chart.data.datasets = datasets;
  chart.update();
  drawn.set(chart, input);

  whenIdle(() => {
    addControls(host, input.words);
    explore(chart, host);
    const figure = host.closest('figure');
    if (figure) wireEmbed(figure);
  });
}
