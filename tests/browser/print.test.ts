/**
 * The print edition (src/styles/print.css): pages printed to A4 PDF in Chromium, both after every chart was
 * drawn (the reader scrolled through) and right after load (charts further down not drawn yet), read back
 * with poppler-utils. The one-page edition fits 10 pages and a chapter 4; the PDF text holds every sentence
 * of the article in order, each figure once, and nothing of the web version: no in-site link targets, no
 * control labels, no data tables after the charts. No page is more than half empty except before a chapter.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInChromium } from '../support/browser-suite';
import { captions, sentences } from '../support/article';
import { printToPdf, squeeze, type Printed } from '../../scripts/lib/print-pdf';
import { chapterHref, dataPageHref, fullHref } from '../../src/report/paths';
import { printedQr } from '../support/qr';

const suite = useSiteInChromium();
const site = JSON.parse(readFileSync(new URL('../../content/site.json', import.meta.url), 'utf8')) as {
  ui: Record<string, string>;
};
const articleText = squeeze(readFileSync(new URL('../fixtures/article.txt', import.meta.url), 'utf8'));

/**
 * The interface strings (content/site.json) that belong on paper: figure and caption labels, source lines, the
 * data page's words. Every other one labels a control, navigation or a screen-only aid, and must not print;
 * a string added later is checked unless it is added here. Templates ({…}) are checked by pattern below.
 */
const printable = new Set([
  'captionLabel',
  'editorNote',
  'source',
  'notes',
  'calculated',
  'calculatedFrom',
  'columnLabel',
  'columnValue',
  'columnQuote',
  'period',
  'sourceArticle',
  'dataPageTitle',
  'dataPageIntro',
  'lede',
  'qrCodePrint',
]);
const controlKeys = Object.keys(site.ui).filter((key) => !printable.has(key) && !site.ui[key]!.includes('{'));
// A label the article itself uses cannot be told apart on paper; such labels are left out, and the test below
// requires that nearly all remain.
const controlLabels = controlKeys.map((key) => site.ui[key]!).filter((label) => !articleText.includes(squeeze(label)));
/** The printed text without the line under the QR code (扫码阅读网络版…), which holds a control's word (阅读). */
const withoutPrintableLines = (text: string) => text.replaceAll(squeeze(site.ui.qrCodePrint!), '');

/** What the page shows in the browser, read before printing: the facts the PDF is checked against. */
interface PageFacts {
  /** Targets of links within the site or the page. */
  inSiteHrefs: string[];
  /** Titles and takeaways of the charts and key-figure groups. */
  figures: { id: string; title: string; takeaway: string; description: string; chart: boolean }[];
  /** The start of each chapter's header (number and title), where a page may end early before it. */
  chapterStarts: string[];
  /** The printed line with the data page's address (PrintDataNote). */
  dataNote: string;
  /** The report's headline and kicker printed above a chapter (PrintMasthead). */
  masthead: string;
  /** The page's title (h1). */
  title: string;
  /** The page's text, for the article sentences it carries. */
  text: string;
}

const readFacts = (page: Page): Promise<PageFacts> =>
  page.evaluate(() => {
    const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, '');
    return {
      inSiteHrefs: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => !/^(https?:|mailto:)/.test(href)),
      figures: [...document.querySelectorAll<HTMLElement>('main .data-figure')].map((figure) => ({
        id: figure.dataset.dataset ?? figure.id,
        title: text(figure.querySelector('.data-figure__title')),
        takeaway: text(figure.querySelector('.data-figure__takeaway')),
        description: text(figure.querySelector('.data-figure__description')),
        chart: !!figure.querySelector('chart-figure'),
      })),
      chapterStarts: [...document.querySelectorAll('.full-section > header')].map((header) => text(header).slice(0, 8)),
      dataNote: text(document.querySelector('[data-print-data-note]')),
      masthead: text(document.querySelector('.print-masthead')),
      title: text(document.querySelector('main h1')),
      text: text(document.querySelector('main')),
    };
  });

/** The article's sentences that `text` does not carry word for word, in reading order (as tests/build/fidelity). */
function sentencesMissingInOrder(text: string, list: string[]): string[] {
  let cursor = 0;
  const missing: string[] = [];
  for (const sentence of list.map(squeeze)) {
    const at = text.indexOf(sentence, cursor);
    if (at === -1) missing.push(sentence);
    else cursor = at + sentence.length;
  }
  return missing;
}

/** The line under the printed QR code (content/site.json), which says what it is for. */
const qrPrintLine = site.ui.qrCodePrint!;

const count = (text: string, part: string) => (part ? text.split(part).length - 1 : 0);

const drawnState = { state: 'with every chart drawn and every table opened', drawCharts: true };
const loadedState = { state: 'right after load', drawCharts: false };
/**
 * What is printed: /full/ in both states (it holds every chart, so a chart drawn and one not yet drawn are both
 * on its paper), and a chapter as a reader prints it after reading it (its layout of a chapter start and its
 * page count; right after load it would show nothing /full/ does not).
 */
