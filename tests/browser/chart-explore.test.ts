/**
 * Every chart for every reader (issue 12), in Chromium on the built site:
 * - keyboard: each chart is one tab stop; Home, the arrow keys and End walk every bar, and the
 *   live region reads each bar's label and value, checked against the dataset's JSON; Escape
 *   leaves; Enter follows the bar's link to its sentence;
 * - touch at 390 and 320 px: a tap shows the tooltip inside the screen, a tap elsewhere hides it;
 * - without JavaScript: every chart shows its build-time image (light or dark), nothing empty;
 * - with JavaScript: no chart image is downloaded, even after scrolling through every chart;
 * - embeds: the 嵌入 code, pasted into a page of another loopback origin, draws the chart and
 *   keeps the iframe's height right as its width changes, with the embed page served by nginx, by
 *   npm start's preview and by a plain static host (its script is inline: no CORS header needed); the
 *   snippets given out before (the hashed script checked against its integrity hash, in CORS mode, and
 *   embed/resize.js) still work; a page of another origin loaded inside an embed frame cannot set its
 *   height; the report's own pages refuse to be framed (served by deploy/nginx.conf, which sends the
 *   framing headers); without the script, every embed page fits its frame's first height at 360 px.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { IdentifiedDataset } from '../../src/schemas/dataset';
import { datasets } from '../support/datasets';
import { readPages } from '../support/dist';
import { useNewTabs, useSiteInChromium } from '../support/browser-suite';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server';
import { startPreview, type RunningPreview } from '../support/preview';

const distDir = inject('distDir');
// The chapter pages and the cover first, the one-page edition (the same charts again) last.
const pages = readPages(distDir)
  .filter((page) => !page.route.startsWith('/embed/'))
  .sort((a, b) => Number(a.route.endsWith('/full/')) - Number(b.route.endsWith('/full/')));
/** Each chart once, on the first page (in file order) that carries it. */
const charts = new Map<string, string>();
for (const page of pages) {
  page.$('chart-figure').each((_, element) => {
    const id = page.$(element).closest('figure').attr('data-dataset')!;
    if (!charts.has(id)) charts.set(id, page.route);
  });
}
const chartPages = [...new Set(charts.values())];
const datasetById = new Map(datasets.map((dataset) => [dataset.id, dataset]));

const suite = useSiteInChromium();

const newTab = useNewTabs(() => suite.browser);

async function newPage(options: BrowserContextOptions = {}) {
  const page = await newTab({ viewport: { width: 1280, height: 800 }, ...options });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, errors, close: () => page.close() };
}

/**
 * A tab shared by the tests of one kind (touch, no JavaScript): a browser context costs ~1.5 s of Chromium CPU,
 * a page load ~0.3 s (issue 37). Each use sets its width and colour scheme and empties the error list; what the
 * tests read lives in the document, which their own load replaces.
 */
const sharedTabs = new Map<string, ReturnType<typeof newPage>>();
async function sharedTab(
  kind: 'touch' | 'no-script',
  { width, height, colorScheme = 'light' }: { width: number; height: number; colorScheme?: 'light' | 'dark' },
) {
  if (!sharedTabs.has(kind))
    sharedTabs.set(kind, newPage(kind === 'touch' ? { hasTouch: true, isMobile: true } : { javaScriptEnabled: false }));
  const view = await sharedTabs.get(kind)!;
  await view.page.setViewportSize({ width, height });
  await view.page.emulateMedia({ colorScheme });
  view.errors.length = 0;
  return view;
}
afterAll(async () => {
  for (const view of sharedTabs.values()) await (await view).close();
});

/**
 * Scrolls the chart of `id` into view and waits until it has drawn to the end of its entry animation (the
 * chart's own signal, data-drawn-as: src/client/draw.ts) and its controls are wired (which draw.ts leaves
 * until the main thread is idle: the live region is their last part).
 */
