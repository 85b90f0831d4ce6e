/**
 * Build-time images of the charts (Node only): chart.js draws the very configuration
 * the browser draws (buildChartConfig + the shared value-label plugin) onto a Skia
 * canvas from npm (@napi-rs/canvas, prebuilt binaries), in Noto Sans SC from npm
 * (@expo-google-fonts/noto-sans-sc, SIL OFL), so no system font is assumed.
 *
 * Two kinds of image per chart:
 * - the chart alone, light and dark, at the column's width and at a phone's, at 2×:
 *   shown in the chart's place to readers without JavaScript, and in feeds;
 * - the download (下载图片): the chart with its title, takeaway, source line and the
 *   site's name drawn in, light, at 2×, for a print page or a WeChat article.
 *
 * The same sources give byte-identical PNGs: no animation, no clock, one font file,
 * fixed sizes (tests/charts/chart-image.test.ts rebuilds and compares).
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import { buildChartConfig, chartHeightRem } from '../charts/builders';
import type { ChartInput } from '../charts/chart-input';
import { darkPalette, lightPalette, paperColour, type ChartTheme } from '../charts/theme';
import { valueLabels } from '../charts/value-labels';
import { encodePng } from './png';
import { fillLines } from '../typesetting/line-breaks';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** The family name the font files are registered under. */
const family = 'Noto Sans SC';
const require = createRequire(import.meta.url);
let fontsLoaded = false;