const cases = [
  {
    name: 'the one-page edition /full/',
    route: fullHref('cong-xin-chu-fa', '/'),
    maxPages: 10,
    wholeArticle: true,
    states: [drawnState, loadedState],
  },
  {
    name: 'a chapter',
    route: chapterHref('cong-xin-chu-fa', 'investment', '/'),
    maxPages: 4,
    wholeArticle: false,
    states: [drawnState],
  },
];

describe.each(cases)('printing $name to A4', ({ route, maxPages, wholeArticle, states }) => {
  describe.each(states)('$state', ({ drawCharts }) => {
    let printed: Printed;
    let facts: PageFacts;
    let text: string;
    /** The printed text in the PDF's drawing order (pdftotext -raw), where a line never meets the next column's. */
    let drawn: string;
    let printLayout: { chart: string; box: number; description: number }[];
    let printOnlyOnScreen: number;

    beforeAll(async () => {
      const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // After scrolling through, the reader has also opened every 查看数据 table: still none may print.
      printed = await printToPdf(page, suite.site.page(route), { drawCharts, openDetails: drawCharts });
      facts = await readFacts(page);
      printOnlyOnScreen = await page
        .locator('.print-masthead, [data-print-data-note], [data-print-qr-code]')
        .evaluateAll((elements) => elements.filter((element) => element.getClientRects().length > 0).length);
      // The charts' boxes as print lays them out: a drawn chart has its box, an undrawn one none.
      await page.emulateMedia({ media: 'print' });
      printLayout = await page.$$eval('chart-figure', (hosts) =>
        hosts.map((host) => {
          const figure = host.closest<HTMLElement>('[data-dataset]')!;
          return {
            chart: `${figure.dataset.dataset}${host.hasAttribute('data-drawn') ? '' : ' (not drawn)'}`,
            box: host.querySelector('.chart-box')!.getBoundingClientRect().height,
            description: figure.querySelector('.data-figure__description')!.getBoundingClientRect().height,
          };
        }),
      );
      await context.close();
      text = squeeze(printed.pages.join(''));
      drawn = squeeze(printed.drawnPages.join(''));
    });

    it('prints a code of its address beside the headline, over 2 cm with its quiet zone, that zbarimg reads', () => {
      // The QR code on paper (issue 24), read from this same PDF: its first page drawn at 150 dpi.
      const code = printedQr(printed.pdf, qrPrintLine);
      expect(code.texts).toEqual([`https://example.org${route}`]);
      expect(code.widthMm).toBeGreaterThanOrEqual(20);
      expect(code.moduleMm).toBeGreaterThan(0.5);
      expect(code.quietZoneModules).toBeGreaterThanOrEqual(4);
      expect(squeeze(printed.pages[0]!)).toContain(qrPrintLine);
    });

    it(`fits ${maxPages} A4 pages`, () => {
      expect(printed.pages.length).toBeGreaterThan(0);
      expect(printed.pages.length).toBeLessThanOrEqual(maxPages);
    });

    it('holds every sentence of the article on the page, in order', () => {
      const expected = wholeArticle ? sentences : sentences.filter((s) => facts.text.includes(squeeze(s)));
      expect(expected.length).toBeGreaterThan(wholeArticle ? 50 : 10);
      expect(sentencesMissingInOrder(drawn, expected)).toEqual([]);
    });

    it('prints each chart and key-figure group once, with its title and takeaway, and no data table', () => {
      expect(facts.figures.length).toBeGreaterThan(3);
      // Title and takeaway stand together at the head of each figure (a title alone may recur in the text), read in
      // the PDF's drawing order: the layout order can set a chart's title line beside text from the next column.
      for (const figure of facts.figures) expect(count(drawn, figure.title + figure.takeaway), figure.id).toBe(1);
      // The tables' column heads (项目 数值 原文) would follow every chart if the tables printed.
      expect(text).not.toContain(squeeze(`${site.ui.columnLabel}${site.ui.columnValue}${site.ui.columnQuote}`));
    });

    it('prints a drawn chart as drawn and, for a chart not drawn yet, its description instead of an empty box', () => {
      expect(printLayout.length).toBeGreaterThan(0);
      for (const chart of printLayout) {
        if (chart.chart.endsWith('(not drawn)')) {
          expect(chart.box, chart.chart).toBe(0);
          expect(chart.description, chart.chart).toBeGreaterThan(0);
        } else {
          expect(chart.box, chart.chart).toBeGreaterThan(50);
          expect(chart.description, chart.chart).toBe(0);
        }
      }
      if (drawCharts) expect(printed.drawnBefore).toHaveLength(printed.charts);
      // Undrawn both before and after the PDF was made: its description is in the PDF.
      const undrawn = facts.figures.filter(
        (figure) => figure.chart && !printed.drawnBefore.includes(figure.id) && !printed.drawnAfter.includes(figure.id),
      );
      if (!drawCharts) expect(undrawn.length).toBeGreaterThan(0);
      for (const figure of undrawn) expect(text, figure.id).toContain(figure.description);
    });

    it('writes out no link target within the site, only the data page address once', () => {
      expect(facts.dataNote).toContain('://');
      expect(count(text, facts.dataNote)).toBe(1);
      const rest = text.replace(facts.dataNote, '');
      expect(rest).not.toMatch(/https?:|#|<\/?[a-z]/i);
      const targets = [...new Set(facts.inSiteHrefs)].filter((href) => href.length > 2);
      expect(targets.length).toBeGreaterThan(5);
      expect(targets.filter((href) => rest.includes(href))).toEqual([]);
    });

    it('prints no control or navigation label, no reading time, and each photo caption as one 配图 line', () => {
      expect(controlLabels.length).toBeGreaterThan(controlKeys.length - 3);
      expect(controlLabels).toEqual(expect.arrayContaining([site.ui.viewData, site.ui.share, site.ui.backToTop]));
      expect(controlLabels.filter((label) => withoutPrintableLines(text).includes(squeeze(label)))).toEqual([]);
      expect(text).not.toMatch(/约\d+分钟读完/);
      const pageCaptions = captions.filter((caption) => facts.text.includes(squeeze(caption)));
      if (wholeArticle) expect(pageCaptions).toHaveLength(6);
      for (const caption of pageCaptions) expect(text).toContain(`${site.ui.captionLabel}：${squeeze(caption)}`);
    });

    it('shows the print-only lines on paper only; a chapter starts with the report headline and its title', () => {
      expect(printOnlyOnScreen).toBe(0);
      if (wholeArticle) return;
      expect(facts.masthead.length).toBeGreaterThan(5);
      expect(text.startsWith(facts.masthead)).toBe(true);
      expect(text.slice(0, facts.masthead.length + 20)).toContain(facts.title);
    });

    it('leaves no page more than half empty, except before a new chapter and at the end', () => {
      const startsChapter = (page: string | undefined) =>
        !!page && facts.chapterStarts.some((start) => squeeze(page).startsWith(start));
      const emptyPages = printed.fill
        .map((fill, index) => ({ page: index + 1, fill: Math.round(fill * 100) }))
        .filter(({ page, fill }) => fill < 50 && page < printed.fill.length && !startsChapter(printed.pages[page]));
      expect(emptyPages).toEqual([]);
    });
  });
});

describe('printing the data page', () => {
  let printed: Printed;
  let facts: PageFacts;
  let rows: string[];
  beforeAll(async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    printed = await printToPdf(page, suite.site.page(dataPageHref('cong-xin-chu-fa', '/')), { drawCharts: false });
    facts = await readFacts(page);
    rows = await page.$$eval('.data-table tbody tr', (trs) =>
      trs
        .flatMap((tr) => [tr.querySelector('th')!, tr.querySelector('.data-table__value')!])
        .map((cell) =>
          // The 计算值 badge is printed after its label; the label itself is what must be there (a number
          // in it held with its unit in a span of its own).
          [...cell.childNodes]
            .filter((node) => !(node instanceof Element && node.classList.contains('calculated-badge')))
            .map((node) => node.textContent)
            .join('')
            .replace(/\s+/g, ''),
        ),
    );
    await context.close();
  });

  it('prints every table compactly, with no control label or link target', () => {
    expect(printed.pages.length).toBeLessThanOrEqual(6);
    const text = squeeze(printed.pages.join(''));
    expect(facts.figures.length).toBeGreaterThan(10);
    for (const figure of facts.figures) expect(count(text, figure.title + figure.takeaway), figure.id).toBe(1);
    // Every row of every table: its label and value.
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.filter((row) => !text.includes(row))).toEqual([]);
    expect(controlLabels.filter((label) => withoutPrintableLines(text).includes(squeeze(label)))).toEqual([]);
    expect(text).not.toMatch(/https?:|#|<\/?[a-z]/i);
  });
});

describe('printing in the dark theme', () => {
  it('prints the text in the light palette: dark ink, whatever the screen theme', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(suite.site.page(chapterHref('cong-xin-chu-fa', 'investment', '/')), { waitUntil: 'load' });
    const ink = () =>
      page.evaluate(() => {
        const rgb = (element: Element) => getComputedStyle(element).color.match(/\d+/g)!.slice(0, 3).map(Number);
        return [...rgb(document.querySelector('.prose-zh p')!), ...rgb(document.querySelector('.data-figure__title')!)];
      });
    // On screen the dark theme gives light text (#ebe7e0): the check below can fail.
    expect(Math.min(...(await ink()))).toBeGreaterThan(150);
    // On paper (the print media a PDF is made with): every channel dark.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const channel of await ink()) expect(channel).toBeLessThan(80);
    await context.close();
  });
});
