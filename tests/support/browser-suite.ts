/** Set-up shared by the browser test files: the built site served locally and one Chromium. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { serveStatic, type StaticSite } from './static-server';

/**
 * Serves the default build (`distDir`) on a free port and launches Chromium before the
 * file's tests, and closes both after them. Read `site` and `browser` inside tests or hooks.
 */
export function useSiteInChromium(): { site: StaticSite; browser: Browser } {
  const suite = {} as { site: StaticSite; browser: Browser };
  beforeAll(async () => {
    [suite.site, suite.browser] = await Promise.all([serveStatic(inject('distDir')), launchChromium()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.site?.close();
  });
  return suite;
}