async function drawn(page: Page, id: string) {
  const figure = page.locator(`figure[data-dataset="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction((datasetId) => {
    const host = document.querySelector<HTMLElement>(`figure[data-dataset="${datasetId}"] chart-figure`);
    return !!host?.dataset.drawnAs && !!host.querySelector('[data-chart-live]');
  }, id);
  return figure;
}

/**
 * What a reader must hear for a value, from the dataset's JSON: its label, and either the words the
 * article spells it out in or each of its numbers with the unit (and the qualifier, such as 约).
 */
function expectAnnounced(text: string, value: IdentifiedDataset['values'][number]) {
  expect(text.startsWith(`${value.label}：`), `“${text}” starts with the label ${value.label}`).toBe(true);
  if (value.written) {
    expect(text).toContain(value.written);
    return;
  }
  const numbers = Array.isArray(value.value) ? value.value : [value.value];
  for (const number of numbers) expect(text).toContain(String(number));
  expect(text).toContain(value.unit);
  if (value.qualifier) expect(text).toContain(value.qualifier);
}

describe('keyboard', () => {
  it('finds the charts', () => {
    expect(charts.size).toBeGreaterThanOrEqual(5);
  });

  /**
   * One load per page: its charts are explored one after another in it (each chart leaves focus as it found it).
   * The page also records every chart image it requests: with JavaScript, none may be (below).
   */
  const opened = new Map<string, Promise<Awaited<ReturnType<typeof newPage>> & { images: string[] }>>();
  const pageWith = (route: string) => {
    if (!opened.has(route))
      opened.set(
        route,
        newPage().then(async (view) => {
          const images: string[] = [];
          view.page.on('request', (request) => {
            if (/\/charts\/[^/]+\.png$/.test(new URL(request.url()).pathname)) images.push(request.url());
          });
          await view.page.goto(suite.site.page(route), { waitUntil: 'networkidle' });
          return { ...view, images };
        }),
      );
    return opened.get(route)!;
  };
  afterAll(async () => {
    for (const view of opened.values()) await (await view).close();
  });

  it.each([...charts.entries()])('%s (on %s): one tab stop; Home, arrows and End read every bar', async (id, route) => {
    const dataset = datasetById.get(id)!;
    const { page, errors } = await pageWith(route);
    const figure = await drawn(page, id);
    // Start from the chart's caption (focused for a moment), then Tab: the chart is the next stop.
    await figure.locator('figcaption').evaluate((caption: HTMLElement) => {
      caption.tabIndex = -1;
      caption.focus();
      caption.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    const box = figure.locator('.chart-box');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await box.getAttribute('role')).toBe('group');
    expect(
      await box.evaluate((element) => getComputedStyle(element).outlineStyle !== 'none'),
      'a visible focus ring',
    ).toBe(true);
    expect(await figure.locator('.chart-keys').evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    const live = figure.locator('[data-chart-live]');
    const tooltip = figure.locator('.chart-tooltip');

    await page.keyboard.press('Home');
    const heard: string[] = [(await live.textContent())!];
    for (let i = 1; i < dataset.values.length; i++) {
      await page.keyboard.press('ArrowDown');
      heard.push((await live.textContent())!);
    }
    expect(heard).toHaveLength(dataset.values.length);
    dataset.values.forEach((value, index) => {
      expectAnnounced(heard[index]!, value);
      expect(heard[index]).toContain(`第${index + 1}项，共${dataset.values.length}项`);
    });
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain(dataset.values.at(-1)!.label);
    // Past the end stays on the last bar; End and Home jump; ArrowUp goes back.
    await page.keyboard.press('ArrowDown');
    expect(await live.textContent()).toBe(heard.at(-1));
    await page.keyboard.press('Home');
    expect(await live.textContent()).toBe(heard[0]);
    await page.keyboard.press('End');
    expect(await live.textContent()).toBe(heard.at(-1));
    if (heard.length > 1) {
      await page.keyboard.press('ArrowUp');
      expect(await live.textContent()).toBe(heard.at(-2));
    }

    // Escape leaves the chart for the next control (查看数据), hiding the tooltip.
    await page.keyboard.press('Escape');
    expect(
      await figure
        .locator('summary')
        .first()
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await expect.poll(() => tooltip.isHidden()).toBe(true);
    // One tab stop: Shift+Tab from there is the chart again, and Tab leaves it at once.
    await page.keyboard.press('Shift+Tab');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('downloads no chart image with JavaScript, before or after every chart on the page drew', async () => {
    expect(opened.size).toBe(chartPages.length);
    for (const route of chartPages) {
      const { page, images } = await pageWith(route);
      // Every chart of the page has drawn (the tests above drew each); none asked for its image.
      expect(await page.locator('chart-figure:not([data-drawn-as])').count(), route).toBe(0);
      expect(images, route).toEqual([]);
    }
  });

  it('Enter follows the bar to the sentence it comes from', async () => {
    const [id, route] = [...charts.entries()].find(([, page]) => page !== '/')!;
    const dataset = datasetById.get(id)!;
    const { close, page } = await newPage();
    await page.goto(suite.site.page(route), { waitUntil: 'load' });
    const figure = await drawn(page, id);
    await figure.locator('.chart-box').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const last = dataset.values.at(-1)!;
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#q-${id}-${last.key}`);
    await close();
  });
});

