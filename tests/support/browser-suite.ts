/** Set-up shared by the browser test files: the built site served locally and one Chromium. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server';
import { watchContext } from './page-probe';

/**
 * The run's one Chromium (started by tests/support/chromium-server.ts). `close()` on it only
 * disconnects this file, closing the contexts it opened.
 */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

/**
 * Serves the default build (`distDir`) on a free port and connects to the run's Chromium before the
 * file's tests, and closes both after them. Read `site` and `browser` inside tests or hooks.
 */
export function useSiteInChromium(): { site: StaticSite; browser: Browser } {
  const suite = {} as { site: StaticSite; browser: Browser };
  beforeAll(async () => {
    [suite.site, suite.browser] = await Promise.all([serveStatic(inject('distDir')), connectChromium()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.site?.close();
  });
  return suite;
}

/**
 * One page in a fresh browser context (`options`: viewport, colour scheme), watched for console
 * errors, CSP violations and requests to other origins, for the tests of one describe block.
 */
export function useWatchedPage(
  suite: { site: StaticSite; browser: Browser },
  options: BrowserContextOptions,
): { page: Page; watch: Awaited<ReturnType<typeof watchContext>> } {
  const view = {} as { page: Page; watch: Awaited<ReturnType<typeof watchContext>> };
  let close = async () => {};
  beforeAll(async () => {
    const context = await suite.browser.newContext(options);
    close = () => context.close();
    view.watch = await watchContext(context, suite.site.origin);
    view.page = await context.newPage();
  });
  afterAll(() => close());
  return view;
}

/** What a tab of `useNewTabs` may set for itself; the rest of BrowserContextOptions is its context's. */
type TabOptions = Pick<BrowserContextOptions, 'viewport' | 'colorScheme' | 'reducedMotion'>;

/**
 * New readers' tabs for a file's tests, from one browser context per set of context options (JavaScript off,
 * touch, a user agent…): a context costs ~1.1–1.6 s of Chromium CPU, a tab ~0.3 s (issue 37). Each tab has
 * its own viewport and media, and its first document finds the origin's storage empty, as a new reader's
 * would; the test's own navigations in it then keep what was stored. `setUp` runs once on each new context
 * (init scripts every tab needs). Close the tab, not the context: the contexts close after the file.
 */
export function useNewTabs(browser: () => Browser, setUp?: (context: BrowserContext) => Promise<unknown>) {
  const contexts = new Map<string, Promise<BrowserContext>>();
  afterAll(async () => {
    for (const context of contexts.values()) await (await context).close();
  });
  return async function newTab(options: TabOptions & BrowserContextOptions = {}): Promise<Page> {
    const { viewport, colorScheme, reducedMotion, ...contextOptions } = options;
    const key = JSON.stringify(contextOptions);
    if (!contexts.has(key))
      contexts.set(
        key,
        browser()
          .newContext(contextOptions)
          .then(async (context) => (await setUp?.(context), context)),
      );
    const page = await (await contexts.get(key)!).newPage();
    await page.setViewportSize(viewport ?? { width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: colorScheme ?? 'light', reducedMotion: reducedMotion ?? 'no-preference' });
    await page.addInitScript(() => {
      // The tab's first top-level document empties the origin's storage; window.name marks the tab as begun.
      if (window !== window.top || window.name === 'xinzhi-tab-begun') return;
      localStorage.clear();
      sessionStorage.clear();
      window.name = 'xinzhi-tab-begun';
    });
    return page;
  };
}
