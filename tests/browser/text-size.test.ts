/**
 * 关怀模式 in Chromium. Each page at its planned text size (the size in force from the first parse, no
 * overflow, shift or axe violation, charts drawn, spacing, at 特大 the type and target sizes) is checked in
 * the page gate's one visit (tests/support/gate-visit.ts); choosing a size with the control, and keeping
 * it on the next page, in every engine (tests/support/engine-checks.ts). Here: changing the size on a page
 * redraws the charts; the control is hidden without JavaScript; the layout holds at 200% zoom, 200%
 * text-only zoom, with the WCAG 1.4.12 text-spacing overrides and in forced colours (Windows high contrast).
 */
import { describe, expect, inject, it } from 'vitest';
import { contentPages, firstReport } from '../support/dist';
import { useSiteInChromium } from '../support/browser-suite';
import { horizontalOverflow } from '../support/page-probe';
import { isHantPath } from '../../src/hant/addresses';

const routes = contentPages(inject('distDir')).map((page) => page.route);
const simplifiedRoutes = routes.filter((route) => !isHantPath(route));
const suite = useSiteInChromium();
const r = `/${firstReport}`;

describe('changing the size on a page', () => {
  it('scales the text at once and redraws the charts with larger labels', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(suite.site.page(`${r}/investment/`), { waitUntil: 'load' });
    const chart = page.locator('chart-figure').first();
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-drawn-as'), { timeout: 15_000 }).not.toBeNull();
    const drawnAs = await chart.getAttribute('data-drawn-as');
    const before = await chart.locator('canvas').screenshot();
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
    const standard = await size();
    await page.locator('[data-reader-settings]').click();
    await page.getByRole('button', { name: '字号：特大' }).click();
    expect((await size()) / standard).toBeGreaterThanOrEqual(1.25);
    // The chart's own signal that it has been drawn again, for the new size (src/client/draw.ts).
    await expect.poll(() => chart.getAttribute('data-drawn-as'), { timeout: 15_000 }).not.toBe(drawnAs);
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
  /** What the reader's change does to the page, in the order one load goes through them. */
  const cases = [
    // 200% browser zoom at 390 px is a 195 CSS px viewport at twice the pixel density.
    { name: '200% zoom', viewport: { width: 195, height: 400 }, css: '' },
    // Text-only zoom scales the text and nothing else; every length of the type scale is in rem.
    { name: '200% text-only zoom', viewport: { width: 390, height: 800 }, css: 'html { font-size: 200% !important; }' },
    {
      name: 'WCAG 1.4.12 text spacing, at the largest size',
      viewport: { width: 390, height: 800 },
      css: textSpacing,
      size: 'x-large',
    },
  ];
  // The 繁體 pages have the same elements with converted glyphs (tests/build/zh-hant.test.ts): their layout is
  // checked at 特大 on a phone in the page gate. One load a page goes through the three changes in turn.
  it.each(simplifiedRoutes)(
    '%s: at 200% zoom, 200% text-only zoom and with the text spacing at 特大, no horizontal scroll and no clipped text',
    async (route) => {
      const context = await suite.browser.newContext({
        viewport: cases[0]!.viewport,
        deviceScaleFactor: 2,
        bypassCSP: true,
      });
      const page = await context.newPage();
      await page.goto(suite.site.page(route), { waitUntil: 'load' });
      for (const { name, viewport, css, size } of cases) {
        await page.setViewportSize(viewport);
        await page.evaluate(
          ({ css, size }) => {
            document.querySelector('style[data-gate-case]')?.remove();
            // What the head script does with a stored 字号 choice.
            if (size) document.documentElement.dataset.textSize = size;
            if (css) {
              const style = Object.assign(document.createElement('style'), { textContent: css });
              style.dataset.gateCase = '';
              document.head.append(style);
            }
          },
          { css, size },
        );
        // Laid out again: the fonts in and two frames painted.
        await page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        });
        const overflow = await horizontalOverflow(page);
        expect(overflow.culprits, `${name}: page is ${overflow.scrollWidth}px wide in ${overflow.viewport}px`).toEqual(
          [],
        );
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
        expect(clipped, name).toEqual([]);
      }
      await context.close();
    },
  );
});

describe('forced colours (Windows high contrast)', () => {
  it.each([`${r}/investment/`, `${r}/full/`])('%s: charts draw and the pressed choice stays visible', async (route) => {
    const context = await suite.browser.newContext({ forcedColors: 'active', viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(suite.site.page(route), { waitUntil: 'load' });
    const chart = page.locator('chart-figure').first();
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-drawn-as'), { timeout: 15_000 }).not.toBeNull();
    // Not checked here: that the bars take the system's Highlight colour. draw.ts maps them (global.css sets
    // the chart properties to system colours), but a pixel check of it failed in Chromium's forced-colours
    // emulation and is open (docs/reader-features.md, issue 22's closing note).
    // The pressed choice of each switch is marked in Highlight, not lost in the forced background.
    await page.locator('[data-reader-settings]').click();
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
