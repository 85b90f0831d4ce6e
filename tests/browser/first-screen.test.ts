/**
 * Every page's first screen fits one round trip: the head, the render-blocking CSS and the HTML up to
 * the end of the first screen, gzipped, ≤ 14 KB (issue 13), at a 390 × 800 phone and at Lighthouse's
 * mobile viewport (412 × 823).
 */
import { connectChromium } from '../support/browser-suite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server';
import { FIRST_SCREEN_BUDGET, firstScreenContext, measureFirstScreens } from '../../scripts/lib/first-screen';
import { contentPages } from '../support/dist';

const distDir = inject('distDir');
// Every page a reader reads (the old addresses are redirect pages, with no first screen of their own).
const routes = contentPages(distDir).map((page) => page.route);
let browser: Browser;
/** One tab (JavaScript off) for every page, a load each: nothing it reads outlives the document (issue 37). */
let context: BrowserContext;
let tab: Page;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await connectChromium();
  context = await firstScreenContext(browser);
  tab = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A phone, and Lighthouse's mobile viewport. */
const viewports = [
  { width: 390, height: 800 },
  { width: 412, height: 823 },
];

it.each(routes)(
  '%s: head + CSS + HTML to the end of the first screen ≤ 14 KB gzipped, at 390 × 800 and 412 × 823',
  async (route) => {
    const measured = await measureFirstScreens(tab, distDir, server.url.replace(/\/$/, ''), route, viewports);
    for (const [index, screen] of measured.entries()) {
      const at = `${viewports[index]!.width} × ${viewports[index]!.height}`;
      expect(screen.css, at).toBeGreaterThan(0);
      expect(screen.html, at).toBeGreaterThan(1000);
      expect(screen.total, `${at}: ${JSON.stringify(screen)}`).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
    }
  },
);
