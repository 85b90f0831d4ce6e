/**
 * The one Chromium visit of a page (issue 37): every probe the browser gates make, in one load at the
 * page's planned setting (tests/support/visit-plan.ts). The visit:
 *
 * 1. opens the page in the file's one tab (`openGateTab`), set to the setting's width and colour scheme, its
 *    storage emptied and the setting's text size stored as a reader's 字号 choice, watched for console
 *    errors, CSP violations, requests to other origins and layout shifts (tests/support/page-probe.ts);
 * 2. checks the first screen: the text size in force when the parser reached <body>, the 字号 control
 *    pressed, the background of the theme, line height ≥ 1.5 and paragraphs ≥ 1.3 × their line height
 *    apart, and at 特大 body text ≥ 22 px on a phone, ≥ 1.25 × standard and controls ≥ 44 × 44 px;
 * 3. stops at every chart until it has drawn, inked its canvas and added its keyboard controls (the
 *    chart's own signals, scripts/lib/engines/read-page.ts), then checks no horizontal overflow, no layout
 *    shift after the load event, and that Home then → on the first chart announces the second bar;
 * 4. on a simplified page, runs axe-core (WCAG 2.0/2.1/2.2 A and AA and best practice);
 * 5. on a simplified page, walks it with the keyboard: the skip link first, then every control with a visible
 *    focus ring (tests/support/keyboard.ts);
 * 6. on a simplified page, presses each kind of button with Enter and with Space (each kind once per run:
 *    `pressed`), then follows a link in the main content with Enter (a 繁體 page has the same controls and
 *    links, proved at build level);
 * 7. and nothing logged an error, broke the CSP or went to another origin on the way.
 *
 * A layout shift while the page loads depends on how fast the machine parses it; it is checked where a
 * slow CPU is emulated, not here (tests/browser/charts.test.ts, tests/browser/first-screen.test.ts).
 */
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StaticSite } from '../../scripts/lib/static-server';
import { readPage } from '../../scripts/lib/engines/read-page';
import { ChromiumTab } from '../../scripts/lib/engines/chromium';
import { describeViolations, runAxe } from './axe';
import { markControls, walkWithKeyboard } from './keyboard';
import { horizontalOverflow, pageRecords, watchContext, type PageFindings } from './page-probe';
import { announceSecondBar, expectedAnnouncement, expectLineBreaking } from './engine-checks';
import { textSizeStorageKey } from '../../src/head/text-size';
import type { PlannedVisit } from './visit-plan';

/** Records, in every document, the text size <html> had when the parser reached <body>. */
function recordSizeAtBody() {
  new MutationObserver((_, observer) => {
    if (!document.body) return;
    (window as unknown as { sizeAtBody: string }).sizeAtBody = document.documentElement.dataset.textSize ?? 'standard';
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** Relative luminance of the page's background (WCAG definition). */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? [])
      .slice(0, 3)
      .map((value) => {
        const channel = Number(value) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });

/** The page's own signals that its first screen is ready: loaded, fonts in, two frames painted. */
const pageReady = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });

/** Measures the text on the page as it is drawn: the root and paragraph size, tight lines, narrow gaps. */
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

/** Counts DOM changes (the gate's own marker attributes aside) and popover toggles from now on. */
const watchMutations = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __gateMutations: number; __gateObserver?: MutationObserver };
    w.__gateMutations = 0;
    if (w.__gateObserver) return;
    w.__gateObserver = new MutationObserver((records) => {
      w.__gateMutations += records.filter((record) => record.attributeName !== 'data-gate-control').length;
    });
    // A popover (the 二维码 panel) opens in the top layer without touching the DOM: its toggle counts.
    document.addEventListener('toggle', () => (w.__gateMutations += 1), { capture: true });
    w.__gateObserver.observe(document.documentElement, {
      attributes: true,
      childList: true,
      subtree: true,
      characterData: true,
    });
  });

/** Waits until the page has handled a key press: two frames, so its handlers and their DOM changes have run. */
const handled = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Presses every button-like control of a kind not pressed before in this run (`pressed`) with Enter and with
 * Space: each must change the page or go to another. The kind is the control's element, role and name, so a
 * control on every page (the theme switch) is pressed once, and one found on one page only is pressed there.
 */
