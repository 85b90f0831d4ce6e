// The print edition's figures for bench/REPORT.md: each page printed to A4 in Chromium (scripts/lib/print-pdf.ts),
// right after load and after every chart was drawn, with its page count and its emptiest page.
// `npm run bench` adds this section to the whole report. `npm run bench:print` builds the site once and rewrites
// only this section of bench/REPORT.md, for when the whole benchmark (Lighthouse on every page) is too slow to run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printToPdf } from './lib/print-pdf.ts';

/** What a page may take on paper (issue 14): the one-page edition 10 A4 pages, a chapter 4. */
const limits = { full: 10, chapter: 4 };

/**
 * Prints every page of the built site at `routes` (served at `origin`) both ways.
 * `isChapter(route)` tells chapter pages from the others.
 */
export async function measurePrint(browser, origin, routes, isChapter) {
  const results = [];
  for (const route of routes) {
    const result = { route };
    for (const drawCharts of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const printed = await printToPdf(page, origin + route, { drawCharts });
      await context.close();
      result[drawCharts ? 'drawn' : 'atLoad'] = {
        pages: printed.pages.length,
        charts: printed.charts,
        drawn: printed.drawnBefore.length,
        // The emptiest page but the last (a page may end early before a chapter; the test checks which).
        emptiest: Math.min(...printed.fill.slice(0, -1).map((fill) => Math.round(fill * 100))),
      };
    }
    result.limit = route.endsWith('/full/') ? limits.full : isChapter(route) ? limits.chapter : undefined;
    results.push(result);
    console.log('print', route, JSON.stringify(result));
  }
  return results;
}

/** A page's fill in per cent, or a dash for a one-page print (no page but the last). */
const fillText = (fill) => (Number.isFinite(fill) ? `${fill} %` : '—');

/** The report section: a target row per limit and a table of every page. */
export function printReportLines(results) {
  const mark = (ok) => (ok ? '✅' : '❌');
  const worst = (list) => Math.max(...list.flatMap((r) => [r.atLoad.pages, r.drawn.pages]));
  const full = results.filter((r) => r.limit === limits.full);
  const chapters = results.filter((r) => r.limit === limits.chapter);
  return [
    '## Print (A4, Chromium)',
    '',
    'Each page printed to PDF by Chromium (`page.pdf`, A4, the print stylesheet src/styles/print.css), right after load (only the charts near the first screen drawn) and after scrolling through (every chart drawn). Fill: how far down the text block the ink reaches on the emptiest page but the last; a page may end early before a chapter (tests/browser/print.test.ts checks that no other page is more than half empty).',
    '',
    '| measure | target | measured | |',
    '| --- | --- | --- | --- |',
    `| one-page edition \`/full/\` | ≤ ${limits.full} pages | ${full.length ? worst(full) : '—'} pages | ${mark(full.length > 0 && worst(full) <= limits.full)} |`,
    `| each chapter | ≤ ${limits.chapter} pages | worst ${chapters.length ? worst(chapters) : '—'} pages | ${mark(chapters.length > 0 && worst(chapters) <= limits.chapter)} |`,
    '',
    '| page | pages, right after load | charts drawn then | pages, every chart drawn | emptiest page (fill) |',
    '| --- | --: | --: | --: | --: |',
    ...results.map(
      (r) =>
        `| \`${r.route}\` | ${r.atLoad.pages} | ${r.atLoad.drawn} of ${r.atLoad.charts} | ${r.drawn.pages} | ${fillText(Math.min(r.atLoad.emptiest, r.drawn.emptiest))} |`,
    ),
    '',
  ];
}

/** Replaces the print section of bench/REPORT.md (or appends it), leaving the rest as it was. */
export function writePrintSection(reportFile, lines) {
  const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '# Benchmark\n';
  const start = report.indexOf(lines[0]);
  const next = start < 0 ? -1 : report.indexOf('\n## ', start + lines[0].length);
  const before = start < 0 ? `${report.trimEnd()}\n\n` : report.slice(0, start);
  const after = next < 0 ? '' : report.slice(next + 1);
  writeFileSync(reportFile, `${before}${lines.join('\n')}${after ? `\n${after}` : ''}`);
}

// Run on its own: build once, serve, print, rewrite the section.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('./lib/static-server.ts');
  const { chromiumArgs, chromiumPath } = await import('./lib/browser.ts');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const work = mkdtempSync(path.join(tmpdir(), 'xinzhi-bench-print-'));
  const dist = path.join(work, 'dist');
  try {
    const build = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
      {
        cwd: root,
        env: { ...process.env, SITE_URL: 'https://example.org', BASE_PATH: '', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      },
    );
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    const routes = printRoutes(dist);
    const site = await serveStatic(dist);
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const results = await measurePrint(browser, site.origin, routes, (route) => isChapterPage(dist, route));
      writePrintSection(path.join(root, 'bench/REPORT.md'), printReportLines(results));
      console.log('wrote the print section of bench/REPORT.md');
    } finally {
      await browser.close();
      await site.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The pages a reader may print: every built page but the 404 page and the old addresses' redirect pages. */
export function printRoutes(dist) {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .filter((file) => !readFileSync(path.join(dist, file), 'utf8').includes('http-equiv="refresh"'))
    .map(
      (file) =>
        `/${file
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
    )
    .sort();
}

/** A chapter page: `/<report>/<chapter>/`, other than the report's one-page edition and data page. */
export function isChapterPage(dist, route) {
  return /^\/[^/]+\/[^/]+\/$/.test(route) && !/\/(full|data)\/$/.test(route);
}