/** Registers the npm font files with Skia, once. */
function loadFonts() {
  if (fontsLoaded) return;
  for (const file of [
    '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    '@expo-google-fonts/noto-sans-sc/600SemiBold/NotoSansSC_600SemiBold.ttf',
    '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  ]) {
    if (!GlobalFonts.registerFromPath(require.resolve(file), family)) throw new Error(`cannot load font ${file}`);
  }
  fontsLoaded = true;
}

type ImageTheme = 'light' | 'dark';

/** CSS pixels: the text column (--container-measure, 36rem) the chart is drawn in on the page. */
export const chartImageWidth = 576;
/** CSS pixels: the chart's width on a phone (a 390 px screen less the page's gutters), for screens up to 30rem. */
export const narrowChartImageWidth = 350;
/** Device pixels per CSS pixel of every image: sharp on high-density screens and in print. */
export const imageScale = 2;

/** CSS-pixel height of a chart with `bars` bars: the height the page reserves for it (charts.css). */
export function chartImageHeight(bars: number): number {
  return Math.round(chartHeightRem(bars) * 16);
}

function themeFor(theme: ImageTheme): ChartTheme {
  return { ...(theme === 'dark' ? darkPalette : lightPalette), font: `"${family}"` };
}

/** chart.js clears its canvas to transparent; this fills it with the page's colour first. */
const paper = (colour: string): Plugin<'bar'> => ({
  id: 'paper',
  beforeDraw: ({ ctx, width, height }) => {
    ctx.save();
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
});

/**
 * Draws the chart on a canvas of `width` × `height` CSS pixels at `imageScale` (on `background`, or
 * transparent) and hands the canvas to `use` while the chart is alive: destroy() clears the canvas,
 * so `use` must read it at once (encodePng copies the pixels before it returns).
 */
function withChart<T>(
  input: ChartInput,
  theme: ImageTheme,
  size: { width: number; height: number; background?: string },
  use: (canvas: Canvas) => T,
): T {
  loadFonts();
  // CSS-pixel size: chart.js multiplies it by devicePixelRatio (retinaScale).
  const canvas = createCanvas(size.width, size.height);
  const config = buildChartConfig(input, themeFor(theme), { reducedMotion: true });
  config.options = { ...config.options, responsive: false, devicePixelRatio: imageScale, animation: false };
  config.plugins = size.background ? [paper(size.background), valueLabels] : [valueLabels];
  // chart.js takes any canvas with getContext('2d'); outside a browser it uses its basic platform.
  // Drawn synchronously (no animation).
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  try {
    return use(canvas);
  } finally {
    chart.destroy();
  }
}

/** The chart alone on the page colour: `width` CSS px wide (the column by default), as tall as its reserved box. */
export function renderChartImage(
  input: ChartInput,
  theme: ImageTheme,
  width: number = chartImageWidth,
): Promise<Buffer> {
  const height = chartImageHeight(input.dataset.values.length);
  return withChart(input, theme, { width, height, background: paperColour[theme] }, encodePng);
}

/** Every piece of text the download image draws besides the chart, in order. */
interface DownloadText {
  title: string;
  takeaway: string;
  /** 来源：报道《…》·page title. */
  source: string;
  /** The site's name, and its address when SITE_URL is set. */
  credit: string;
}

/** The download image's text: every piece the article's or the site's own words. */
export function downloadText(
  dataset: { title: string; takeaway: string },
  page: { title: string },
  site: { siteName: string; url?: string },
  labels: { source: string; sourceArticle: string },
): DownloadText {
  return {
    title: dataset.title,
    takeaway: dataset.takeaway,
    source: `${labels.source}：${labels.sourceArticle}《${site.siteName}》·${page.title}`,
    credit: site.url ? `${site.siteName}  ${site.url}` : site.siteName,
  };
}

/**
 * Splits `text` into lines no wider than `width` at the context's current font: between words only, never
 * before a closing mark (src/typesetting/line-breaks.ts).
 */
export function wrapText(ctx: Pick<SKRSContext2D, 'measureText'>, text: string, width: number): string[] {
  return fillLines(text, (line) => ctx.measureText(line).width <= width);
}

/** CSS pixels of the download image's width (drawn at 2×). */
export const downloadWidth = 640;
const margin = 32;

/**
 * The download image: title, takeaway, the chart, source line and the site's name on the light
 * paper, `downloadWidth` CSS px wide at 2×, as tall as its text and chart need.
 */
export function renderDownloadImage(input: ChartInput, text: DownloadText): Promise<Buffer> {
  loadFonts();
  const inner = downloadWidth - 2 * margin;
  const measure = createCanvas(1, 1).getContext('2d');
  const block = (value: string, font: string, size: number, lineHeight: number, colour: string) => {
    measure.font = font;
    const lines = wrapText(measure, value, inner);
    return { lines, font, size, lineHeight, colour, height: lines.length * lineHeight };
  };
  const palette = lightPalette;
  const title = block(text.title, `700 22px "${family}"`, 22, 32, palette.ink);
  const takeaway = block(text.takeaway, `400 15px "${family}"`, 15, 24, palette.muted);
  const source = block(text.source, `400 13px "${family}"`, 13, 20, palette.muted);
  const credit = block(text.credit, `600 13px "${family}"`, 13, 20, palette.ink);
  const chartHeight = chartImageHeight(input.dataset.values.length);

  // Rule, title, takeaway, chart, rule, source, credit.
  const height =
    margin +
    4 +
    12 +
    title.height +
    6 +
    takeaway.height +
    16 +
    chartHeight +
    16 +
    1 +
    12 +
    source.height +
    4 +
    credit.height +
    margin;
  const canvas = createCanvas(downloadWidth * imageScale, Math.ceil(height) * imageScale);
  const ctx = canvas.getContext('2d');
  ctx.scale(imageScale, imageScale);
  ctx.fillStyle = paperColour.light;
  ctx.fillRect(0, 0, downloadWidth, height);
  let y = margin;
  ctx.fillStyle = palette.ink;
  ctx.fillRect(margin, y, inner, 2);
  y += 4 + 12;
  const drawBlock = (b: ReturnType<typeof block>) => {
    ctx.font = b.font;
    ctx.fillStyle = b.colour;
    ctx.textBaseline = 'middle';
    for (const line of b.lines) {
      ctx.fillText(line, margin, y + b.lineHeight / 2);
      y += b.lineHeight;
    }
  };
  drawBlock(title);
  y += 6;
  drawBlock(takeaway);
  y += 16;
  withChart(input, 'light', { width: inner, height: chartHeight }, (chart) =>
    ctx.drawImage(chart, margin, y, inner, chartHeight),
  );
  y += chartHeight + 16;
  ctx.fillStyle = palette.grid;
  ctx.fillRect(margin, y, inner, 1);
  y += 1 + 12;
  drawBlock(source);
  y += 4;
  drawBlock(credit);
  return encodePng(canvas);
}
