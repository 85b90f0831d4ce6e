import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as cheerio from 'cheerio';
import {
  embedSecurityHeaders,
  htmlCaching,
  immutableCaching,
  securityHeaders,
} from '../../src/integrations/security-headers';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx';
import { legacyPages } from '../../src/report/legacy-redirects';

const recipe = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');

/** Every security header, as the recipe must send it. */
function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), name).toBe(value);
}

const cssFile = (distDir: string) => readdirSync(path.join(distDir, '_astro')).find((file) => file.endsWith('.css'))!;

describe('deploy/nginx.conf serving the site at the root', () => {
  const distDir = inject('distDir');
  let nginx: RunningNginx;
  beforeAll(async () => {
    nginx = await startNginx(distDir);
  });
  afterAll(() => nginx?.stop());

  it('serves every page with the security headers and no caching of HTML', async () => {
    for (const route of ['/', '/cong-xin-chu-fa/', '/cong-xin-chu-fa/investment/', '/cong-xin-chu-fa/full/']) {
      const response = await fetch(nginx.origin + route);
      expect(response.status, route).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expectSecurityHeaders(response);
      expect(response.headers.get('cache-control')).toBe(htmlCaching);
    }
  });

  it('caches hashed build assets for good, with the security headers still on', async () => {
    const response = await fetch(`${nginx.origin}/_astro/${cssFile(distDir)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('cache-control')).toBe(immutableCaching);
    expectSecurityHeaders(response);
  });

  it('lets the embed pages and their resize script, and only they, be framed or loaded by other sites', async () => {
    const hashed = readdirSync(path.join(distDir, 'embed')).find((file) => /^resize\.[0-9a-f]{12}\.js$/.test(file));
    expect(hashed).toBeDefined();
    for (const route of [
      '/embed/cong-xin-chu-fa/investment-amounts/',
      '/zh-hant/embed/cong-xin-chu-fa/investment-amounts/',
      '/embed/resize.js',
      `/embed/${hashed}`,
    ]) {
      const response = await fetch(nginx.origin + route);
      expect(response.status, route).toBe(200);
      for (const [name, value] of Object.entries(embedSecurityHeaders))
        expect(response.headers.get(name), name).toBe(value);
      expect(response.headers.get('x-frame-options'), route).toBeNull();
    }
    const page = await fetch(`${nginx.origin}/cong-xin-chu-fa/data/`);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    // Only the site's own /embed/ folder: an /embed/ deeper in a path (a chapter named "embed") is not framable.
    for (const route of ['/cong-xin-chu-fa/embed/', '/x/embed/resize.js']) {
      const response = await fetch(nginx.origin + route);
      expect(response.headers.get('content-security-policy'), route).toMatch(/frame-ancestors 'none'$/);
      expect(response.headers.get('x-frame-options'), route).toBe('DENY');
      expect(response.headers.get('access-control-allow-origin'), route).toBeNull();
    }
  });

  it('answers an unknown address with status 404 and the site’s 404 page', async () => {
    const response = await fetch(`${nginx.origin}/no-such-page/`);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    const $ = cheerio.load(await response.text());
    expect($('h1').text()).toBe('页面不存在');
  });

  it('answers every missing address under /zh-hant/ with the 繁體 404 page, whichever rule answers it (issue 34, L4)', async () => {
    for (const route of missingHant('/')) {
      const response = await fetch(nginx.origin + route);
      expect(response.status, route).toBe(404);
      expectSecurityHeaders(response);
      const $ = cheerio.load(await response.text());
      expect($('html').attr('lang'), route).toBe('zh-Hant-TW');
      expect($('h1').text(), route).toBe('頁面不存在');
    }
    // Elsewhere, the simplified one.
    for (const route of ['/nope.csv', '/feed.xml', '/.env', '/_headers', '/nope/']) {
      const response = await fetch(nginx.origin + route);
      expect(response.status, route).toBe(404);
      expect(
        cheerio
          .load(await response.text())('html')
          .attr('lang'),
        route,
      ).toBe('zh-CN');
    }
  });

  it('redirects a folder address without its slash, keeping the host', async () => {
    const response = await fetch(`${nginx.origin}/cong-xin-chu-fa/full`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/cong-xin-chu-fa/full/');
  });

  it('answers every old page with a 301 to its new address, with and without the slash', async () => {
    for (const [from, to] of Object.entries(legacyPages)) {
      for (const path of [`/${from}`, `/${from.slice(0, -1)}`]) {
        const response = await fetch(nginx.origin + path, { redirect: 'manual' });
        expect(response.status, path).toBe(301);
        expect(response.headers.get('location'), path).toBe(`/${to}`);
        expectSecurityHeaders(response);
      }
      const followed = await fetch(`${nginx.origin}/${from}`);
      expect(followed.status).toBe(200);
      expect(followed.url).toBe(`${nginx.origin}/${to}`);
    }
  });

  it('holds exactly the map’s rules in its old-addresses block', () => {
    const block = recipe.match(/# BEGIN old addresses[\s\S]*?# END old addresses/)![0];
    const rules = [...block.matchAll(/location ~ \^\/([\w-]+)\/\?\$ \{ return 301 \/([\w/-]+); \}/g)].map(
      ([, from, to]) => [`${from}/`, to],
    );
    expect(Object.fromEntries(rules)).toEqual(legacyPages);
  });

  it('serves old downloads and share cards as files with the bytes of their new addresses', async () => {
    for (const file of ['data/hub-port.csv', 'data/hub-port.json', 'data/datapackage.json', 'og/cover.png']) {
      const old = await fetch(`${nginx.origin}/${file}`);
      expect(old.status, file).toBe(200);
      const current = await fetch(`${nginx.origin}/cong-xin-chu-fa/${file}`);
      expect(Buffer.from(await old.arrayBuffer()).equals(Buffer.from(await current.arrayBuffer())), file).toBe(true);
    }
  });

  it('serves the share cards and robots.txt with their types', async () => {
    const card = await fetch(`${nginx.origin}/og/cover.png`);
    expect(card.headers.get('content-type')).toBe('image/png');
    const robots = await fetch(`${nginx.origin}/robots.txt`);
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await robots.text()).toContain('Sitemap: https://example.org/sitemap-index.xml');
  });
});

/**
 * Missing addresses of the 繁體 edition under `base` that each rule of the recipe answers: a page, a download
 * (the .csv types rule), feeds (the feed rule), dotfiles, another host's file (the deny rules).
 */
const missingHant = (base: string) =>
  ['nope/', 'nope.html', 'nope.csv', 'feed.xml', 'nope/rss.xml', '.env', '.git/config', '_headers'].map(
    (path) => `${base}zh-hant/${path}`,
  );

/** The raw response (no decoding) to a GET with the given Accept-Encoding. */
function rawGet(url: string, acceptEncoding?: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('deploy/nginx.conf serving the precompressed files (gzip_static)', () => {
  const distDir = inject('distDir');
  let nginx: RunningNginx;
  beforeAll(async () => {
    nginx = await startNginx(distDir);
  });
  afterAll(() => nginx?.stop());

  it.each([
    ['/cong-xin-chu-fa/full/', 'cong-xin-chu-fa/full/index.html.gz'],
    ['/cong-xin-chu-fa/investment/', 'cong-xin-chu-fa/investment/index.html.gz'],
    ['/cong-xin-chu-fa/data/project-counts.csv', 'cong-xin-chu-fa/data/project-counts.csv.gz'],
    ['/cong-xin-chu-fa/data/datapackage.json', 'cong-xin-chu-fa/data/datapackage.json.gz'],
    ['/favicon.svg', 'favicon.svg.gz'],
  ])('sends %s to a gzip-accepting reader as the build’s .gz file, byte for byte', async (route, gz) => {
    const response = await rawGet(nginx.origin + route, 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.body.equals(readFileSync(path.join(distDir, gz)))).toBe(true);
  });

  it('sends the CSS and JS as their .gz files too, still cached for good', async () => {
    for (const file of readdirSync(path.join(distDir, '_astro')).filter((name) => /\.(css|js)$/.test(name))) {
      const response = await rawGet(`${nginx.origin}/_astro/${file}`, 'gzip');
      expect(response.headers['content-encoding'], file).toBe('gzip');
      expect(response.headers['cache-control']).toBe(immutableCaching);
      expect(response.body.equals(readFileSync(path.join(distDir, '_astro', `${file}.gz`))), file).toBe(true);
    }
  });

  it('sends the plain file to a reader that does not accept gzip', async () => {
    const response = await rawGet(`${nginx.origin}/cong-xin-chu-fa/full/`);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(readFileSync(path.join(distDir, 'cong-xin-chu-fa/full/index.html')))).toBe(true);
  });
});

describe('deploy/nginx.conf serving a BASE_PATH=/sub/ build, as its comments describe', () => {
  const subDistDir = inject('subDistDir');
  const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-www-'));
  let nginx: RunningNginx;
  beforeAll(async () => {
    symlinkSync(subDistDir, path.join(root, 'sub'));
    nginx = await startNginx(root, '/sub/404.html');
  });
  afterAll(async () => {
    await nginx?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the pages under /sub/, with every asset they link resolving', async () => {
    for (const route of ['/sub/', '/sub/cong-xin-chu-fa/innovation/', '/sub/cong-xin-chu-fa/full/']) {
      const response = await fetch(nginx.origin + route);
      expect(response.status, route).toBe(200);
      expectSecurityHeaders(response);
      const $ = cheerio.load(await response.text());
      const assets = $('link[href^="/"], script[src^="/"]')
        .map((_, element) => $(element).attr('href') ?? $(element).attr('src'))
        .get();
      expect(assets.length).toBeGreaterThan(1);
      for (const asset of assets) expect((await fetch(nginx.origin + asset)).status, asset).toBe(200);
    }
  });

  it('lets the embed pages under /sub/embed/, and only they, be framed (the pattern anchored at the base)', async () => {
    const embed = await fetch(`${nginx.origin}/sub/embed/cong-xin-chu-fa/investment-amounts/`);
    expect(embed.status).toBe(200);
    for (const [name, value] of Object.entries(embedSecurityHeaders)) expect(embed.headers.get(name), name).toBe(value);
    const page = await fetch(`${nginx.origin}/sub/cong-xin-chu-fa/data/`);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
  });

  it('caches /sub/_astro/ assets for good', async () => {
    const response = await fetch(`${nginx.origin}/sub/_astro/${cssFile(subDistDir)}`);
    expect(response.headers.get('cache-control')).toBe(immutableCaching);
  });

  it('answers an unknown address under /sub/ with the 404 page, linking home to /sub/', async () => {
    const response = await fetch(`${nginx.origin}/sub/nothing-here`);
    expect(response.status).toBe(404);
    const $ = cheerio.load(await response.text());
    expect($('h1').text()).toBe('页面不存在');
    expect($('main a').attr('href')).toBe('/sub/');
  });

  it('answers every missing address under /sub/zh-hant/ with the 繁體 404 page, linking home to /sub/zh-hant/', async () => {
    for (const route of missingHant('/sub/')) {
      const response = await fetch(nginx.origin + route);
      expect(response.status, route).toBe(404);
      const $ = cheerio.load(await response.text());
      expect($('h1').text(), route).toBe('頁面不存在');
      expect($('main a').attr('href'), route).toBe('/sub/zh-hant/');
    }
  });
});
