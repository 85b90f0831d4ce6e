/**
 * 关怀模式 in Chromium: the reader chooses a text size with the 字号 control on one page, and every page
 * of the built site then opens at that size from the first parse of its HTML, renders without overflow,
 * layout shift or axe violation, draws its charts, and keeps line height ≥ 1.5 and paragraph spacing
 * ≥ 1.3 × the line spacing. At the largest size body text is ≥ 22 px on a phone and ≥ 1.25 × standard,
 * and controls are ≥ 44 × 44 px. The layout also holds at 200% zoom, 200% text-only zoom, with the WCAG
 * 1.4.12 text-spacing overrides and in forced colours (Windows high contrast).
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { contentPages, firstReport } from '../support/dist';
import { useSiteInChromium } from '../support/browser-suite';
import { horizontalOverflow, pageRecords, scrollToEnd, settle, watchContext } from '../support/page-probe';
import { describeViolations, runAxe } from '../support/axe';
import { textSizeChoices } from '../../src/head/text-size';
import { expectedHant } from '../support/hant';
import { hansPath, isHantPath } from '../../src/hant/addresses';

const routes = contentPages(inject('distDir')).map((page) => page.route);
/** The 繁體 pages are the simplified ones converted: their layout is checked at the size where longer glyph runs
 * would overflow first (特大 on a phone), and the simplified pages at every size. */
const simplifiedRoutes = routes.filter((route) => !isHantPath(route));
const suite = useSiteInChromium();
const r = `/${firstReport}`;
const names = { standard: '字号：标准', large: '字号：大', 'x-large': '字号：特大' } as const;
/** The control's name on `route`: converted on the 繁體 pages (字號：特大). */
const nameOn = (route: string, size: keyof typeof names) =>
  isHantPath(route) ? expectedHant(names[size]) : names[size];

