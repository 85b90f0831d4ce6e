/**
 * The charts in Chromium: each draws a non-blank canvas once scrolled into view,
 * tooltips appear on hover, the data toggle works by keyboard, charts re-theme,
 * nothing logs an error, and chart.js is not requested before a chart is near.
 */
import { connectChromium, useNewTabs } from '../support/browser-suite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(inject('distDir'));
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** New readers' tabs of one context (the tests of chart.js's loading, below, keep contexts of their own). */
const newTab = useNewTabs(() => browser);

async function open(route: string, options: Parameters<typeof newTab>[0]): Promise<Page> {
  const page = await newTab(options);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${route}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${route}: ${error.message}`));
  await page.goto(new URL(route.slice(1), server.url).href, { waitUntil: 'load' });
  return page;
}

/** Number of canvas pixels that are not transparent. */
const inkedPixels = (page: Page, index: number) =>
  page.evaluate((i) => {
    const canvas = document.querySelectorAll('chart-figure canvas')[i] as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let p = 3; p < data.length; p += 4) if (data[p]! > 0) count++;
    return count;
  }, index);

async function scrollToChart(page: Page, index: number) {
  const figure = page.locator('chart-figure').nth(index);
  await figure.scrollIntoViewIfNeeded();
  // Drawn to the end of its entry animation: the chart's own signal (data-drawn-as, src/client/draw.ts).
  await page.waitForFunction(
    (i) => !!(document.querySelectorAll('chart-figure')[i] as HTMLElement).dataset.drawnAs,
    index,
  );
  return figure;
}

// That every chart on every page draws a non-blank canvas once scrolled to is checked in each page's visit of the
// page gate (tests/support/gate-visit.ts) and of every engine (tests/support/engine-checks.ts).

describe('a chart', () => {
  it('shows a tooltip with the value, its unit and the source sentence on hover', async () => {
    const page = await open('/cong-xin-chu-fa/investment/', { viewport: { width: 1280, height: 800 } });
    const figure = await scrollToChart(page, 0);
    const canvas = figure.locator('canvas');
    const box = (await canvas.boundingBox())!;
    const tooltip = figure.locator('.chart-tooltip');
    await expect.poll(() => tooltip.isHidden()).toBe(true);
    // The first bar's row: the top part of the plot.
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.18);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await tooltip.textContent();
    expect(text).toContain('签约工业项目：59个');
    expect(text).toContain('目前，全区签约工业项目59个，协议投资额398.09亿元，其中，10亿元以上项目9个。');
    expect(await tooltip.locator('mark').textContent()).toBe('全区签约工业项目59个');
    await page.mouse.move(box.x + box.width / 2, box.y - 80);
    await expect.poll(() => tooltip.isHidden()).toBe(true);
    await page.close();
  });

  it('opens its data table from the keyboard and links a row to the highlighted sentence', async () => {
    const page = await open('/cong-xin-chu-fa/innovation/', { viewport: { width: 390, height: 800 } });
    const figure = page.locator('#dataset-nexteer-output-per-mu');
    const summary = figure.locator('summary').first();
    const table = figure.locator('table');
    expect(await table.isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => table.isVisible()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => table.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    const link = table.locator('a').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#q-nexteer-output-per-mu-industry');
    // The highlight fades in (a short transition), so wait for it.
    await expect
      .poll(() =>
        page.evaluate(
          () => getComputedStyle(document.querySelector(':target')!.closest('.source-sentence')!).backgroundColor,
        ),
      )
      .not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('re-themes when data-theme changes on <html> and when the colour scheme changes', async () => {
    const page = await open('/cong-xin-chu-fa/innovation/', {
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
    });
    await scrollToChart(page, 0);
    const snapshot = () =>
      page.evaluate(() => document.querySelector<HTMLCanvasElement>('chart-figure canvas')!.toDataURL());
    /** What the chart says it was last drawn for, once a drawing is complete (src/client/draw.ts). */
    const drawnAs = () => page.locator('chart-figure').first().getAttribute('data-drawn-as');
    /** The drawing once the chart says it is drawn for something other than `before`. */
    const redrawnFrom = async (before: string | null) => {
      await expect.poll(drawnAs, { timeout: 10_000 }).not.toBe(before);
      return { as: await drawnAs(), image: await snapshot() };
    };
    const light = { as: await drawnAs(), image: await snapshot() };
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const dark = await redrawnFrom(light.as);
    expect(dark.image).not.toBe(light.image);
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    expect(await redrawnFrom(dark.as)).toEqual(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await redrawnFrom(light.as)).toEqual(dark);
    await page.close();
  });
});

describe('loading chart.js', () => {
  it('waits until a chart is near the viewport', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 480 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(new URL('cong-xin-chu-fa/innovation/', server.url).href, { waitUntil: 'networkidle' });
    const distance = await page.evaluate(
      () => document.querySelector('chart-figure')!.getBoundingClientRect().top - innerHeight,
    );
    // Precondition: the first chart starts well beyond the 300 px look-ahead.
    expect(distance).toBeGreaterThan(400);
    const initial = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => new URL(s.src).pathname),
    );
    expect(scripts).toEqual(initial);
    const chartJs = page.waitForResponse(
      async (response) =>
        response.request().resourceType() === 'script' && (await response.text()).includes('Canvas is already in use'),
    );
    await page.locator('chart-figure').first().scrollIntoViewIfNeeded();
    await chartJs;
    expect(scripts.length).toBeGreaterThan(initial.length);
    await context.close();
  });
});

describe('the one-page edition /full/', () => {
  it('draws each chart from the input it fetches (/data/<id>.chart.json)', async () => {
    const page = await open('/cong-xin-chu-fa/full/', { viewport: { width: 390, height: 800 } });
    const count = await page.locator('chart-figure').count();
    expect(count).toBeGreaterThan(0);
    for (const i of [0, count - 1]) {
      await scrollToChart(page, i);
      expect(await inkedPixels(page, i)).toBeGreaterThan(2000);
    }
    await page.close();
  });
});

describe('loading chart.js when a chart is near at load (/innovation/ at 390 × 800)', () => {
  it.each([1, 4])(
    'waits for the load event, the first contentful paint on screen and idle time after it, and nothing shifts (CPU slowed %i×)',
    async (slowdown) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
      const page = await context.newPage();
      if (slowdown > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      }
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number; idleRan: number };
        w.shifts = 0;
        w.idleRan = -1;
        // Notes when an idle callback (the one chart-element.ts waits for) runs.
        const request = window.requestIdleCallback.bind(window);
        window.requestIdleCallback = (callback, options) =>
          request((deadline) => {
            if (w.idleRan < 0) w.idleRan = performance.now();
            callback(deadline);
          }, options);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(new URL('cong-xin-chu-fa/innovation/', server.url).href, { waitUntil: 'load' });
      // Precondition: the first chart is within the 300 px look-ahead from the start.
      const distance = await page.evaluate(
        () => document.querySelector('chart-figure')!.getBoundingClientRect().top - innerHeight,
      );
      expect(distance).toBeLessThan(300);
      // The page's own signals: the chart drawn to the end and its controls wired (after an idle callback), and the
      // first contentful paint reported (the time the frame reached the screen, which Lighthouse reads).
      await page.waitForFunction(
        () =>
          !!document.querySelector<HTMLElement>('chart-figure')!.dataset.drawnAs &&
          !!document.querySelector('chart-figure [data-chart-live]') &&
          performance.getEntriesByName('first-contentful-paint').length > 0,
        null,
        { timeout: 20_000 },
      );
      const timing = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        // The chart runtime: the first script the page did not list in its HTML.
        const listed = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src);
        const chart = performance
          .getEntriesByType('resource')
          .find((entry) => /\.js$/.test(new URL(entry.name).pathname) && !listed.includes(entry.name));
        return {
          loadEnd: navigation.loadEventEnd,
          firstPaint: paint?.startTime ?? Infinity,
          chartRequested: chart?.startTime ?? -1,
          shifts: (window as unknown as { shifts: number }).shifts,
          idleRan: (window as unknown as { idleRan: number }).idleRan,
        };
      });
      expect(timing.firstPaint).toBeLessThan(Infinity);
      // first-contentful-paint's time is when the frame reached the screen (the time Lighthouse reads),
      // which can trail the main thread's paint; the wait is for that report, not for a frame callback.
      expect(timing.chartRequested).toBeGreaterThanOrEqual(timing.loadEnd);
      expect(timing.idleRan).toBeGreaterThanOrEqual(timing.loadEnd);
      expect(timing.idleRan).toBeGreaterThanOrEqual(timing.firstPaint);
      expect(timing.chartRequested).toBeGreaterThanOrEqual(timing.firstPaint);
      expect(timing.chartRequested).toBeGreaterThanOrEqual(timing.idleRan);
      expect(timing.shifts).toBe(0);
      await context.close();
    },
  );
});

describe('the console', () => {
  it('has no errors on any page that was opened', () => {
    expect(errors).toEqual([]);
  });
});
