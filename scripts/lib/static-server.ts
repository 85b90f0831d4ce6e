/**
 * Serves a built site the way a static host does: `dir/index.html` for `dir/`,
 * a redirect from `dir` to `dir/`, the site's 404.html with status 404, under a
 * base path. Listens on a free port the OS picks, on 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { htmlCaching, immutableCaching } from '../../src/integrations/caching.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticSite {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string;
  /** The site's root URL, origin plus base, ending in `/`. */
  url: string;
  /** Absolute URL of a route such as `/investment/` (given without the base). */
  page(route: string): string;
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** A classic script served at `base + path` and loaded first in every HTML page's <head> (a test probe). */
export interface HeadScript {
  path: string;
  source: string;
}

/**
 * Starts a static server for `distDir` mounted at `base` (default `/`), on `port` (default: any free
 * one), adding `headScript` to every page when given.
 */
export async function serveStatic(distDir: string, base = '/', port = 0, headScript?: HeadScript): Promise<StaticSite> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const decoded = decodeURIComponent(pathname);
    if (headScript && decoded === base + headScript.path) {
      response.writeHead(200, { 'content-type': types['.js']!, 'cache-control': htmlCaching });
      return response.end(headScript.source);
    }
    const send = async (file: string, status = 200) => {
      let body = await readFile(file);
      if (headScript && file.endsWith('.html'))
        body = Buffer.from(
          body.toString('utf8').replace('<head>', `<head><script src="${base}${headScript.path}"></script>`),
        );
      response.writeHead(status, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        // As the deploy recipes cache: hashed build assets for good, everything else revalidated. With
        // no-store, every page refetched its stylesheet and Chromium skipped the cross-document view
        // transition with an uncaught "Transition was aborted because of invalid state" on the new page.
        'cache-control': status === 200 && pathname.includes('/_astro/') ? immutableCaching : htmlCaching,
      });
      response.end(body);
    };
    const notFound = async () => {
      const page = path.join(distDir, '404.html');
      if (await isFile(page)) return send(page, 404);
      response.writeHead(404).end();
    };
    if (!decoded.startsWith(base) || decoded.includes('\0')) return notFound();
    const relative = decoded.slice(base.length);
    const file = path.join(distDir, relative);
    if (!file.startsWith(distDir)) return notFound();
    if (relative === '' || relative.endsWith('/')) {
      const index = path.join(file, 'index.html');
      return (await isFile(index)) ? send(index) : notFound();
    }
    if (await isFile(file)) return send(file);
    if (await isFile(path.join(file, 'index.html'))) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    return notFound();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const root = origin + base;
  return {
    origin,
    url: root,
    page: (route) => root + route.replace(/^\/+/, ''),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
