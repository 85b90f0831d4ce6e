/**
 * Old addresses in Chromium: every page the site served before it became a series opens report 1's
 * page at its new address, both on a plain static host (the static redirect page: meta refresh) and
 * through nginx with deploy/nginx.conf (301). Old downloads answer with the new files' bytes.
 */
import { connectChromium } from '../support/browser-suite';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx';

const moved = {
  '/industry-clusters/': '/cong-xin-chu-fa/industry-clusters/',
  '/investment': '/cong-xin-chu-fa/investment/',
  '/innovation/': '/cong-xin-chu-fa/innovation/',
  '/reporters-note/': '/cong-xin-chu-fa/reporters-note/',
  '/full/': '/cong-xin-chu-fa/full/',
  '/data/': '/cong-xin-chu-fa/data/',
};

let browser: Browser;
/**
 * One context for the file (issue 37): each address opens in a page of its own, and a redirect stores nothing a
 * later one could read (the site's redirect pages run no script: tests/build/csp.test.ts).
 */
let context: BrowserContext;
let plain: Awaited<ReturnType<typeof serveStatic>>;
let nginx: RunningNginx;

beforeAll(async () => {
  plain = await serveStatic(inject('distDir'));
  nginx = await startNginx(inject('distDir'));
  browser = await connectChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await plain?.close();
});

describe.each([
  ['a plain static host', () => plain.origin],
  ['nginx with deploy/nginx.conf', () => nginx.origin],
])('old addresses on %s', (_, origin) => {
  it.each(Object.entries(moved))('%s opens %s', async (from, to) => {
    const page = await context.newPage();
    await page.goto(origin() + from);
    await page.waitForURL(origin() + to);
    expect(new URL(page.url()).pathname).toBe(to);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });

  it('answers the old CSV with the new one’s bytes', async () => {
    const old = await context.request.get(`${origin()}/data/project-counts.csv`);
    const current = await context.request.get(`${origin()}/cong-xin-chu-fa/data/project-counts.csv`);
    expect(old.status()).toBe(200);
    expect((await old.body()).equals(await current.body())).toBe(true);
  });

  it('keeps / as the series page', async () => {
    const page = await context.newPage();
    await page.goto(origin() + '/');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('h1').textContent()).toContain('主题报道');
    await page.close();
  });
});
