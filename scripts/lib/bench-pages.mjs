// What the benchmarks measure: the pages of a build, and the CPU slowdown that makes this machine as slow as the
// one issue 26's targets were set on.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Lighthouse's `benchmarkIndex` on the machine the targets were measured on (issue 26). */
export const REFERENCE_BENCHMARK_INDEX = 2414;

/**
 * The CPU slowdown at which this machine runs as slowly as the reference one at Lighthouse's 4×:
 * `4 × benchmarkIndex / 2414` (a faster machine, with a higher index, is slowed down more). Never below 1.
 */
export function calibratedSlowdown(benchmarkIndex) {
  if (!(benchmarkIndex > 0)) throw new Error(`benchmarkIndex must be a positive number, got ${benchmarkIndex}`);
  return Math.max(1, (4 * benchmarkIndex) / REFERENCE_BENCHMARK_INDEX);
}

const fileOf = (dist, route) => path.join(dist, route, route.endsWith('/') ? 'index.html' : '');

/** Where an old address's redirect page (meta refresh) sends the reader, or undefined for a real page. */
function redirectTarget(dist, route) {
  const html = readFileSync(fileOf(dist, route), 'utf8');
  if (!/http-equiv="refresh"/i.test(html)) return undefined;
  const target = /content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];
  return target ? new URL(target.replace(/&amp;/g, '&'), `http://x${route}`).pathname : '';
}

/**
 * Every page of the build in `dist`, as routes (`/`, `/404.html`, `/cong-xin-chu-fa/full/`…), sorted, without
 * the old addresses (redirect pages: nothing to measure). `pages` (the PAGES variable: comma-separated routes)
 * keeps only those; an old address given there stands for the page it redirects to. A route in `pages` that is
 * not in the build is an error, so a typo never measures nothing.
 */
export function siteRoutes(dist, pages) {
  const all = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map(
      (file) =>
        '/' +
        file
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, ''),
    )
    .sort();
  const redirects = new Map(all.map((route) => [route, redirectTarget(dist, route)]));
  const real = all.filter((route) => redirects.get(route) === undefined);
  if (!pages) return real;
  const wanted = pages
    .split(',')
    .map((page) => page.trim())
    .filter(Boolean)
    .map((page) => {
      if (!redirects.has(page))
        throw new Error(
          `PAGES: ${page} is not a page of the build (pages: ${real.join(', ')}). PAGES 中的 ${page} 不是本站的页面。`,
        );
      return redirects.get(page) || page;
    });
  return real.filter((route) => wanted.includes(route));
}

/**
 * The floor (issue 36): a trivial page (a headline and one paragraph of the article, system fonts) that lives in
 * bench/floor/, not in the site. Each bench run serves it beside the site's pages, through the same nginx, at
 * this route, and measures it first: what any page costs on this machine and this Lighthouse, the reference
 * each page's LCP is divided by.
 */
export const FLOOR_FILE = 'bench/floor/index.html';
export const FLOOR_ROUTE = '/bench-floor/';

/**
 * A page's LCP as a multiple of the floor's, measured in the same run (1.3 means 30 % slower than the trivial
 * page), rounded to two decimals; undefined when either is missing or the floor is not a positive time.
 */
export function floorRatio(lcpMs, floorLcpMs) {
  if (!(floorLcpMs > 0) || !(lcpMs >= 0)) return undefined;
  return Math.round((lcpMs / floorLcpMs) * 100) / 100;
}

/** The optional settings BENCH_EXTRA may add (comma-separated): the plain uncompressed server, the 1× CPU. */
export const EXTRA_SETTINGS = ['plain', '1x'];

/**
 * What a bench run measures with Lighthouse, in order, for each page: `server` (nginx: deploy/nginx.conf with
 * gzip; plain: every file uncompressed), `cpu` (`4x`: the preset's slowdown; `calibrated`: this machine made
 * as slow as the reference one; `1x`), `runs` and whether every category is measured or performance only.
 * By default: one every-category run at 4× through nginx (accessibility, best practices, SEO; it also
 * reports the machine's benchmarkIndex), then `runs` performance runs at the calibrated slowdown through
 * nginx, the figures the targets are set on. `extra` (BENCH_EXTRA) adds, with `plain`, the plain server at
 * 4× (and at 1× with `1x` too) and, with `1x`, nginx at 1×, `runs` performance runs each. An unknown word in
 * `extra` is an error, so a typo never quietly measures less.
 */
export function benchSettings(runs, extra = '') {
  const words = extra
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
  for (const word of words)
    if (!EXTRA_SETTINGS.includes(word))
      throw new Error(
        `BENCH_EXTRA: ${word} is not one of ${EXTRA_SETTINGS.join(', ')}. BENCH_EXTRA 中的 ${word} 不是可选的测量（可选：${EXTRA_SETTINGS.join('、')}）。`,
      );
  const settings = [
    { server: 'nginx', cpu: '4x', runs: 1, everyCategory: true },
    { server: 'nginx', cpu: 'calibrated', runs, everyCategory: false },
  ];
  if (words.includes('1x')) settings.push({ server: 'nginx', cpu: '1x', runs, everyCategory: false });
  if (words.includes('plain')) {
    settings.push({ server: 'plain', cpu: '4x', runs, everyCategory: false });
    if (words.includes('1x')) settings.push({ server: 'plain', cpu: '1x', runs, everyCategory: false });
  }
  return settings;
}
