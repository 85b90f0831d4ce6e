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
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { buildChartConfig, chartHeightRem } from '../charts/builders';
import type { ChartInput } from '../charts/chart-input';
import { darkPalette, lightPalette, paperColour, type ChartTheme } from '../charts/theme';
import { valueLabels } from '../charts/value-labels';

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

export type ImageTheme = 'light' | 'dark';

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

/** The chart drawn on a transparent canvas of `width` × `height` CSS pixels, at `imageScale`. */
function drawChart(input: ChartInput, theme: ImageTheme, width: number, height: number): Canvas {
  loadFonts();
  // CSS-pixel size: chart.js multiplies it by devicePixelRatio (retinaScale).
  const canvas = createCanvas(width, height);
  const config = buildChartConfig(input, themeFor(theme), { reducedMotion: true });
  config.options = { ...config.options, responsive: false, devicePixelRatio: imageScale, animation: false };
  config.plugins = [valueLabels];
  // chart.js takes any canvas with getContext('2d'); outside a browser it uses its basic platform.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  // Drawn synchronously (no animation); destroy() clears the canvas, so keep a copy first.
  const copy = createCanvas(canvas.width, canvas.height);
  copy.getContext('2d').drawImage(canvas, 0, 0);
  chart.destroy();
  return copy;
}

/** The chart alone on the page colour: `width` CSS px wide (the column by default), as tall as its reserved box. */
export async function renderChartImage(
  input: ChartInput,
  theme: ImageTheme,
  width: number = chartImageWidth,
): Promise<Buffer> {
  const height = chartImageHeight(input.dataset.values.length);
  const chart = drawChart(input, theme, width, height);
  const canvas = createCanvas(chart.width, chart.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = paperColour[theme];
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(chart, 0, 0);
  return canvas.encode('png');
}

/** Every piece of text the download image draws besides the chart, in order. */
export interface DownloadText {
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

/** Splits `text` into lines no wider than `width` at the context's current font: at any character (Chinese). */
export function wrapText(ctx: Pick<SKRSContext2D, 'measureText'>, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const character of text) {
    if (line && ctx.measureText(line + character).width > width && !'，。、；：”）'.includes(character)) {
      lines.push(line);
      line = '';
    }
    line += character;
  }
  if (line) lines.push(line);
  return lines;
}

/** CSS pixels of the download image's width (drawn at 2×). */
export const downloadWidth = 640;
const margin = 32;

/**
 * The download image: title, takeaway, the chart, source line and the site's name on the light
 * paper, `downloadWidth` CSS px wide at 2×, as tall as its text and chart need.
 */
export async function renderDownloadImage(input: ChartInput, text: DownloadText): Promise<Buffer> {
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
  const chart = drawChart(input, 'light', inner, chartHeight);

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
  ctx.drawImage(chart, margin, y, inner, chartHeight);
  y += chartHeight + 16;
  ctx.fillStyle = palette.grid;
  ctx.fillRect(margin, y, inner, 1);
  y += 1 + 12;
  drawBlock(source);
  y += 4;
  drawBlock(credit);
  return canvas.encode('png');
}