/** Records, in every document, the text size <html> had when the parser reached <body>. */
function recordSizeAtBody() {
  new MutationObserver((_, observer) => {
    if (!document.body) return;
    (window as unknown as { sizeAtBody: string }).sizeAtBody = document.documentElement.dataset.textSize ?? 'standard';
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** A context whose reader chose `size` with the 字号 control (on the series page) and so has it stored. */
async function contextWithSize(size: (typeof textSizeChoices)[number], options: BrowserContextOptions) {
  const context = await suite.browser.newContext(options);
  await context.addInitScript(recordSizeAtBody);
  const watch = await watchContext(context, suite.site.origin);
  const page = await context.newPage();
  await page.goto(suite.site.page('/'), { waitUntil: 'load' });
  await page.getByRole('button', { name: names[size] }).click();
  expect(await page.getByRole('button', { name: names[size] }).getAttribute('aria-pressed')).toBe('true');
  return { context, page, watch };
}

/** Measures what the issue asks of the text on the page as it is drawn. */
function measureText(page: Page) {
  return page.evaluate(() => {
    const px = (value: string) => parseFloat(value);
    const rootSize = px(getComputedStyle(document.documentElement).fontSize);
    const paragraph = document.querySelector<HTMLElement>('main .prose-zh > p');
    // Blocks of text whose line height is under 1.5 (not headings, and not display type over 2rem such as
    // the 404 page's number: WCAG 1.4.8 asks it of text set at reading sizes).
    const tight = [...document.querySelectorAll<HTMLElement>('main :is(p, li, dd, td, th, figcaption, blockquote)')]
      .filter((element) => element.checkVisibility() && !element.closest('.sr-only'))
      .filter((element) => {
        const style = getComputedStyle(element);
        return px(style.fontSize) <= 2 * rootSize && px(style.lineHeight) < 1.5 * px(style.fontSize) - 0.01;
      })
      .map(
        (element) => `${element.tagName.toLowerCase()}.${element.className} ${getComputedStyle(element).lineHeight}`,
      );
    // The gap between each two paragraphs of text that follow each other, against their line height.
    const gaps: { gap: number; lineHeight: number }[] = [];
    for (const p of document.querySelectorAll<HTMLElement>('main .prose-zh > p + p')) {
      const previous = p.previousElementSibling as HTMLElement;
      gaps.push({
        gap: p.getBoundingClientRect().top - previous.getBoundingClientRect().bottom,
        lineHeight: px(getComputedStyle(previous).lineHeight),
      });
    }
    return {
      rootSize,
      paragraphSize: paragraph ? px(getComputedStyle(paragraph).fontSize) : 0,
      tight: tight.slice(0, 5),
      narrowGaps: gaps.filter(({ gap, lineHeight }) => gap < 1.3 * lineHeight - 0.5).slice(0, 5),
      gapCount: gaps.length,
    };
  });
}

/** Visible controls smaller than 44 × 44 px, except links inside running text (WCAG 2.5.5 exempts them). */
function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, summary, a[href], [role="button"]')]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('.sr-only'))
      .filter((element) => !element.matches(':is(.prose-zh > p, .prose-zh li, .prose-zh td, [data-standfirst]) a'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width < 44 - 0.5 || box.height < 44 - 0.5;
      })
      .map((element) => {
        const box = element.getBoundingClientRect();
        return `${element.tagName.toLowerCase()} “${element.textContent?.trim().slice(0, 20)}” ${Math.round(box.width)}×${Math.round(box.height)}`;
      }),
  );
}

/** Charts on the page that have not drawn (after scrolling to the end). */
const undrawnCharts = (page: Page) =>
  page.evaluate(
    () => [...document.querySelectorAll<HTMLElement>('chart-figure')].filter((chart) => !chart.dataset.drawn).length,
  );

const runs = [
  { size: 'standard', width: 390, scheme: 'light', pages: simplifiedRoutes },
  { size: 'large', width: 390, scheme: 'light', pages: simplifiedRoutes },
  { size: 'x-large', width: 390, scheme: 'light', pages: routes },
  { size: 'x-large', width: 1280, scheme: 'dark', pages: simplifiedRoutes },
] as const;

for (const { size, width, scheme, pages } of runs) {
  describe(`text size ${size}, chosen once, at ${width} px, ${scheme}`, () => {
    let view: Awaited<ReturnType<typeof contextWithSize>>;
    it('is chosen with the 字号 control', async () => {
      view = await contextWithSize(size, { viewport: { width, height: 800 }, colorScheme: scheme });
      expect(await view.page.evaluate(() => localStorage.getItem('text-size'))).toBe(size === 'standard' ? null : size);
    });

    it.each(pages)(
      '%s: kept from the first parse; no overflow, shift or axe violation; charts drawn; spacing',
      async (route) => {
        const { page, watch } = view;
        watch.reset();
        await page.goto(suite.site.page(route), { waitUntil: 'load' });
        await settle(page, watch.findings);
        expect(await page.evaluate(() => (window as unknown as { sizeAtBody: string }).sizeAtBody)).toBe(size);
        const control = page.getByRole('button', { name: nameOn(route, size) });
        // Every page but a chart's embed page (framed on other sites, with no toolbar) has the control.
        if (!hansPath(route).startsWith('embed/')) expect(await control.getAttribute('aria-pressed')).toBe('true');

        const text = await measureText(page);
        expect(text.tight, 'text with line height under 1.5').toEqual([]);
        expect(text.narrowGaps, 'paragraphs closer than 1.3 × the line spacing').toEqual([]);
        if (route.endsWith('/full/')) expect(text.gapCount).toBeGreaterThan(2);
        if (size === 'x-large') {
          expect(text.rootSize / 16).toBeGreaterThanOrEqual(1.25);
          if (text.paragraphSize) expect(text.paragraphSize).toBeGreaterThanOrEqual(width < 768 ? 22 : 23);
          expect(await smallTargets(page), 'controls under 44 × 44 px').toEqual([]);
        }

        await scrollToEnd(page, watch.findings);
        const overflow = await horizontalOverflow(page);
        expect(overflow.culprits, `page is ${overflow.scrollWidth}px wide`).toEqual([]);
        expect(await undrawnCharts(page)).toBe(0);
        const records = await pageRecords(page);
        expect(records.layoutShifts.reduce((sum, entry) => sum + entry.value, 0)).toBe(0);
        expect(watch.findings.consoleErrors).toEqual([]);
        expect([...records.cspViolations, ...watch.findings.cspViolations]).toEqual([]);
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(describeViolations(await runAxe(page))).toEqual([]);
      },
    );

    it('closes', () => view.context.close());
  });
}

describe('changing the size on a page', () => {
  it('scales the text at once and redraws the charts with larger labels', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(suite.site.page(`${r}/investment/`), { waitUntil: 'load' });
    const chart = page.locator('chart-figure').first();
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-drawn'), { timeout: 15_000 }).not.toBeNull();
    const before = await chart.locator('canvas').screenshot();
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
    const standard = await size();
    await page.getByRole('button', { name: '字号：特大' }).click();
    expect((await size()) / standard).toBeGreaterThanOrEqual(1.25);
    await page.waitForTimeout(500);
    const box = await chart.locator('.chart-box').boundingBox();
    expect(box!.height).toBeGreaterThan(0);
    expect((await chart.locator('canvas').screenshot()).equals(before)).toBe(false);
    // Back to the standard size: nothing stored.
    await page.getByRole('button', { name: '字号：标准' }).click();
    expect(await page.evaluate(() => localStorage.getItem('text-size'))).toBeNull();
    expect(await size()).toBe(standard);
    await context.close();
  });

  it('is hidden, not broken, without JavaScript', async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(suite.site.page(`${r}/innovation/`));
    expect(await page.locator('text-size-switch').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: /字号/ }).count()).toBe(0);
    await context.close();
  });
});

