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
