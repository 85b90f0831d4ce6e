/** Set-up shared by the browser test files: the built site served locally and one Chromium. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
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