async function pressControls(page: Page, url: string, findings: PageFindings, pressed: Set<string>) {
  const reload = async () => {
    await page.goto(url, { waitUntil: 'load' });
    await pageReady(page);
  };
  let controls = await markControls(page);
  const actionable = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '[data-gate-control]:is(button, summary, [role="button"], [role="switch"], [role="tab"])',
      ),
    ].map((element) => ({
      control: element.dataset.gateControl!,
      kind: [
        element.localName,
        element.getAttribute('role') ?? '',
        element.dataset.choice ?? '',
        (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ].join('|'),
    })),
  );
  await watchMutations(page);
  for (const { control, kind } of actionable) {
    if (pressed.has(kind)) continue;
    pressed.add(kind);
    for (const key of ['Enter', 'Space']) {
      const before = page.url();
      await page.focus(`[data-gate-control="${control}"]`);
      await page.evaluate(() => ((window as unknown as { __gateMutations: number }).__gateMutations = 0));
      await page.keyboard.press(key);
      // A control that leads to another page (繁/简) is followed: wait for that page, not for a frame.
      if (page.url() !== before) await page.waitForLoadState('load');
      else await handled(page).catch(() => undefined);
      const mutations = await page
        .evaluate(() => (window as unknown as { __gateMutations: number }).__gateMutations)
        .catch(() => 0);
      expect(mutations > 0 || page.url() !== before, `${controls[Number(control)]} did nothing on ${key}`).toBe(true);
      if (page.url() !== before) {
        await reload();
        controls = await markControls(page);
        await watchMutations(page);
      }
    }
  }
  // The preference buttons remember their choice: leave the rest of the visit the page as planned.
  await page.evaluate(() => localStorage.clear());
  expect(findings.consoleErrors).toEqual([]);
}

/** Follows the first link to another page of the site inside the main content with Enter. */
async function followLinkByKeyboard(page: Page) {
  const link = await page.evaluate(() => {
    const anchor = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find(
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
  if (!link) return;
  await page.focus('[data-gate-link]');
  await Promise.all([page.waitForURL(link), page.keyboard.press('Enter')]);
  expect(page.url()).toBe(link);
  await page.waitForLoadState('load');
}

/** The one tab the gate visits every page of a file in (issue 37): a fresh context per visit cost ~1.5 s of CPU. */
export interface GateTab {
  context: BrowserContext;
  page: Page;
  watch: Awaited<ReturnType<typeof watchContext>>;
}

/** Opens the gate's tab: the watchers and the size recorder run in every document it loads. */
export async function openGateTab(suite: { site: StaticSite; browser: Browser }): Promise<GateTab> {
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 800 } });
  await context.addInitScript(recordSizeAtBody);
  const watch = await watchContext(context, suite.site.origin);
  return { context, page: await context.newPage(), watch };
}

/**
 * One visit of `visit.route` in Chromium at its planned setting, making every check listed above. The tab is
 * set as a new reader's would be: the setting's width and colour scheme, nothing stored but the setting's 字号
 * (written before the page loads), the findings emptied.
 */
