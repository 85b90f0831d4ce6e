/**
 * Draws a page's share card (og:image): a 1200×630 PNG with the Chinese title set in Noto Serif SC.
 * The font comes from the npm registry (@expo-google-fonts/noto-serif-sc, SIL OFL), so nothing depends
 * on the build machine's fonts. The title is fitted here from the font's own metrics (fitTitle), then
 * Skia (@napi-rs/canvas, the canvas the chart images use) draws the card and src/images/png.ts encodes
 * it: the same sources give the same bytes, in a few milliseconds of the build's main thread.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { encodePng } from '../images/png';
import { editorError } from '../errors';
import { palette } from '../styles/palette';
import { cardCharacters, shareCardHeight, shareCardWidth, type ShareCard } from './share-cards';
import { readFontMetrics, type FontMetrics } from './font-metrics';
import { fillLines } from '../typesetting/line-breaks';

/** The light theme's colours, so the card looks like the site. */
const colours = palette.light;

const require = createRequire(import.meta.url);
const fontFiles = {
  title: '@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf',
  text: '@expo-google-fonts/noto-serif-sc/600SemiBold/NotoSerifSC_600SemiBold.ttf',
} as const;
/** The family the two weights are registered under with Skia. */
const family = 'Noto Serif SC';
const fontCache = new Map<string, Promise<Buffer>>();

/** Reads a whole font file once per build. */
function loadFont(specifier: string): Promise<Buffer> {
  let font = fontCache.get(specifier);
  if (!font) {
    font = readFile(require.resolve(specifier));
    fontCache.set(specifier, font);
  }
  return font;
}

let fontsRegistered = false;
/** Registers both weights with Skia, once per build. */
function registerFonts() {
  if (fontsRegistered) return;
  for (const file of Object.values(fontFiles)) {
    if (!GlobalFonts.registerFromPath(require.resolve(file), family)) throw new Error(`cannot load font ${file}`);
  }
  fontsRegistered = true;
}

/** The title's box: 1020 px of measure (the card's 1040 less a margin for rounding) by 370 px. */
export const titleBox = { width: 1020, height: 370, lineHeight: 1.25 } as const;
/** Largest and smallest title sizes, in px. Below the smallest a title is cut with "…". */
export const titleSizes = { max: 132, min: 52 } as const;
const eyebrow = { size: 32, width: 1020 } as const;
const footer = { size: 28, width: 1020 } as const;

const widthOf = (text: string, size: number, metrics: FontMetrics) =>
  [...text].reduce((sum, char) => sum + metrics.advance(char.codePointAt(0)!), 0) * size;

/**
 * Breaks `text` into lines no wider than `width`, between words only (二十屆三中全會 never as 二十屆三 |
 * 中全會), never starting a line with closing punctuation (src/typesetting/line-breaks.ts).
 */
function breakText(text: string, width: number, size: number, metrics: FontMetrics): string[] {
  return fillLines(text, (line) => widthOf(line, size, metrics) <= width);
}

/** Lines that keep the title's own breaks (a space is a line break), each wrapped to the width. */
function linesAsWritten(parts: string[], size: number, metrics: FontMetrics): string[] {
  return parts.flatMap((part) => breakText(part, titleBox.width, size, metrics));
}

/** Lines filled word by word (for titles of many short words, such as Latin ones). */
function linesFilled(parts: string[], size: number, metrics: FontMetrics): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && widthOf(`${last} ${part}`, size, metrics) <= titleBox.width)
      lines[lines.length - 1] = `${last} ${part}`;
    else lines.push(...breakText(part, titleBox.width, size, metrics));
  }
  return lines;
}

export interface FittedTitle {
  /** Font size in px. */
  size: number;
  lines: string[];
  /** True when even the smallest size could not hold the whole title, and it was cut with "…". */
  truncated: boolean;
}

/**
 * The largest size at which the title fits the title box, in lines no wider than the box: first
 * keeping the title's own line breaks, else filling lines; at the smallest size, the lines that fit
 * and "…" at the end of the last.
 */
