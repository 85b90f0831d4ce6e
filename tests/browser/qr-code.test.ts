/**
 * The QR codes as a reader meets them, read back with zbarimg as a phone would. Every page's code holds its
 * own canonical address (read back from each page's HTML in tests/build/qr-code.test.ts); here each way of
 * meeting it is tried on pages spread over the chapters, the reporter's note and /full/ and over a build
 * at the root and one under BASE_PATH=/sub/ (`cases`: each route once or twice, each way in both builds):
 * - on paper: the page printed to A4 PDF in Chromium, its first page drawn at 150 dpi (pdftoppm); the code
 *   beside the headline gives the page's address, is over 2 cm across and has its 4-module quiet zone;
 * - on screen at 1280 px, dark at the root and light under /sub/ (light at the root in every engine: engine
 *   checks): the share control's 二维码 opens a popover whose code, in a
 *   screenshot, gives the page's address (dark modules on a light field in the dark theme too: zbarimg
 *   reads no inverted code), with no axe violation while open;
 * - on a phone (390 px, touch): no code control at all.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectChromium } from '../support/browser-suite';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server';
import { printToPdf } from '../../scripts/lib/print-pdf';
import { decodeQr, printedQr } from '../support/qr';
import { describeViolations, runAxe } from '../support/axe';
import { firstReport } from '../support/dist';
import { ui } from '../../src/report/site';

const printLine = ui.qrCodePrint;
const r = (page: string) => `/${firstReport}/${page}/`;
const qrButton = { name: /二维码/ };

/** Which pages each build is tried on, for each way a reader meets the code. */
const cases = [
  {
    name: 'at the root',
    dist: 'distDir' as const,
    base: '/',
    // Printed at the root: /full/ and a chapter, in tests/browser/print.test.ts (from the PDFs it makes anyway).
    printed: [],
    // The light theme at the root is tried in every engine (tests/support/engine-checks.ts, 二维码 at 1280 px).
    screen: { dark: r('full') },
    phone: [r('industry-clusters')],
  },
  {
    name: 'under BASE_PATH=/sub/',
    dist: 'subDistDir' as const,
    base: '/sub/',
    printed: [r('reporters-note')],
    screen: { light: r('reporters-note') },
    // Which controls a phone shows is the stylesheet's, the same under any base path: tried at the root.
    phone: [],
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await connectChromium();
});
afterAll(() => browser?.close());

describe.each(cases)('a build $name', ({ dist, base, printed: printedRoutes, screen, phone }) => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(inject(dist), base);
  });
  afterAll(() => site?.close());
  const address = (route: string) => `https://example.org${base}${route.slice(1)}`;

  if (printedRoutes.length)
    it.each(printedRoutes)(
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

  describe.each(Object.entries(screen) as ['light' | 'dark', string][])(
    'on a wide screen, %s',
    (colorScheme, route) => {
      it.each([route])('%s: 二维码 beside 分享 shows a code of the address that a phone reads', async (route) => {
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
    },
  );

  if (phone.length)
    it.each(phone)('%s: on a phone, no code control is in the way', async (route) => {
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
