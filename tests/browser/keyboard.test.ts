/**
 * Keyboard use of every page, discovered from dist/: buttons and disclosure widgets respond to Enter
 * and to Space; links follow on Enter. The walk (the skip link first, then Tab through every control
 * with a visible focus ring) runs in the page visits of pages.test.ts (tests/support/keyboard.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { contentPages } from '../support/dist';
import { useSiteInChromium, useWatchedPage } from '../support/browser-suite';
import { settle } from '../support/page-probe';
import { markControls } from '../support/keyboard';

const routes = contentPages(inject('distDir')).map((page) => page.route);

const suite = useSiteInChromium();

for (const width of [390, 1280]) {
  describe(`keyboard at ${width} px`, () => {
    const view = useWatchedPage(suite, { viewport: { width, height: 800 } });

    const open = async (route: string) => {
      view.watch.reset();
      await view.page.goto(suite.site.page(route), { waitUntil: 'load' });
      await settle(view.page, view.watch.findings);
    };

    it.each(routes)('%s: buttons and disclosures respond to Enter and Space; links follow on Enter', async (route) => {
      await open(route);
      const controls = await markControls(view.page);
      const actionable = await view.page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '[data-gate-control]:is(button, summary, [role="button"], [role="switch"], [role="tab"])',
          ),
        ].map((element) => element.dataset.gateControl!),
      );
      /** Counts DOM changes from now on (our own marker attributes aside). */
      const watchMutations = () =>
        view.page.evaluate(() => {
          const w = window as unknown as { __gateMutations: number; __gateObserver?: MutationObserver };
          w.__gateMutations = 0;
          const first = !w.__gateObserver;
          w.__gateObserver ??= new MutationObserver((records) => {
            w.__gateMutations += records.filter((record) => record.attributeName !== 'data-gate-control').length;
          });
          // A popover (the 二维码 panel) opens in the top layer without touching the DOM: its toggle counts.
          if (first) document.addEventListener('toggle', () => (w.__gateMutations += 1), { capture: true });
          w.__gateObserver.observe(document.documentElement, {
            attributes: true,
            childList: true,
            subtree: true,
            characterData: true,
          });
        });
      await watchMutations();
      for (const control of actionable) {
        for (const key of ['Enter', 'Space']) {
          const before = view.page.url();
          await view.page.focus(`[data-gate-control="${control}"]`);
          await view.page.evaluate(() => ((window as unknown as { __gateMutations: number }).__gateMutations = 0));
          await view.page.keyboard.press(key);
          await settle(view.page, view.watch.findings, 60);
          const mutations = await view.page
            .evaluate(() => (window as unknown as { __gateMutations: number }).__gateMutations)
            .catch(() => 0);
          expect(
            mutations > 0 || view.page.url() !== before,
            `${controls[Number(control)]} did nothing on ${key}`,
          ).toBe(true);
          if (view.page.url() !== before) {
            await open(route);
            await markControls(view.page);
            await watchMutations();
          }
        }
      }
      // The theme buttons remember the choice; leave the next test the default.
      await view.page.evaluate(() => localStorage.clear());
      // A link: the first link to another page inside the main content follows on Enter.
      await open(route);
      const link = await view.page.evaluate(() => {
        const anchor = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find(
          // A link to a page (not an anchor on this one, not a download).
          (candidate) =>
            candidate.checkVisibility() &&
            !candidate.hasAttribute('download') &&
            candidate.origin === location.origin &&
            /\/$|\.html$/.test(candidate.pathname) &&
            candidate.pathname !== location.pathname,
        );
        if (!anchor) return null;
        anchor.dataset.gateLink = '';
        return anchor.href;
      });
      const errorsBefore = [...view.watch.findings.consoleErrors];
      if (link) {
        await view.page.focus('[data-gate-link]');
        await Promise.all([view.page.waitForURL(link), view.page.keyboard.press('Enter')]);
        expect(view.page.url()).toBe(link);
        await settle(view.page, view.watch.findings);
      }
      expect(errorsBefore).toEqual([]);
      // No error tolerated after following the link either. Chromium's report of a page-to-page transition
      // it skipped (under load: "Page already revealed") is not a page error: page-probe.ts keeps it apart.
      expect(view.watch.findings.consoleErrors).toEqual([]);
    });
  });
}
