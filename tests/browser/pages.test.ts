/**
 * Every page of the built site, discovered from dist/, in Debian's Chromium at
 * four widths in both colour schemes: it must render without horizontal
 * overflow, console errors, CSP violations, requests to other origins or layout
 * shifts while a reader scrolls to the end.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readPages } from '../support/dist';
import { useSiteInChromium } from '../support/browser-suite';
import { horizontalOverflow, pageRecords, scrollToEnd, settle, watchContext } from '../support/page-probe';

const routes = readPages(inject('distDir')).map((page) => page.route);
const widths = [320, 390, 768, 1280];
const schemes = ['light', 'dark'] as const;

const suite = useSiteInChromium();

/** Relative luminance of a CSS rgb() colour (WCAG definition). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

it('finds the pages to test in dist/', () => {
  expect(routes).toContain('/');
  expect(routes.length).toBeGreaterThanOrEqual(6);
});

for (const scheme of schemes) {
  for (const width of widths) {
    describe(`at ${width} px, ${scheme}`, () => {
      let context: BrowserContext;
      let page: Page;
      let watch: Awaited<ReturnType<typeof watchContext>>;
      beforeAll(async () => {
        context = await suite.browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
        watch = await watchContext(context, suite.site.origin);
        page = await context.newPage();
      });
      afterAll(() => context?.close());

      it.each(routes)('%s renders cleanly from top to end', async (route) => {
        watch.reset();
        const response = await page.goto(suite.site.page(route), { waitUntil: 'load' });
        expect(response?.ok(), `${route} answered ${response?.status()}`).toBe(true);
        await settle(page, watch.findings);

        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        if (scheme === 'dark') expect(luminance(background), `dark page background ${background}`).toBeLessThan(0.1);
        else expect(luminance(background), `light page background ${background}`).toBeGreaterThan(0.8);

        await scrollToEnd(page, watch.findings);
        const overflow = await horizontalOverflow(page);
        const records = await pageRecords(page);
        const shift = records.layoutShifts.reduce((sum, entry) => sum + entry.value, 0);

        expect(
          overflow.culprits,
          `page is ${overflow.scrollWidth}px wide in a ${overflow.viewport}px viewport`,
        ).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.viewport);
        expect(watch.findings.consoleErrors).toEqual([]);
        expect([...records.cspViolations, ...watch.findings.cspViolations]).toEqual([]);
        expect(watch.findings.foreignRequests).toEqual([]);
        expect(shift, `layout shifts: ${JSON.stringify(records.layoutShifts)}`).toBe(0);
      });
    });
  }
}
