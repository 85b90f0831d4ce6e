/**
 * Every page of the built site, discovered from dist/, in Debian's Chromium at
 * four widths in both colour schemes: it must render without horizontal
 * overflow, console errors, CSP violations, requests to other origins or layout
 * shifts while a reader scrolls to the end. At a phone and a desktop width, the
 * same visit then runs axe-core (WCAG 2.0/2.1/2.2 A and AA plus best practice),
 * after the scroll, so lazily drawn content (charts) is checked too. At those two widths in the light
 * scheme the same visit then walks the page with the keyboard (tests/support/keyboard.ts): the skip
 * link first, then Tab through every control, each with a visible focus ring.
 */
import { describe, expect, inject, it } from 'vitest';
import { contentPages } from '../support/dist';
import { useSiteInChromium, useWatchedPage } from '../support/browser-suite';
import { horizontalOverflow, pageRecords, scrollToEnd, settle } from '../support/page-probe';
import { describeViolations, runAxe } from '../support/axe';
import { walkWithKeyboard } from '../support/keyboard';

const routes = contentPages(inject('distDir')).map((page) => page.route);
const widths = [320, 390, 768, 1280];
const schemes = ['light', 'dark'] as const;
/** The widths at which axe runs too, and (in the light scheme) the keyboard walk. */
const axeWidths = new Set([390, 1280]);

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
      const view = useWatchedPage(suite, { viewport: { width, height: 800 }, colorScheme: scheme });

      const axe = axeWidths.has(width);
      const name = axe
        ? '%s renders cleanly from top to end, with no axe violation'
        : '%s renders cleanly from top to end';
      const visit = async (route: string) => {
        view.watch.reset();
        const response = await view.page.goto(suite.site.page(route), { waitUntil: 'load' });
        expect(response?.ok(), `${route} answered ${response?.status()}`).toBe(true);
        await settle(view.page, view.watch.findings);

        const background = await view.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        if (scheme === 'dark') expect(luminance(background), `dark page background ${background}`).toBeLessThan(0.1);
        else expect(luminance(background), `light page background ${background}`).toBeGreaterThan(0.8);

        await scrollToEnd(view.page, view.watch.findings);
        const overflow = await horizontalOverflow(view.page);
        const records = await pageRecords(view.page);
        const shift = records.layoutShifts.reduce((sum, entry) => sum + entry.value, 0);

        expect(
          overflow.culprits,
          `page is ${overflow.scrollWidth}px wide in a ${overflow.viewport}px viewport`,
        ).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.viewport);
        expect(view.watch.findings.consoleErrors).toEqual([]);
        expect([...records.cspViolations, ...view.watch.findings.cspViolations]).toEqual([]);
        expect(view.watch.findings.foreignRequests).toEqual([]);
        expect(shift, `layout shifts: ${JSON.stringify(records.layoutShifts)}`).toBe(0);

        if (axe) {
          await view.page.evaluate(() => window.scrollTo(0, 0));
          const results = await runAxe(view.page);
          expect(results.testEngine.name).toBe('axe-core');
          expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
          expect(describeViolations(results)).toEqual([]);
        }
      };
      const walk = axe && scheme === 'light';
      for (const route of routes) {
        it(name.replace('%s', route), () => visit(route));
        // The keyboard walk, in the page the visit above loaded (loaded again if that visit stopped early).
        if (walk) {
          it(`${route}: the first Tab shows a skip link that moves focus to the main content; Tab reaches every control in order, each with a visible focus ring`, async () => {
            if (view.page.url() !== suite.site.page(route)) {
              view.watch.reset();
              await view.page.goto(suite.site.page(route), { waitUntil: 'load' });
              await settle(view.page, view.watch.findings);
            }
            await walkWithKeyboard(view.page, view.watch.findings.consoleErrors);
          });
        }
      }
    });
  }
}
