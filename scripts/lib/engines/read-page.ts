/**
 * What the engine checks (tests/support/engine-checks.ts) and `npm run shots` read from a page, in one
 * function that runs in the page: one round trip per visit, the same in every engine.
 */
import type { ProbeFindings } from './page-probe.ts';

/** What one visit found (all of it computed in the page, in one round trip). */
export interface PageReading {
  findings: ProbeFindings;
  theme: string | null;
  /** The text size in force (the 字号 choice on <html>). */
  textSize: string;
  /** Relative luminance of the page background. */
  background: number;
  overflow: { scrollWidth: number; viewport: number; culprits: string[] };
  charts: { id: string; drawn: boolean; width: number; inked: number }[];
  /** What a reader sees, to compare one visit with another: height, controls, headings. */
  fingerprint: { height: number; controls: string[]; headings: string[] };
  /**
   * Line breaking as clreq asks (src/typesetting/line-breaks.ts), as this engine set the page: each held run
   * (a number with its unit, a paragraph's last word) that still spans two lines; each word of a heading
   * broken across lines; each paragraph whose last line holds a single letter (卷。).
   */
  lineBreaking: { splitRuns: string[]; splitWords: string[]; loneLastLines: string[] };
}

/**
 * Runs in the page: brings each chart into view in turn and stays until it has drawn (as a reader scrolling
 * to it), goes to the end, waits until every chart has drawn and inked its canvas, then reads what
 * the checks need.
 */
export async function readPage(): Promise<PageReading> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const figures = [...document.querySelectorAll<HTMLElement>('chart-figure')];
  // A reader stops at each chart: stay until it has drawn (WebKit can miss a chart only flashed past).
  for (const figure of figures) {
    figure.scrollIntoView({ block: 'center' });
    await frame();
    const until = performance.now() + 10_000;
    while (!figure.dataset.drawn && performance.now() < until) await sleep(50);
  }
  scrollTo(0, document.documentElement.scrollHeight);
  await frame();
  const ink = (canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let p = 3; p < data.length; p += 4) if (data[p]! > 0) inked++;
    return inked;
  };
  // Drawn to the end of chart.js's entry animation (data-drawn-as, src/client/draw.ts), inked, and explorable.
  const done = (figure: HTMLElement) =>
    !!figure.dataset.drawnAs &&
    ink(figure.querySelector('canvas')!) > 2000 &&
    // Its keyboard controls, added when the main thread is next idle after the drawing.
    !!figure.querySelector('[data-chart-live]');
  const deadline = performance.now() + 20_000;
  while (!figures.every(done) && performance.now() < deadline) await sleep(100);

  const charts = figures.map((figure) => {
    const canvas = figure.querySelector('canvas')!;
    return {
      id: figure.closest('figure')?.id ?? '',
      drawn: !!figure.dataset.drawn,
      width: Math.round(canvas.getBoundingClientRect().width),
      inked: ink(canvas),
    };
  });

  const viewport = document.documentElement.clientWidth;
  const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  const culprits: string[] = [];
  if (scrollWidth > viewport)
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.right > viewport + 0.5 || rect.left < -0.5)
        culprits.push(
          `${element.localName}${element.id ? `#${element.id}` : ''} (${Math.round(rect.left)}–${Math.round(rect.right)}px)`,
        );
    }

  const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? [])
    .slice(0, 3)
    .map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
  const visible = (element: Element) => !!(element as HTMLElement).offsetParent || element.getClientRects().length > 0;
  // Lines, told apart by where their boxes sit: two boxes on one line overlap vertically.
  const lineCount = (rects: DOMRectList) => {
    const tops: { top: number; bottom: number }[] = [];
    for (const rect of rects) {
      if (!rect.width) continue;
      if (!tops.some((line) => rect.top < line.bottom - 2 && rect.bottom > line.top + 2)) tops.push(rect);
    }
    return tops.length;
  };
  const rangeOf = (node: Node, start = 0, end = node.textContent!.length) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range;
  };
  const textNodes = (root: Node) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    return nodes;
  };
  const splitRuns = [...document.querySelectorAll('.unbroken')]
    .filter((run) => visible(run) && lineCount(run.getClientRects()) > 1)
    .map((run) => run.textContent!);
  const splitWords = [...document.querySelectorAll('.headline-part')]
    .filter(visible)
    .flatMap((part) => textNodes(part).filter((word) => lineCount(rangeOf(word).getClientRects()) > 1))
    .map((word) => word.data);
  // The letters on a paragraph's last line: from its end back to the first character on a line above.
  const loneLastLines = [...document.querySelectorAll('.prose-zh > p')].filter(visible).flatMap((paragraph) => {
    const characters = textNodes(paragraph).flatMap((node) => Array.from(node.data, (_, at) => ({ node, at })));
    const box = (at: number) =>
      rangeOf(characters[at]!.node, characters[at]!.at, characters[at]!.at + 1).getBoundingClientRect();
    let at = characters.length - 1;
    while (at >= 0 && !box(at).width) at--;
    if (at < 8) return [];
    const last = box(at);
    let letters = 0;
    for (; at >= 0; at--) {
      const rect = box(at);
      if (rect.width && rect.bottom <= last.top + 2) break;
      if (/[\p{L}\p{N}]/u.test(characters[at]!.node.data[characters[at]!.at]!)) letters++;
    }
    return letters < 2 ? [paragraph.textContent!.trim().slice(-12)] : [];
  });
  const name = (element: Element) =>
    (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    findings: (window as unknown as { __probe: ProbeFindings }).__probe,
    theme: document.documentElement.dataset.theme ?? null,
    textSize: document.documentElement.dataset.textSize ?? 'standard',
    background: 0.2126 * r! + 0.7152 * g! + 0.0722 * b!,
    overflow: { scrollWidth, viewport, culprits: culprits.slice(0, 10) },
    charts,
    fingerprint: {
      height: document.documentElement.scrollHeight,
      controls: [...document.querySelectorAll('button, summary, a[href], input, select, textarea')]
        .filter(visible)
        .map(name),
      headings: [...document.querySelectorAll('h1, h2, h3')].map(name),
    },
    lineBreaking: { splitRuns, splitWords, loneLastLines },
  };
}
