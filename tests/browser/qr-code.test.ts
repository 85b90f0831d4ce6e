/**
 * The QR codes as a reader meets them, read back with zbarimg as a phone would: for every chapter, the
 * reporter's note and /full/, in a build at the root and one under BASE_PATH=/sub/,
 * - on paper: the page printed to A4 PDF in Chromium, its first page drawn at 150 dpi (pdftoppm); the code
 *   beside the headline gives the page's address, is over 2 cm across and has its 4-module quiet zone;
 * - on screen at 1280 px, light and dark: the share control's 二维码 opens a popover whose code, in a
 *   screenshot, gives the page's address (dark modules on a light field in the dark theme too: zbarimg
 *   reads no inverted code), with no axe violation while open;
 * - on a phone (390 px, touch): no code control at all.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server';
import { printToPdf } from '../../scripts/lib/print-pdf';
import { decodeQr, printedQr } from '../support/qr';
import { describeViolations, runAxe } from '../support/axe';
import { firstReport } from '../support/dist';

const printLine = '扫码阅读网络版，查看交互图表';
const routes = ['industry-clusters', 'investment', 'innovation', 'reporters-note', 'full'].map(
  (page) => `/${firstReport}/${page}/`,
);
const qrButton = { name: /二维码/ };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each([
  { name: 'at the root', dist: 'distDir' as const, base: '/' },
  { name: 'under BASE_PATH=/sub/', dist: 'subDistDir' as const, base: '/sub/' },
])('a build $name', ({ dist, base }) => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(inject(dist), base);
  });
  afterAll(() => site?.close());
  const address = (route: string) => `https://example.org${base}${route.slice(1)}`;

  it.each(routes)(
    '%s prints a code of its address beside the headline, over 2 cm with its quiet zone',
    async (route) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const printed = await printToPdf(page, site.page(route), { drawCharts: false });
      await context.close();
      const code = printedQr(printed.pdf, printLine);
      expect(code.texts).toEqual([address(route)]);
      expect(code.widthMm).toBeGreaterThanOrEqual(20);
      expect(code.moduleMm).toBeGreaterThan(0.5);
      expect(code.quietZoneModules).toBeGreaterThanOrEqual(4);
      // Beside the headline: on the first page, with the line that says what it is for.
      expect(printed.pages[0]!.replace(/\s+/g, '')).toContain(printLine);
    },
    // Printing, drawing the page and decoding it take a while on a busy machine.
    120_000,
  );

  describe.each(['light', 'dark'] as const)('on a wide screen, %s', (colorScheme) => {
    it.each(routes)('%s: 二维码 beside 分享 shows a code of the address that a phone reads', async (route) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(site.page(route), { waitUntil: 'load' });
      const panel = page.locator('#qr-code-panel');
      expect(await panel.isVisible()).toBe(false);
      await page.getByRole('button', qrButton).click();
      await panel.waitFor({ state: 'visible' });
      expect(decodeQr(await page.screenshot())).toEqual([address(route)]);
      expect(describeViolations(await runAxe(page))).toEqual([]);
      // Esc closes it, as any popover.
      await page.keyboard.press('Escape');
      expect(await panel.isVisible()).toBe(false);
      await context.close();
    });
  });

  it.each(routes)('%s: on a phone, no code control is in the way', async (route) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(site.page(route), { waitUntil: 'load' });
    expect(await page.getByRole('button', { name: /分享/ }).count()).toBe(1);
    expect(await page.getByRole('button', qrButton).count()).toBe(0);
    expect(decodeQr(await page.screenshot({ fullPage: true }))).toEqual([]);
    await context.close();
  });
});