// Every chart page at 320 px, where a tooltip has least room; the first also at 390 px.
describe('touch', () => {
  it.each([...chartPages.map((route) => [route, 320] as const), [chartPages[0]!, 390] as const])(
    '%s at %i px: a tap on a bar shows its tooltip inside the screen; a tap elsewhere hides it',
    async (route, width) => {
      const { page, errors } = await sharedTab('touch', { width, height: 740 });
      await page.goto(suite.site.page(route), { waitUntil: 'load' });
      const ids = await page.$$eval('figure:has(chart-figure)', (figures) =>
        figures.map((figure) => figure.getAttribute('data-dataset')!),
      );
      for (const id of ids) {
        const dataset = datasetById.get(id)!;
        const figure = await drawn(page, id);
        const canvas = (await figure.locator('canvas').boundingBox())!;
        const tooltip = figure.locator('.chart-tooltip');
        // The last bar's row: the bottom of the plot, above the axis.
        const row = (canvas.height - 48) / dataset.values.length;
        await page.touchscreen.tap(canvas.x + canvas.width * 0.45, canvas.y + 4 + row * (dataset.values.length - 0.5));
        await expect.poll(() => tooltip.isVisible()).toBe(true);
        expect(await tooltip.textContent()).toContain(dataset.values.at(-1)!.label);
        const box = (await tooltip.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        const title = (await figure.locator('figcaption').boundingBox())!;
        await page.touchscreen.tap(title.x + 10, title.y + 5);
        await expect.poll(() => tooltip.isHidden()).toBe(true);
      }
      expect(errors).toEqual([]);
    },
  );
});

describe('without JavaScript', () => {
  it.each(
    chartPages.flatMap((route) => [
      [route, 'light', 390],
      [route, 'dark', 1280],
    ]) as [string, 'light' | 'dark', number][],
  )('%s (%s, %i px): every chart shows its image, nothing empty', async (route, scheme, width) => {
    const { page } = await sharedTab('no-script', { width, height: 800, colorScheme: scheme });
    await page.goto(suite.site.page(route), { waitUntil: 'load' });
    const figures = page.locator('figure:has(chart-figure)');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      const image = figure.locator('img.chart-image');
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      const state = await image.evaluate((img: HTMLImageElement) => ({
        src: img.currentSrc,
        width: img.getBoundingClientRect().width,
        height: img.getBoundingClientRect().height,
        ratio: img.naturalHeight / img.naturalWidth,
        box: getComputedStyle(img.closest('chart-figure')!.querySelector('.chart-box')!).display,
      }));
      expect(state.box, 'the empty chart box is hidden').toBe('none');
      expect(state.src).toContain(`-${scheme}${width <= 480 ? '-narrow' : ''}.png`);
      expect(state.width).toBeGreaterThan(width <= 480 ? 250 : 500);
      // Shown at its own proportions: the reserved width and height match the file.
      expect(state.height / state.width).toBeCloseTo(state.ratio, 2);
    }
  });
});