export function fitTitle(title: string, metrics: FontMetrics): FittedTitle {
  const parts = title.split(/\s+/).filter(Boolean);
  const fits = (lines: string[], size: number) => lines.length * size * titleBox.lineHeight <= titleBox.height;
  for (let size = titleSizes.max; size >= titleSizes.min; size -= 2) {
    for (const arrange of [linesAsWritten, linesFilled]) {
      const lines = arrange(parts, size, metrics);
      if (fits(lines, size)) return { size, lines, truncated: false };
    }
  }
  const size = titleSizes.min;
  const room = Math.floor(titleBox.height / (size * titleBox.lineHeight));
  const lines = linesFilled(parts, size, metrics).slice(0, room);
  let last = lines[room - 1] ?? '';
  while (last && widthOf(`${last}…`, size, metrics) > titleBox.width) last = [...last].slice(0, -1).join('');
  lines[room - 1] = `${last}…`;
  return { size, lines, truncated: true };
}

/** `text` on one line at `size`, cut with "…" when wider than `width`. */
function fitLine(text: string, size: number, width: number, metrics: FontMetrics): string {
  if (widthOf(text, size, metrics) <= width) return text;
  let cut = [...text];
  while (cut.length && widthOf(`${cut.join('')}…`, size, metrics) > width) cut = cut.slice(0, -1);
  return `${cut.join('')}…`;
}

/**
 * The characters of `card` that `metrics`' font has no glyph for (they would vanish from the card).
 * Spaces and line ends are not drawn, so they are not looked up.
 */
export function missingGlyphs(card: ShareCard, metrics: FontMetrics[]): string[] {
  return [...new Set([...cardCharacters(card)])].filter(
    (char) => !/\s/.test(char) && metrics.some((font) => !font.glyphOf(char.codePointAt(0)!)),
  );
}

/** Sets `text` on one line at `size` and `weight`, its line box (1.25 × size) starting at `top`. */
function line(
  ctx: SKRSContext2D,
  text: string,
  weight: number,
  size: number,
  left: number,
  top: number,
  colour: string,
) {
  ctx.font = `${weight} ${size}px "${family}"`;
  ctx.fillStyle = colour;
  ctx.fillText(text, left, top + (size * titleBox.lineHeight) / 2);
}

/** The card: accent bar, eyebrow, the title centred in its box, a short rule and the footer, on paper. */
function drawCard(card: ShareCard, title: FittedTitle, text: FontMetrics): Promise<Buffer> {
  const canvas = createCanvas(shareCardWidth, shareCardHeight);
  const ctx = canvas.getContext('2d');
  const left = 100;
  ctx.fillStyle = colours.paper;
  ctx.fillRect(0, 0, shareCardWidth, shareCardHeight);
  ctx.fillStyle = colours.accent;
  ctx.fillRect(0, 0, 24, shareCardHeight);
  ctx.textBaseline = 'middle';
  line(ctx, fitLine(card.eyebrow, eyebrow.size, eyebrow.width, text), 600, eyebrow.size, left, 56, colours.accent);
  const lineHeight = title.size * titleBox.lineHeight;
  let top = 120 + (titleBox.height - title.lines.length * lineHeight) / 2;
  for (const text of title.lines) {
    line(ctx, text, 900, title.size, left, top, colours.ink);
    top += lineHeight;
  }
  ctx.fillStyle = colours.accent;
  ctx.fillRect(left, 506, 96, 8);
  line(ctx, fitLine(card.footer, footer.size, footer.width, text), 600, footer.size, left, 534, colours.muted);
  return encodePng(canvas);
}

const metricsCache = new Map<string, Promise<FontMetrics>>();
/** The metrics of a whole font file, read once per build. */
function metricsOf(specifier: string): Promise<FontMetrics> {
  let metrics = metricsCache.get(specifier);
  if (!metrics) {
    metrics = loadFont(specifier).then(readFontMetrics);
    metricsCache.set(specifier, metrics);
  }
  return metrics;
}

/** Renders `card` to a 1200×630 PNG. */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const [titleMetrics, textMetrics] = await Promise.all([metricsOf(fontFiles.title), metricsOf(fontFiles.text)]);
  const missing = missingGlyphs(card, [titleMetrics, textMetrics]);
  if (missing.length) {
    const list = missing.map(
      (char) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
    );
    // An editor's error (no stack trace, one ✗ line the summary can quote), naming the words to change.
    throw editorError({
      file: `分享图 og/${card.id}.png`,
      message: `标题“${card.title}”或“${card.eyebrow}”里有字体 Noto Serif SC 没有的字：${list.join('、')}，分享图上会缺字`,
      hint: '在资料卡的标题（title、headline）或引题（kicker）里删去或换掉这些字（生僻字可以换成通行的写法）。',
      en: `share card og/${card.id}.png: the font has no glyph for ${list.join(', ')}`,
    });
  }
  registerFonts();
  return drawCard(card, fitTitle(card.title, titleMetrics), textMetrics);
}