describe('the layout holds when the reader zooms or respaces the text', () => {
  /** The WCAG 1.4.12 text-spacing overrides (the W3C's bookmarklet), plus a root size for text-only zoom. */
  const textSpacing =
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
  const cases = [
    // 200% browser zoom at 390 px is a 195 CSS px viewport at twice the pixel density.
    { name: '200% zoom', viewport: { width: 195, height: 400 }, deviceScaleFactor: 2, css: '' },
    // Text-only zoom scales the text and nothing else; every length of the type scale is in rem.
    {
      name: '200% text-only zoom',
      viewport: { width: 390, height: 800 },
      deviceScaleFactor: 1,
      css: 'html { font-size: 200% !important; }',
    },
    {
      name: 'WCAG 1.4.12 text spacing, at the largest size',
      viewport: { width: 390, height: 800 },
      deviceScaleFactor: 1,
      css: textSpacing,
      size: 'x-large',
    },
  ];
  for (const { name, viewport, deviceScaleFactor, css, size } of cases) {
    it.each(routes)(`${name}: %s has no horizontal scroll and clips no text`, async (route) => {
      const context = await suite.browser.newContext({ viewport, deviceScaleFactor, bypassCSP: true });
      if (size) await context.addInitScript((value) => localStorage.setItem('text-size', value), size);
      const page = await context.newPage();
      await page.goto(suite.site.page(route), { waitUntil: 'load' });
      if (css) await page.addStyleTag({ content: css });
      await page.waitForTimeout(100);
      const overflow = await horizontalOverflow(page);
      expect(overflow.culprits, `page is ${overflow.scrollWidth}px wide in ${overflow.viewport}px`).toEqual([]);
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main *, header *')]
          .filter((element) => element.checkVisibility() && !element.closest('.sr-only, [aria-hidden="true"]'))
          .filter((element) => {
            const style = getComputedStyle(element);
            const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
            return clips && element.textContent?.trim() && element.scrollHeight > element.clientHeight + 1;
          })
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      );
      expect(clipped).toEqual([]);
      await context.close();
    });
  }
});

describe('forced colours (Windows high contrast)', () => {
  it.each([`${r}/investment/`, `${r}/full/`])('%s: charts draw and the pressed choice stays visible', async (route) => {
    const context = await suite.browser.newContext({ forcedColors: 'active', viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(suite.site.page(route), { waitUntil: 'load' });
    const chart = page.locator('chart-figure').first();
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-drawn'), { timeout: 15_000 }).not.toBeNull();
    await page.waitForTimeout(700);
    // Not checked here: that the bars take the system's Highlight colour. draw.ts maps them (global.css sets
    // the chart properties to system colours), but a pixel check of it failed in Chromium's forced-colours
    // emulation and is open (docs/reader-features.md, issue 22's closing note).
    // The pressed choice of each switch is marked in Highlight, not lost in the forced background.
    const pressed = page.getByRole('button', { name: '字号：标准' });
    const colours = await pressed.evaluate((button) => {
      const style = getComputedStyle(button);
      const paper = getComputedStyle(document.body).backgroundColor;
      return { background: style.backgroundColor, paper };
    });
    expect(colours.background).not.toBe(colours.paper);
    await context.close();
  });
});