describe('embeds on another site', () => {
  let nginx: RunningNginx;
  let preview: RunningPreview;
  let plain: StaticSite;
  let host: StaticSite;
  let hostDir: string;
  const id = 'investment-amounts';

  beforeAll(async () => {
    // The recipes served here: nginx (deploy/nginx.conf), npm start's preview, and a plain static host (as
    // `python -m http.server` or S3 without rules), the last two with no CORS header.
    [nginx, preview, plain] = await Promise.all([startNginx(distDir), startPreview(distDir), serveStatic(distDir)]);
    hostDir = mkdtempSync(path.join(tmpdir(), 'xinzhi-embed-host-'));
    // The 嵌入 code exactly as the page offers it (built with SITE_URL https://example.org), pointed at nginx.
    const route = charts.get(id)!;
    const $ = cheerio.load(pages.find((page) => page.route === route)!.html);
    const snippet = $(`figure[data-dataset="${id}"] [data-embed] textarea`).text();
    expect(snippet).toContain('<iframe');
    const local = snippet.replaceAll('https://example.org', nginx.origin);
    const embedPage = cheerio.load(local)('iframe').attr('src')!;
    // The snippet issue 28 gave out: the script at its hashed address, checked against its integrity hash.
    const hashed = readdirSync(path.join(distDir, 'embed')).find((file) => /^resize\.[0-9a-f]{12}\.js$/.test(file))!;
    const integrity = `sha384-${createHash('sha384')
      .update(readFileSync(path.join(distDir, 'embed', hashed)))
      .digest('base64')}`;
    // Every message the host page receives, with its origin, to know the hostile one below did arrive.
    writeFileSync(
      path.join(hostDir, 'seen.js'),
      "window.seen = []; addEventListener('message', (event) => seen.push(event.origin + ' ' + event.data?.height));",
    );
    writeFileSync(
      path.join(hostDir, 'index.html'),
      `<!doctype html><html lang="en"><title>host</title><script src="seen.js"></script><body style="margin:0">
<div id="wrap" style="width:800px">${local}</div>
<iframe id="framed-page" src="${nginx.origin}/investment/" title="a report page"></iframe>
</body></html>`,
    );
    // The same 嵌入 code, the embed page served by npm start's preview or by a plain static host.
    for (const [name, origin] of [
      ['preview', preview.origin],
      ['plain', plain.origin],
    ])
      writeFileSync(
        path.join(hostDir, `${name}.html`),
        `<!doctype html><html lang="en"><title>${name} host</title><body style="margin:0">
<div style="width:800px">${snippet.replaceAll('https://example.org', origin)}</div></body></html>`,
      );
    // A snippet pasted before the script had a hashed address: embed/resize.js, no integrity.
    writeFileSync(
      path.join(hostDir, 'old.html'),
      `<!doctype html><html lang="en"><title>old host</title><body style="margin:0">
<div style="width:800px"><iframe src="${embedPage}" title="old" width="100%" height="150" data-xin-zhi-embed></iframe>
<script async src="${nginx.origin}/embed/resize.js"></script></div></body></html>`,
    );
    writeFileSync(
      path.join(hostDir, 'sri.html'),
      `<!doctype html><html lang="en"><title>issue 28 host</title><body style="margin:0">
<div style="width:800px"><iframe src="${embedPage}" title="sri" width="100%" height="150" data-xin-zhi-embed></iframe>
<script async src="${nginx.origin}/embed/${hashed}" integrity="${integrity}" crossorigin="anonymous"></script></div></body></html>`,
    );
    // An embed frame that a page of another origin (this host's) is later loaded into.
    writeFileSync(
      path.join(hostDir, 'hijacked.html'),
      `<!doctype html><html lang="en"><title>hijacked</title><script src="seen.js"></script><body style="margin:0">
${local.replace('<iframe ', '<iframe id="hijacked" ')}</body></html>`,
    );
    writeFileSync(
      path.join(hostDir, 'other-origin.html'),
      `<!doctype html><html lang="en"><title>other origin</title><script src="post.js"></script></html>`,
    );
    writeFileSync(
      path.join(hostDir, 'post.js'),
      "setInterval(() => parent.postMessage({ type: 'xin-zhi-embed-height', height: 4321 }, '*'), 50);",
    );
    host = await serveStatic(hostDir);
  });
  afterAll(async () => {
    await host?.close();
    await Promise.all([nginx?.stop(), preview?.stop(), plain?.close()]);
    if (hostDir) rmSync(hostDir, { recursive: true, force: true });
  });

  /** Opens `file` of the host; resolves once its embed frame is as tall as the embed page's content, to the pixel. */
  async function frameFollows(file: string) {
    const { close, page, errors } = await newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${host.url}${file}`, { waitUntil: 'load' });
    const frame = page.frameLocator('iframe[data-xin-zhi-embed]');
    const content = () => frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    const height = () =>
      page
        .locator('iframe[data-xin-zhi-embed]')
        .evaluate((element) => Math.round(element.getBoundingClientRect().height));
    // The embed page loads, draws and reports its height (slow on a busy machine): the frame follows, to the pixel.
    await expect
      .poll(async () => (await content()) > 300 && Math.abs((await height()) - (await content())) <= 1, {
        timeout: 15_000,
      })
      .toBe(true);
    return { close, page, errors };
  }

  it('draws the chart, keeps the iframe as tall as its content at any width; other pages refuse framing', async () => {
    expect(new URL(host.origin).origin).not.toBe(new URL(nginx.origin).origin);
    const { close, page } = await newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(host.url, { waitUntil: 'load' });
    const iframe = page.locator('iframe[data-xin-zhi-embed]');
    const frame = page.frameLocator('iframe[data-xin-zhi-embed]');
    await expect
      .poll(() => frame.locator('chart-figure').evaluate((element: HTMLElement) => !!element.dataset.drawn), {
        timeout: 15_000,
      })
      .toBe(true);
    const height = () => iframe.evaluate((element) => Math.round(element.getBoundingClientRect().height));
    const content = () => frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    // Each size is a round trip between two origins and a relayout: slow on a busy machine.
    const settled = { timeout: 10_000 };
    await expect.poll(async () => Math.abs((await height()) - (await content())), settled).toBeLessThanOrEqual(1);
    const wide = await height();
    await page.evaluate(() => (document.getElementById('wrap')!.style.width = '320px'));
    await expect.poll(height, settled).toBeGreaterThan(wide + 20);
    await expect.poll(async () => Math.abs((await height()) - (await content())), settled).toBeLessThanOrEqual(1);
    // The content itself fits: nothing cut off, no scrollbar inside the frame.
    expect(await frame.locator('html').evaluate((html) => html.scrollHeight <= html.clientHeight + 1)).toBe(true);
    await page.evaluate(() => (document.getElementById('wrap')!.style.width = '800px'));
    await expect.poll(height, settled).toBe(wide);

    // A report page in a frame on another site: blocked (frame-ancestors 'none', X-Frame-Options DENY).
    const framedPage = await (await page.locator('#framed-page').elementHandle())!.contentFrame();
    await expect.poll(() => framedPage!.url()).toMatch(/^chrome-error:/);
    expect(await page.frameLocator('#framed-page').locator('main').count()).toBe(0);
    await close();
  });

  // Issue 34: the snippet loaded its script from the site with an integrity hash, which a browser checks only in CORS
  // mode: under npm start's preview and on plain static hosts (no CORS header) the script was blocked.
  it.each([
    ['npm start’s preview', 'preview.html'],
    ['a plain static host', 'plain.html'],
  ])('sizes the frame when the embed page comes from %s (no CORS header)', async (_, file) => {
    const { close, errors } = await frameFollows(file);
    expect(errors.filter((text) => /integrity|CORS|Access-Control|Content Security Policy/i.test(text))).toEqual([]);
    await close();
  });

  it('keeps the snippet of issue 28 (the hashed script, its integrity checked in CORS mode) working where CORS is sent', async () => {
    const { close, page, errors } = await frameFollows('sri.html');
    expect(await page.evaluate(() => (window as { __xinZhiEmbed?: boolean }).__xinZhiEmbed)).toBe(true);
    expect(errors.filter((text) => /integrity|CORS|Access-Control/i.test(text))).toEqual([]);
    await close();
  });

  it('keeps an old snippet (embed/resize.js, without integrity) working', async () => {
    const { close } = await frameFollows('old.html');
    await close();
  });

  it('ignores a height message from a page of another origin loaded inside an embed frame', async () => {
    const { close, page } = await newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${host.url}hijacked.html`, { waitUntil: 'load' });
    const iframe = page.locator('#hijacked');
    const height = () => iframe.evaluate((element) => Math.round(element.getBoundingClientRect().height));
    const frame = page.frameLocator('#hijacked');
    const content = () => frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    // The embed page itself sets the height (its origin is the frame's src's), to the pixel.
    await expect
      .poll(async () => (await content()) > 300 && Math.abs((await height()) - (await content())) <= 1, {
        timeout: 15_000,
      })
      .toBe(true);
    const before = await height();
    // A link followed inside the frame: the same window, now another origin's page, posting a height.
    await iframe.evaluate(
      (element: HTMLIFrameElement, url) => (element.contentWindow!.location.href = url),
      `${host.url}other-origin.html`,
    );
    await expect
      .poll(() => page.evaluate(() => (window as { seen?: string[] }).seen ?? []), { timeout: 10_000 })
      .toContain(`${host.origin} 4321`);
    // The snippet's listener ran in the same dispatch of that message as the recorder: a frame later, any height
    // it set is laid out.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    expect(await iframe.getAttribute('src')).toMatch(/\/embed\/cong-xin-chu-fa\//);
    expect(await height()).toBe(before);
    await close();
  });
});