export async function gateVisit(
  suite: { site: StaticSite; browser: Browser },
  tab: GateTab,
  visit: PlannedVisit,
  pressed: Set<string>,
): Promise<void> {
  const { route, width, theme, size } = visit;
  const { page, watch } = tab;
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: theme });
  // Storage is the origin's: it is emptied from the page the last visit left on the site. The first visit
  // starts on the 404 page (a plain file such as robots.txt would make Chromium ask for /favicon.ico, a 404).
  if (!page.url().startsWith(suite.site.origin)) await page.goto(suite.site.page('/404.html'), { waitUntil: 'load' });
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      sessionStorage.clear();
      if (value !== 'standard') localStorage.setItem(key!, value!);
    },
    [textSizeStorageKey, size],
  );
  watch.reset();
  const url = suite.site.page(route);
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.ok(), `${route} answered ${response?.status()}`).toBe(true);
  await pageReady(page);

  // 2. The first screen.
  expect(await page.evaluate(() => (window as unknown as { sizeAtBody: string }).sizeAtBody), 'size at <body>').toBe(
    size,
  );
  const control = page.locator(`text-size-switch [data-choice="${size}"]`);
  // Every page but a chart's embed page (framed on other sites, with no toolbar) has the 字号 control.
  if (!/(^|\/)embed\//.test(route)) expect(await control.getAttribute('aria-pressed')).toBe('true');
  const luminance = await backgroundLuminance(page);
  if (theme === 'dark') expect(luminance, 'dark page background').toBeLessThan(0.1);
  else expect(luminance, 'light page background').toBeGreaterThan(0.8);
  const text = await measureText(page);
  expect(text.tight, 'text with line height under 1.5').toEqual([]);
  expect(text.narrowGaps, 'paragraphs closer than 1.3 × the line spacing').toEqual([]);
  if (size === 'x-large') {
    expect(text.rootSize / 16).toBeGreaterThanOrEqual(1.25);
    if (text.paragraphSize) expect(text.paragraphSize).toBeGreaterThanOrEqual(width < 768 ? 22 : 23);
    expect(await smallTargets(page), 'controls under 44 × 44 px').toEqual([]);
  }

  // 3. Every chart, the whole page.
  const loadEnd = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  const reading = await page.evaluate(readPage);
  expectLineBreaking(route, reading);
  for (const chart of reading.charts) {
    expect(chart.drawn, `chart ${chart.id} drawn once scrolled to`).toBe(true);
    expect(chart.width, `chart ${chart.id} width`).toBeGreaterThan(Math.min(200, width - 120));
    expect(chart.inked, `chart ${chart.id} inked pixels`).toBeGreaterThan(2000);
  }
  const overflow = await horizontalOverflow(page);
  expect(overflow.culprits, `page is ${overflow.scrollWidth}px wide in a ${overflow.viewport}px viewport`).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.viewport);
  const records = await pageRecords(page);
  const shifts = records.layoutShifts.filter((entry) => entry.startTime > loadEnd);
  expect(shifts, 'layout shifts after the load event').toEqual([]);
  if (reading.charts.length) {
    const announced = await announceSecondBar(new ChromiumTab(page, async () => {}));
    expect(announced.said, 'the arrow key announces the second bar').toBe(expectedAnnouncement(route, announced));
  }

  // 4 and 5, on the simplified pages: axe from the top of the page, then the keyboard walk. A 繁體 page has its
  // twin's elements, attributes, roles, ids and order with only the words converted (tests/build/zh-hant.test.ts),
  // and the same stylesheet: what axe and the walk read (names present, contrast, landmarks, focus order and
  // rings) is its twin's. Its visit keeps the probes its glyphs can change: the layout, charts and errors.
  if (visit.edition === 'hans') {
    await page.evaluate(() => window.scrollTo(0, 0));
    const results = await runAxe(page);
    expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
    expect(describeViolations(results)).toEqual([]);
    await walkWithKeyboard(page, watch.findings.consoleErrors);
  }

  // 7 (before 6 leaves the page). Errors, CSP, other origins.
  expect(watch.findings.consoleErrors).toEqual([]);
  expect([...records.cspViolations, ...watch.findings.cspViolations]).toEqual([]);
  expect(watch.findings.foreignRequests).toEqual([]);

  // 6. Buttons by Enter and Space, then a link by Enter: on the simplified pages. A 繁體 page has the same
  // controls and links, in the same order, with converted words and its own addresses (tests/build/zh-hant.test.ts
  // proves it), so its keys would do what its twin's did; its visit keeps the probes its glyphs can change.
  if (visit.edition === 'hant') return;
  await page.goto(url, { waitUntil: 'load' });
  await pageReady(page);
  await pressControls(page, url, watch.findings, pressed);
  await page.goto(url, { waitUntil: 'load' });
  await pageReady(page);
  await followLinkByKeyboard(page);
  expect(watch.findings.consoleErrors).toEqual([]);
  expect(watch.findings.cspViolations).toEqual([]);
  expect(watch.findings.foreignRequests).toEqual([]);
}
