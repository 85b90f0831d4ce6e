/**
 * The 繁體 edition under a base path with Chinese characters (issue 34, M4), built for real: BASE_PATH=/专题/江津/,
 * one part OpenCC converts (专题 → 專題) and one it leaves (江津). Before the fix, 专题 was converted inside every
 * URL of the edition (the link check stopped the build with 328 errors, blamed on content), and the base was
 * compared decoded against the percent-encoded canonical, og:url, JSON-LD and sitemap addresses: every 繁體
 * page's canonical, og:url, JSON-LD, feed link and QR code named the simplified page, and the sitemap no 繁體
 * page. Here the build must pass, and each twin must be its original with only the text converted
 * (tests/support/twin-proof.ts), its own addresses the 繁體 ones; nginx serves it with the recipe.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx } from '../../scripts/lib/nginx';
import { buildSiteAsync } from '../support/build-site';
import { contentPages, firstReport, type BuiltPage } from '../support/dist';
import { decodeQr } from '../support/qr';
import { copySite } from '../support/site-copy';
import { twinDifferences } from '../support/twin-proof';
import siteJson from '../../content/site.json';

const base = '/专题/江津/';
const encoded = encodeURI(base);
const origin = 'https://example.org';
const copy = copySite('xinzhi-hant-base-');
const dist = path.join(copy.root, 'dist-base');
let output = '';
let pages: BuiltPage[] = [];

beforeAll(async () => {
  const result = await buildSiteAsync(dist, { SITE_URL: origin, BASE_PATH: base }, copy.root);
  output = result.output;
  if (result.status !== 0) throw new Error(`the build under BASE_PATH=${base} failed:\n${output.slice(-6000)}`);
  pages = contentPages(dist);
}, 600_000);
afterAll(() => copy.remove());

const twinOf = (page: BuiltPage) => pages.find((candidate) => candidate.route === `/zh-hant${page.route}`);
const originals = () => pages.filter((page) => !page.route.startsWith('/zh-hant/'));
/** The page's address as a URL object writes it: the base percent-encoded. */
const address = (route: string) => `${origin}${encoded}${route.slice(1)}`;

describe(`the 繁體 edition under BASE_PATH=${base}`, () => {
  it('builds, its links all leading somewhere', () => {
    expect(output).toMatch(/\[link-check\] \d+ pages: every internal link and anchor leads somewhere/);
    expect(originals().length).toBeGreaterThan(15);
  });

  it('never converts the base: no 專題 in any file of the edition', () => {
    const files = readdirSync(path.join(dist, 'zh-hant'), { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(html|xml|json)$/.test(file),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files)
      expect(readFileSync(path.join(dist, 'zh-hant', file), 'utf8'), file).not.toMatch(/專題|%E5%B0%88%E9%A1%8C/);
  });

  it('has a twin of each page that is its original with only the text converted and its own addresses rewritten', () => {
    for (const page of originals()) {
      const twin = twinOf(page);
      expect(twin, page.route).toBeDefined();
      const context = { base, site: origin, route: page.route, scriptSwitchHans: siteJson.ui.scriptSwitchHans };
      expect(twinDifferences(page.html, twin!.html, context), page.route).toEqual([]);
    }
  });

  it('gives each 繁體 page its own canonical, og:url, JSON-LD address and feed, and each simplified page its switch', () => {
    let withJsonLd = 0;
    for (const page of originals().filter((candidate) => !candidate.route.startsWith('/404'))) {
      const twin = twinOf(page)!;
      const own = address(`/zh-hant${page.route}`);
      expect(twin.$('link[rel="canonical"]').attr('href'), page.route).toBe(own);
      expect(twin.$('meta[property="og:url"]').attr('content'), page.route).toBe(own);
      const jsonLd = twin
        .$('script[type="application/ld+json"]')
        .map((_, script) => JSON.parse(twin.$(script).text()))
        .get();
      // The article's url, or the breadcrumb's last item (the data page); the embed pages have none.
      if (jsonLd.length) {
        withJsonLd++;
        expect(JSON.stringify(jsonLd), page.route).toContain(JSON.stringify(own));
        expect(JSON.stringify(jsonLd), page.route).not.toContain(JSON.stringify(address(page.route)));
      }
      expect(twin.$('link[type="application/rss+xml"]').attr('href')).toBe(address('/zh-hant/rss.xml'));
      // The simplified page's switch and data-twin lead to the twin (they led to the page itself).
      expect(decodeURI(page.$('a[data-script-switch]').attr('href')!), page.route).toBe(`${base}zh-hant${page.route}`);
      expect(decodeURI(page.$('html').attr('data-twin')!), page.route).toBe(`${base}zh-hant${page.route}`);
      expect(decodeURI(twin.$('a[data-script-switch]').attr('href')!), page.route).toBe(
        `${base}${page.route.slice(1)}`,
      );
    }
    expect(withJsonLd).toBeGreaterThan(5);
  });

  it('draws each 繁體 page’s QR code of its own address', async () => {
    const page = pages.find((candidate) => candidate.route === `/zh-hant/${firstReport}/investment/`)!;
    const symbol = page.$('symbol#page-qr-code');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${symbol.attr('viewBox')}" width="400" height="400" shape-rendering="crispEdges">${symbol.html()}</svg>`;
    expect(decodeQr(await sharp(Buffer.from(svg)).png().toBuffer())).toEqual([
      address(`/zh-hant/${firstReport}/investment/`),
    ]);
  });

  it('lists the 繁體 pages in the sitemap, and links them from the 繁體 feed', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    for (const page of originals().filter((candidate) => !candidate.route.startsWith('/404')))
      expect(locs, page.route).toContain(address(`/zh-hant${page.route}`));
    const feed = readFileSync(path.join(dist, 'zh-hant/rss.xml'), 'utf8');
    expect(feed).toContain(`<link>${address(`/zh-hant/${firstReport}/`)}</link>`);
  });

  it('is served by the nginx recipe with the base written in Chinese: pages, and the 繁體 404 page', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-www-'));
    mkdirSync(path.join(root, '专题'));
    symlinkSync(dist, path.join(root, '专题', '江津'));
    const nginx = await startNginx(root, `${base}404.html`);
    try {
      const page = await fetch(`${nginx.origin}${encoded}zh-hant/${firstReport}/investment/`);
      expect(page.status).toBe(200);
      for (const missing of ['nope/', 'nope.csv', 'feed.xml', '.env']) {
        const response = await fetch(`${nginx.origin}${encoded}zh-hant/${missing}`);
        expect(response.status, missing).toBe(404);
        expect(await response.text(), missing).toContain('頁面不存在');
      }
      const simplified = await fetch(`${nginx.origin}${encoded}nope/`);
      expect(simplified.status).toBe(404);
      expect(await simplified.text()).toContain('页面不存在');
    } finally {
      await nginx.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
