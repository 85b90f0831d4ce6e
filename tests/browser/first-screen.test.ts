/**
 * Every page's first screen fits one round trip: the head, the render-blocking CSS and the HTML up to
 * the end of the first screen, gzipped, ≤ 14 KB (issue 13), at a 390 × 800 phone and at Lighthouse's
 * mobile viewport (412 × 823).
 */
import { connectChromium } from '../support/browser-suite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server';
import { FIRST_SCREEN_BUDGET, measureFirstScreen } from '../../scripts/lib/first-screen';
import { contentPages } from '../support/dist';

const distDir = inject('distDir');
// Every page a reader reads (the old addresses are redirect pages, with no first screen of their own).
const routes = contentPages(distDir).map((page) => page.route);
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each([
  { width: 390, height: 800 },
  { width: 412, height: 823 },
])('the first screen at $width × $height', (viewport) => {
  it.each(routes)('%s: head + CSS + HTML to the end of the first screen ≤ 14 KB gzipped', async (route) => {
    const measured = await measureFirstScreen(browser, distDir, server.url.replace(/\/$/, ''), route, viewport);
    expect(measured.css).toBeGreaterThan(0);
    expect(measured.html).toBeGreaterThan(1000);
    expect(measured.total, JSON.stringify(measured)).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
  });
});
