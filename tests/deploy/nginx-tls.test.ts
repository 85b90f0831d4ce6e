/**
 * deploy/nginx.conf run as written (ports, root and certificate paths changed) with a self-signed
 * certificate made for the test: HTTPS with the security headers (HSTS only there), HTTP that only
 * redirects, dotfiles and host files denied, types for the downloads and the feed, gzip that says
 * Vary, and no long caching of error answers.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { connect } from 'node:tls';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { immutableCaching, securityHeaders } from '../../src/integrations/security-headers';
import { request, startNginx, type RunningNginx } from '../../scripts/lib/nginx';

const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');

describe('deploy/nginx.conf as written', () => {
  it('adds exactly the security headers src/integrations/security-headers.ts defines', () => {
    const added = Object.fromEntries(
      [...conf.matchAll(/add_header ([\w-]+) "?([^"\n]*?)"? always;/g)].map((match) => [match[1], match[2]]),
    );
    delete added['Cache-Control'];
    // Framing comes from a map (so embed pages can be allowed); its default is the policy's.
    // The charts' embed pages (issue 12) are the one exception: framed by anyone, their script loadable.
    // Anchored: only the site's own /embed/ folder, never an /embed/ deeper in a path.
    // (and the 繁體 edition's /zh-hant/embed/, docs/zh-hant.md)
    expect(conf).toMatch(
      /map \$uri \$xin_zhi_frame_ancestors \{\s*~\^\/\(zh-hant\/\)\?embed\/\s+"\*";\s*default\s+"'none'";/,
    );
    expect(conf).toMatch(/map \$xin_zhi_frame_ancestors \$xin_zhi_allow_origin \{\s*"'none'"\s+"";\s*default\s+"\*";/);
    expect(added['Access-Control-Allow-Origin']).toBe('$xin_zhi_allow_origin');
    delete added['Access-Control-Allow-Origin'];
    expect(conf).toMatch(/map \$xin_zhi_frame_ancestors \$xin_zhi_resource_policy \{\s*"'none'"\s+"same-origin";/);
    expect(added['X-Frame-Options']).toBe('$xin_zhi_x_frame_options');
    expect(added['Cross-Origin-Resource-Policy']).toBe('$xin_zhi_resource_policy');
    added['X-Frame-Options'] = 'DENY';
    added['Cross-Origin-Resource-Policy'] = 'same-origin';
    added['Content-Security-Policy'] = added['Content-Security-Policy']!.replace('$xin_zhi_frame_ancestors', "'none'");
    expect(added).toEqual(securityHeaders);
  });
});

describe('deploy/nginx.conf over TLS', () => {
  const distDir = inject('distDir');
  // The web root: the build, plus what a careless deploy leaves there.
  const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-tls-'));
  let nginx: RunningNginx;
  const get = (route: string, headers: Record<string, string> = {}) =>
    request(nginx.origin + route, nginx.certificate!, headers);
  const css = () => readdirSync(path.join(root, '_astro')).find((file) => file.endsWith('.css'))!;

  beforeAll(async () => {
    // Link the build's files, but not those written below: writing through a link would change the shared
    // build (the build now has a _redirects of its own, for the old addresses).
    const written = new Set(['.git', '.env', '_redirects', 'feed.xml']);
    for (const entry of readdirSync(distDir))
      if (!written.has(entry)) symlinkSync(path.join(distDir, entry), path.join(root, entry));
    mkdirSync(path.join(root, '.git'));
    writeFileSync(path.join(root, '.git', 'config'), '[core]\n');
    writeFileSync(path.join(root, '.env'), 'SECRET=1\n');
    writeFileSync(path.join(root, '_redirects'), '/a /b 301\n');
    writeFileSync(path.join(root, 'feed.xml'), '<?xml version="1.0"?><rss version="2.0"><channel/></rss>\n');
    nginx = await startNginx(root, '/404.html', { tls: true });
  });
  afterAll(async () => {
    await nginx?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves pages over HTTPS with every security header, HSTS included', async () => {
    for (const route of ['/', '/cong-xin-chu-fa/investment/', '/cong-xin-chu-fa/full/']) {
      const response = await get(route);
      expect(response.status, route).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      for (const [name, value] of Object.entries(securityHeaders))
        expect(response.headers.get(name), `${route} ${name}`).toBe(value);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('server')).toBe('nginx');
    }
  });

  it('answers plain HTTP only with a permanent redirect to HTTPS, without HSTS', async () => {
    const response = await fetch(`${nginx.httpOrigin}/investment/?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('https://127.0.0.1/investment/?x=1');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('speaks TLS 1.2 and 1.3 only', async () => {
    const handshake = (maxVersion: 'TLSv1.1' | 'TLSv1.3') =>
      new Promise<string>((resolve) => {
        const port = Number(new URL(nginx.origin).port);
        const socket = connect({ host: '127.0.0.1', port, ca: nginx.certificate, maxVersion, minVersion: 'TLSv1' });
        socket.once('secureConnect', () => {
          resolve(socket.getProtocol() ?? '');
          socket.end();
        });
        socket.once('error', () => resolve('refused'));
      });
    expect(await handshake('TLSv1.3')).toBe('TLSv1.3');
    expect(await handshake('TLSv1.1')).toBe('refused');
  });

  it('never serves dotfiles or the other hosts’ files', async () => {
    for (const route of ['/.git/config', '/.git/', '/.env', '/_headers', '/_redirects', '/investment/.env']) {
      const response = await get(route);
      expect(response.status, route).toBe(404);
      expect(await response.text(), route).not.toMatch(/SECRET|\[core\]|Content-Security-Policy:|301/);
    }
  });

  it('serves CSV as text/csv and the feed as RSS, compressed, with Vary: Accept-Encoding', async () => {
    const csvName = readdirSync(path.join(root, 'data')).find((file) => file.endsWith('.csv'))!;
    const csv = await get(`/data/${csvName}`, { 'accept-encoding': 'gzip' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-encoding')).toBe('gzip');
    expect(csv.headers.get('vary')).toBe('Accept-Encoding');
    expect(csv.headers.get('content-security-policy')).toBe(securityHeaders['Content-Security-Policy']);
    const feed = await get('/feed.xml');
    expect(feed.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const script = await get(`/_astro/${css()}`, { 'accept-encoding': 'gzip' });
    expect(script.headers.get('vary')).toBe('Accept-Encoding');
    expect(script.headers.get('cache-control')).toBe(immutableCaching);
  });

  it('serves a precompressed .gz file as is when one sits beside the file (gzip_static)', async () => {
    const name = 'gzip-static-probe.txt';
    writeFileSync(path.join(root, name), 'plain');
    writeFileSync(path.join(root, `${name}.gz`), gzipSync('from the .gz file'));
    const response = await get(`/${name}`, { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const { gunzipSync } = await import('node:zlib');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe('from the .gz file');
  });

  it('does not cache error answers for good, even under /_astro/', async () => {
    for (const route of ['/_astro/', '/_astro/missing.css', '/no-such-page/']) {
      const response = await get(route);
      expect(response.status, route).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('cache-control'), route).toBe('no-cache');
      expect(response.headers.get('content-security-policy'), route).toBe(securityHeaders['Content-Security-Policy']);
    }
  });
});
