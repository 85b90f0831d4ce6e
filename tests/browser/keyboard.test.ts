/**
 * Keyboard use of every page, discovered from dist/: the skip link comes first
 * and moves focus to the main content; Tab reaches every visible control in
 * turn, each with a visible focus indicator; buttons and disclosure widgets
 * respond to Enter and to Space; links follow on Enter.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentPages } from '../support/dist';
import { useSiteInChromium, useWatchedPage } from '../support/browser-suite';
import { settle } from '../support/page-probe';

const routes = contentPages(inject('distDir')).map((page) => page.route);
const CONTROLS =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const suite = useSiteInChromium();

/** Numbers every visible, focusable control (data-gate-control) and returns their descriptions in DOM order. */
function markControls(page: Page) {
  return page.evaluate((selector) => {
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        !element.closest('[inert], [hidden]') &&
        (element.checkVisibility({ visibilityProperty: true }) ||
          // A skip link is visually hidden until focused, but it is a control.
          element.matches('a[href^="#"]')) &&
        !(element.tagName === 'SUMMARY' && element !== element.parentElement?.querySelector('summary')),
    );
    return controls.map((element, index) => {
      element.dataset.gateControl = String(index);
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
      return `${element.tagName.toLowerCase()} “${name.slice(0, 40)}”`;
    });
  }, CONTROLS);
}

/** The focused element: its control number, and whether a focus indicator is drawn. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { control: null, ring: false, visible: false, describe: 'body' };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = element.getBoundingClientRect();
    return {
      control: element.dataset.gateControl ?? null,
      ring: outline || shadow,
      visible: rect.width > 2 && rect.height > 2 && rect.bottom > 0 && rect.top < window.innerHeight,
      describe: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? ''} “${(element.textContent ?? '').trim().slice(0, 30)}”`,
    };
  });
}

for (const width of [390, 1280]) {
  describe(`keyboard at ${width} px`, () => {
    const view = useWatchedPage(suite, { viewport: { width, height: 800 } });

    const open = async (route: string) => {
      view.watch.reset();
      await view.page.goto(suite.site.page(route), { waitUntil: 'load' });
      await settle(view.page, view.watch.findings);
    };

    // One visit per page for the skip link and the Tab order: the walk's first Tab is the page's first Tab.
    it.each(routes)(
      '%s: the first Tab shows a skip link that moves focus to the main content; Tab reaches every control in order, each with a visible focus ring',
      async (route) => {
        await open(route);
        const controls = await markControls(view.page);
        expect(controls.length).toBeGreaterThan(1);
        const reached = new Set<string>();
        const withoutRing: string[] = [];
        const offscreen: string[] = [];
        let first: { href: string | null; width: number; height: number; top: number; ring: boolean } | undefined;
        // A chart becomes one more tab stop once it has drawn (src/client/chart-keys.ts), which Tab makes happen.
        const charts = await view.page.locator('chart-figure').count();
        for (let press = 0; press < controls.length + charts + 5; press++) {
          await view.page.keyboard.press('Tab');
          if (press === 0) {
            first = {
              ...(await view.page.evaluate(() => {
                const element = document.activeElement as HTMLAnchorElement;
                const rect = element.getBoundingClientRect();
                return { href: element.getAttribute('href'), width: rect.width, height: rect.height, top: rect.top };
              })),
              ring: (await focusState(view.page)).ring,
            };
          }
          const state = await focusState(view.page);
          if (state.control === null) continue;
          if (!reached.has(state.control)) {
            reached.add(state.control);
            if (!state.ring) withoutRing.push(state.describe);
            if (!state.visible) offscreen.push(state.describe);
          }
        }
        // The first Tab: the skip link, shown, with a focus indicator.
        expect(first!.href).toBe('#main');
        expect(first!.width, 'skip link is visible when focused').toBeGreaterThan(20);
        expect(first!.height).toBeGreaterThan(10);
        expect(first!.top).toBeGreaterThanOrEqual(0);
        expect(first!.ring, 'skip link shows a focus indicator').toBe(true);
        // Every control, in turn.
        const missed = controls.filter((_, index) => !reached.has(String(index)));
        expect(missed, 'controls Tab never reaches').toEqual([]);
        expect(withoutRing, 'controls focused without a visible focus indicator').toEqual([]);
        expect(offscreen, 'controls focused while invisible or out of view').toEqual([]);
        expect(view.watch.findings.consoleErrors).toEqual([]);

        // Back at the top of the page (focus on the body, as after loading), Tab reaches the skip link again
        // and Enter moves focus to the main content.
        await view.page.evaluate(() => {
          window.scrollTo(0, 0);
          document.body.tabIndex = -1;
          document.body.focus();
          document.body.removeAttribute('tabindex');
        });
        await view.page.keyboard.press('Tab');
        expect(await view.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
        await view.page.keyboard.press('Enter');
        const after = await view.page.evaluate(() => ({
          hash: location.hash,
          inMain: !!document.activeElement?.closest('main'),
        }));
        expect(after).toEqual({ hash: '#main', inMain: true });
        // The next Tab continues inside the main content, not back in the header.
        await view.page.keyboard.press('Tab');
        expect(
          await view.page.evaluate(() => {
            const main = document.querySelector('main')!;
            const active = document.activeElement!;
            return main.contains(active) || !!(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
          }),
        ).toBe(true);
      },
    );

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
          w.__gateObserver ??= new MutationObserver((records) => {
            w.__gateMutations += records.filter((record) => record.attributeName !== 'data-gate-control').length;
          });
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
      // No error tolerated after following the link either (the view transition's "aborted because of
      // invalid state" came from the test server's no-store stylesheets; it now caches as deployed).
      expect(view.watch.findings.consoleErrors).toEqual([]);
    });
  });
}
