import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { gzipForHost, hasSystemGzip, precompressDir } from '../../src/integrations/precompress';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small built site: pages, assets, data, an image. */
function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  dirs.push(dir);
  const files: Record<string, string> = {
    'index.html': '<!doctype html><p>从“新”出发 向“质”而行</p>'.repeat(20),
    'full/index.html': '<!doctype html><main>全文</main>',
    '_astro/site.css': 'body{color:#111}'.repeat(30),
    '_astro/chart.js': 'export const a=1;'.repeat(30),
    'data/a.csv': 'key,label\nx,项目\n',
    'data/a.json': '{"id":"a"}',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'sitemap-0.xml': '<urlset/>',
    'robots.txt': 'User-agent: *\n',
    'og/cover.png': '\x89PNG not really',
    _headers: '/*\n  X-Frame-Options: DENY\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('precompressDir', () => {
  it('writes a .gz beside each HTML, CSS, JS, SVG, JSON, CSV, XML and text file, and none for images', async () => {
    const dir = site();
    const done = await precompressDir(dir);
    expect(done).toEqual([
      '_astro/chart.js',
      '_astro/site.css',
      'data/a.csv',
      'data/a.json',
      'favicon.svg',
      'full/index.html',
      'index.html',
      'robots.txt',
      'sitemap-0.xml',
    ]);
    const gz = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.gz'));
    expect(gz.map((file) => file.split(path.sep).join('/')).sort()).toEqual(done.map((file) => `${file}.gz`).sort());
    for (const file of done)
      expect(gunzipSync(readFileSync(path.join(dir, `${file}.gz`))).equals(readFileSync(path.join(dir, file)))).toBe(
        true,
      );
  });

  it('writes the same bytes every time: no file name and no time in the gzip header', async () => {
    const first = site();
    const second = site();
    await precompressDir(first);
    await precompressDir(second);
    const gz = readFileSync(path.join(first, 'index.html.gz'));
    expect(gz.equals(readFileSync(path.join(second, 'index.html.gz')))).toBe(true);
    expect(gz[3]! & 0x08).toBe(0); // FLG.FNAME
    expect(gz.readUInt32LE(4)).toBe(0); // MTIME
    expect(gz[8]).toBe(2); // XFL: best compression
  });

  it('compresses at the best level, smaller than a host’s on-the-fly default (level 1)', async () => {
    const { gzipSync } = await import('node:zlib');
    const text = Buffer.from('<p>新质生产力是一道新时代新征程上的重要命题</p><p>全区24家企业</p>'.repeat(200));
    expect(gzipForHost(text).length).toBeLessThan(gzipSync(text, { level: 1 }).length);
  });

  // CI and every Linux or macOS machine have gzip; on one without, the build uses Node's zlib (tested above).
  it.runIf(hasSystemGzip())('with the machine’s gzip, packs a page tighter than Node’s zlib', async () => {
    const dir = site();
    // The article's text in paragraphs, as a page carries it.
    const article = readFileSync(path.join(import.meta.dirname, '../fixtures/article.txt'), 'utf8');
    const page = Buffer.from(
      article
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => `<p class="source-sentence">${line}</p>\n`)
        .join(''),
    );
    writeFileSync(path.join(dir, 'index.html'), page);
    await precompressDir(dir);
    const written = readFileSync(path.join(dir, 'index.html.gz'));
    expect(gunzipSync(written).equals(page)).toBe(true);
    expect(written.length).toBeLessThan(gzipForHost(page).length);
  });
});
