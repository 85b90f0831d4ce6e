/**
 * Prints a page of the site to an A4 PDF in Chromium, as a reader's Print → Save as PDF does, and reads the PDF
 * back with poppler-utils (pdfinfo, pdftotext, pdftoppm): its pages, each page's text, and how far down each
 * page the ink reaches. Used by tests/browser/print.test.ts and scripts/bench.mjs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** The page margins the print stylesheet sets (its `@page { margin: top sides bottom }`), in millimetres. */
export const printMargins: { top: number; bottom: number } = (() => {
  const css = readFileSync(new URL('../../src/styles/print.css', import.meta.url), 'utf8');
  const match = /@page\s*{[^}]*?margin:\s*([\d.]+)mm\s+[\d.]+mm\s+([\d.]+)mm/.exec(css);
  if (!match) throw new Error('src/styles/print.css: no @page { margin: <top>mm <sides>mm <bottom>mm }');
  return { top: Number(match[1]), bottom: Number(match[2]) };
})();

export interface PrintOptions {
  /** Scroll every chart into view and wait until all are drawn before printing; else print right after load. */
  drawCharts: boolean;
  /** Open every <details> first (the 查看数据 tables), as a reader who looked at them before printing. */
  openDetails?: boolean;
}

export interface Printed {
  /** The PDF as Chromium wrote it. */
  pdf: Buffer;
  /** Each page's text, in reading order, without the folio (page number) in the bottom margin. */
  pages: string[];
  /** Each page's text in the order it was drawn (pdftotext -raw), where a line carried over a page break stays whole. */
  drawnPages: string[];
  /** For each page, how far down the text block the lowest ink reaches: 0 (empty) to 1 (full). */
  fill: number[];
  /** Charts on the page, and those drawn when the PDF was made (before and after, as drawing may be under way). */
  charts: number;
  drawnBefore: string[];
  drawnAfter: string[];
}

/** Ids of the charts (their figures' dataset) drawn on the page now. */
const drawnCharts = (page: Page) =>
  page.$$eval('chart-figure[data-drawn]', (hosts) =>
    hosts.map((host) => host.closest<HTMLElement>('[data-dataset]')?.dataset.dataset ?? ''),
  );

/** Loads `url` in `page` (its context sets the viewport and colour scheme) and prints it to A4. */
export async function printToPdf(
  page: Page,
  url: string,
  { drawCharts, openDetails = false }: PrintOptions,
): Promise<Printed> {
  await page.goto(url, { waitUntil: 'load' });
  if (openDetails) await page.$$eval('details', (all) => all.forEach((details) => (details.open = true)));
  const charts = await page.locator('chart-figure').count();
  if (drawCharts) {
    for (let index = 0; index < charts; index++) {
      await page.locator('chart-figure').nth(index).scrollIntoViewIfNeeded();
    }
    await page.waitForFunction(
      () => [...document.querySelectorAll('chart-figure')].every((host) => host.hasAttribute('data-drawn')),
      undefined,
      { timeout: 20_000 },
    );
  }
  const drawnBefore = await drawnCharts(page);
  const pdf = await page.pdf({ format: 'A4' });
  const drawnAfter = await drawnCharts(page);
  return { pdf, ...readPdf(pdf), charts, drawnBefore, drawnAfter };
}

const folio = /^\s*\d+\s*\/\s*\d+\s*$/gm;

/** Reads a PDF's pages: their text (pdftotext) and how full each is (pdftoppm, greyscale, 30 dpi). */
export function readPdf(pdf: Buffer): { pages: string[]; drawnPages: string[]; fill: number[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'xinzhi-print-'));
  try {
    const file = path.join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    const read = (...flags: string[]) =>
      execFileSync('pdftotext', [...flags, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
        .split('\f')
        .slice(0, -1)
        .map((page) => page.replace(folio, ''));
    // Laid out as on paper (headline before the code beside it), and in the order drawn: a number link
    // carried over a page break (驼峰|600) comes out of the layout reading after its line, so sentences
    // are looked for in the drawing order.
    const pages = read();
    const drawnPages = read('-raw');
    execFileSync('pdftoppm', ['-r', '30', '-gray', file, path.join(dir, 'page')]);
    const images = readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort();
    const fill = images.map((name) => inkDepth(readFileSync(path.join(dir, name)), 30));
    if (fill.length !== pages.length) throw new Error(`pdftotext read ${pages.length} pages, pdftoppm ${fill.length}`);
    return { pages, drawnPages, fill };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In a binary greyscale PGM of a page at `dpi`, how far down its text block (inside the margins) ink reaches. */
function inkDepth(pgm: Buffer, dpi: number): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40));
  if (!header) throw new Error('not a binary greyscale PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const top = px(printMargins.top);
  const bottom = height - px(printMargins.bottom);
  for (let row = bottom - 1; row >= top; row--) {
    const line = pixels.subarray(row * width, (row + 1) * width);
    if (line.some((value) => value < 160)) return (row + 1 - top) / (bottom - top);
  }
  return 0;
}

/** Text without white space: pdftotext breaks lines and the print layout adds spaces between Han and Latin. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