// Issue 34: where a host strips the snippet's script (or it is blocked), the frame keeps the height it starts with:
// 260 px more than the chart cut the notes off at 360 px. Every embed page, in both editions, at 360 px and the
// height its 嵌入 code gives the frame.
describe('an embed frame without the resize script', () => {
  const startHeights = new Map<string, number>();
  for (const page of readPages(distDir)) {
    page.$('[data-embed] textarea').each((_, element) => {
      const textarea = page.$(element);
      startHeights.set(textarea.attr('data-embed-src')!, Number(textarea.attr('data-embed-height')));
    });
  }
  const embeds = readPages(distDir)
    .map((page) => page.route)
    .filter((route) => /^\/(zh-hant\/)?embed\//.test(route));

  it('has a first height for every embed page, the one its build-time 嵌入 code gives too', () => {
    expect(embeds.length).toBeGreaterThan(10);
    expect([...startHeights.keys()].sort()).toEqual([...embeds].sort());
    const page = pages.find((candidate) => candidate.route === charts.get('investment-amounts'))!;
    const snippet = cheerio.load(page.$('figure[data-dataset="investment-amounts"] [data-embed] textarea').text());
    expect(Number(snippet('iframe').attr('height'))).toBe(
      startHeights.get('/embed/cong-xin-chu-fa/investment-amounts/'),
    );
  });

  it('shows the whole embed page at 360 px: chart, notes, source and switch, nothing to scroll', async () => {
    const { close, page } = await newPage({ viewport: { width: 360, height: 600 } });
    const cut: string[] = [];
    for (const route of embeds) {
      const height = startHeights.get(route)!;
      await page.setViewportSize({ width: 360, height });
      await page.goto(suite.site.page(route), { waitUntil: 'load' });
      // The chart box's height is reserved before it draws; the words are laid out in their own font.
      await page.evaluate(() => document.fonts.ready);
      const content = await page.evaluate(() => document.documentElement.scrollHeight);
      if (content > height) cut.push(`${route}: ${content} px in a ${height} px frame`);
    }
    expect(cut).toEqual([]);
    await close();
  });
});
