/**
 * The keyboard walk: the skip link comes first and moves focus into <main>; Tab reaches every
 * visible control in turn, each with a visible focus indicator. It runs inside the page visits of
 * tests/browser/pages.test.ts (the page is already loaded there); tests/browser/keyboard.test.ts
 * presses the buttons and follows the links.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export const CONTROLS =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Numbers every visible, focusable control (data-gate-control) and returns their descriptions in DOM order. */
export function markControls(page: Page) {
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

/** The focused element as a reader sees it: its control number, its focus indicator, and whether it is in view. */
function readFocus() {
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
    href: element.getAttribute('href'),
    width: rect.width,
    height: rect.height,
    top: rect.top,
  };
}

type FocusState = ReturnType<typeof readFocus>;

/**
 * Records, in the page, where focus is each time Tab is pressed, before the key moves it: that is where the
 * previous press left it, scrolled into view and drawn. A walk of N presses then costs N key presses and one
 * read, not a read after each press (issue 37).
 */
function recordFocusOnTab(read: () => unknown) {
  const w = window as unknown as { __focusLog: unknown[]; __readFocus: () => unknown };
  w.__focusLog = [];
  w.__readFocus = read;
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Tab') w.__focusLog.push(w.__readFocus());
    },
    { capture: true },
  );
}

/**
 * Walks a loaded page with the keyboard from the top (focus on the body, as after loading): the first
 * Tab shows the skip link; Tab reaches every control, each with a visible focus ring; back at the top,
 * Tab and Enter move focus into <main>, and the next Tab stays there. `consoleErrors`: the visit's.
 */
export async function walkWithKeyboard(page: Page, consoleErrors: readonly string[]): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const controls = await markControls(page);
  expect(controls.length).toBeGreaterThan(1);
  const reached = new Set<string>();
  const withoutRing: string[] = [];
  const offscreen: string[] = [];
  // A chart becomes one more tab stop once it has drawn (src/client/chart-keys.ts), which Tab makes happen.
  const charts = await page.locator('chart-figure').count();
  const presses = controls.length + charts + 5;
  // One expression holding both functions' source, evaluated through DevTools (the page's CSP allows no eval).
  await page.evaluate(`(${recordFocusOnTab.toString()})(${readFocus.toString()})`);
  for (let press = 0; press < presses; press++) await page.keyboard.press('Tab');
  // The log's first entry is the body, before the first press; each next one is where a press left focus.
  const states = await page.evaluate(() => {
    const w = window as unknown as { __focusLog: FocusState[]; __readFocus: () => FocusState };
    return [...w.__focusLog.slice(1), w.__readFocus()];
  });
  expect(states, 'one focus record per Tab press').toHaveLength(presses);
  const first = states[0]!;
  for (const state of states) {
    if (state.control === null) continue;
    if (!reached.has(state.control)) {
      reached.add(state.control);
      if (!state.ring) withoutRing.push(state.describe);
      if (!state.visible) offscreen.push(state.describe);
    }
  }
  // The first Tab: the skip link, shown, with a focus indicator.
  expect(first.href).toBe('#main');
  expect(first.width, 'skip link is visible when focused').toBeGreaterThan(20);
  expect(first.height).toBeGreaterThan(10);
  expect(first.top).toBeGreaterThanOrEqual(0);
  expect(first.ring, 'skip link shows a focus indicator').toBe(true);
  // Every control, in turn.
  const missed = controls.filter((_, index) => !reached.has(String(index)));
  expect(missed, 'controls Tab never reaches').toEqual([]);
  expect(withoutRing, 'controls focused without a visible focus indicator').toEqual([]);
  expect(offscreen, 'controls focused while invisible or out of view').toEqual([]);
  expect(consoleErrors).toEqual([]);

  // Back at the top of the page (focus on the body, as after loading), Tab reaches the skip link again
  // and Enter moves focus to the main content.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
  await page.keyboard.press('Enter');
  const after = await page.evaluate(() => ({
    hash: location.hash,
    inMain: !!document.activeElement?.closest('main'),
  }));
  expect(after).toEqual({ hash: '#main', inMain: true });
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const active = document.activeElement!;
      return main.contains(active) || !!(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);
}
