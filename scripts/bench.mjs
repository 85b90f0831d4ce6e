// The site's benchmark (not a test): build time, Lighthouse (mobile preset) on every page, and the
// gzipped bytes each page loads before and after its charts, and each page's length printed to A4. Writes bench/REPORT.md (committed) and
// raw Lighthouse JSON under bench/out/ (ignored).
// Usage: npm run bench        Env: BUILDS (build runs, default 3), LIGHTHOUSE (npm spec, default pinned)
import { spawnSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { serveStatic } from './lib/static-server.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { isChapterPage, measurePrint, printReportLines, printRoutes } from './bench-print.mjs';
import { measureScale, scaleReportLines } from './bench-scale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const lighthouseSpec = process.env.LIGHTHOUSE ?? 'lighthouse@13.5.0';
const builds = Number(process.env.BUILDS ?? 3);
const outDir = path.join(root, 'bench/out');
mkdirSync(outDir, { recursive: true });

const targets = {
  score: 100,
  lcpMs: 1500,
  cls: 0,
  tbtMs: null,
  jsBeforeChartGz: 2048,
  chartRuntimeGz: 60 * 1024,
  buildS: 15,
};

/** A free port, chosen now, so the site can be built with its own origin as SITE_URL. */
async function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const origin = `http://localhost:${port}`;
const work = mkdtempSync(path.join(tmpdir(), 'xinzhi-bench-'));
const dist = path.join(work, 'dist');

// 1. Build time: `astro build` as `npm run build` runs it, BUILDS times; the site's canonical origin is the
// local server, so Lighthouse sees self-consistent canonical and share URLs.
const buildTimes = [];
// The chart images (src/pages/charts/[image].png.ts) append one line per image to this file: id, kind, ms.
const imageTimings = path.join(work, 'chart-image-timings.tsv');
const imageTimes = [];
let imageCount = 0;
for (let run = 0; run < builds; run++) {
  rmSync(dist, { recursive: true, force: true });
  rmSync(imageTimings, { force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', dist], {
    cwd: root,
    env: {
      ...process.env,
      SITE_URL: origin,
      BASE_PATH: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      CHART_IMAGE_TIMINGS: imageTimings,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  buildTimes.push((performance.now() - started) / 1000);
  const timings = readFileSync(imageTimings, 'utf8').trim().split('\n');
  imageCount = timings.length;
  imageTimes.push(timings.reduce((total, line) => total + Number(line.split('\t')[2]), 0) / 1000);
}
console.log(`build: ${buildTimes.map((t) => t.toFixed(1)).join(', ')} s`);
console.log(`chart images: ${imageCount} per build, ${imageTimes.map((t) => t.toFixed(1)).join(', ')} s`);

// Every page, discovered from the build.
const routes = readdirSync(dist, { recursive: true, encoding: 'utf8' })
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

// 2. Serve it (same server as the browser tests) on the chosen port's origin.
const site = await serveStatic(dist, '/', port);

// 3. Bytes per page, in Chromium at a phone's size: what loads before any scrolling (charts are lazy),
// then what scrolling to the end adds (the chart runtime).
const gz = (buffer) => gzipSync(buffer).length;
const kind = (type, url) =>
  /javascript/.test(type) || /\.m?js$/.test(url)
    ? 'js'
    : /css/.test(type)
      ? 'css'
      : /html/.test(type)
        ? 'html'
        : 'other';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const bytes = {};
for (const route of routes) {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const loaded = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => null);
    if (body)
      loaded.push({
        url: response.url(),
        kind: kind(response.headers()['content-type'] ?? '', response.url()),
        gz: gz(body),
      });
  });
  await page.goto(origin + route, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const before = loaded.length;
  for (let step = 0; step < 100; step++) {
    const atEnd = await page.evaluate(() => {
      const y = window.scrollY;
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY === y;
    });
    await page.waitForTimeout(60);
    if (atEnd) break;
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const sum = (list, k) => list.filter((entry) => entry.kind === k).reduce((total, entry) => total + entry.gz, 0);
  const first = loaded.slice(0, before);
  const later = loaded.slice(before);
  bytes[route] = {
    first,
    later,
    html: sum(first, 'html'),
    css: sum(first, 'css'),
    jsBefore: sum(first, 'js'),
    jsAfter: sum(later, 'js'),
    other: sum(first, 'other'),
    charts: await page.locator('canvas').count(),
  };
  await context.close();
}
// 3b. The print edition: every page printed to A4 (scripts/bench-print.mjs).
const printResults = await measurePrint(browser, origin, printRoutes(dist), (route) => isChapterPage(dist, route));
await browser.close();

// 4. Lighthouse, mobile preset (its default), each page in a fresh Chromium.
const lighthouse = {};
for (const route of routes) {
  const file = path.join(outDir, `lighthouse-${route.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'cover'}.json`);
  const result = await new Promise((resolve) => {
    const child = spawn(
      'npx',
      [
        '-y',
        lighthouseSpec,
        origin + route,
        '--output=json',
        `--output-path=${file}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=${chromiumArgs.join(' ')}`,
        '--quiet',
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('close', resolve);
  });
  if (result !== 0) throw new Error(`lighthouse failed on ${route}`);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(report.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id].score ?? 1) < 1)
      .map((ref) => `${category.id}: ${ref.id}`),
  );
  lighthouse[route] = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: report.audits['largest-contentful-paint'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
    tbtMs: report.audits['total-blocking-time'].numericValue,
    failing,
  };
  console.log(route, JSON.stringify(lighthouse[route]));
}
await site.close();
rmSync(work, { recursive: true, force: true });

// 5. The report.
const kb = (n) => (n / 1024).toFixed(1);
const mark = (ok) => (ok ? '✅' : '❌');
const maxBuild = Math.max(...buildTimes);
const medianBuild = [...buildTimes].sort((a, b) => a - b)[Math.floor((buildTimes.length - 1) / 2)];
// The chart runtime: every script a page only fetched once a chart came near (on some page, by scrolling).
const chartChunks = new Map(
  routes.flatMap((r) =>
    bytes[r].later
      .filter((entry) => entry.kind === 'js')
      .map((entry) => [entry.url.replace(/^https?:\/\/[^/]+/, ''), entry.gz]),
  ),
);
const isChartChunk = (entry) => chartChunks.has(entry.url.replace(/^https?:\/\/[^/]+/, ''));
for (const r of routes) {
  const b = bytes[r];
  b.jsBeforeChart = b.first
    .filter((entry) => entry.kind === 'js' && !isChartChunk(entry))
    .reduce((t, e) => t + e.gz, 0);
  b.chartNearAtLoad = b.first.some(isChartChunk);
  delete b.first;
  delete b.later;
}
const maxJsBefore = Math.max(...routes.map((r) => bytes[r].jsBeforeChart));
const chartRuntime = [...chartChunks.values()].reduce((t, n) => t + n, 0);
const lines = [
  '# Benchmark',
  '',
  `Measured by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, Debian Chromium, ${lighthouseSpec} (mobile preset: simulated slow 4G and 4× CPU slowdown). Pages are discovered from the build and served by a local static server.`,
  '',
  '## Targets',
  '',
  '| measure | target | measured | |',
  '| --- | --- | --- | --- |',
  `| Lighthouse scores, every page | 100 in all four | lowest ${Math.min(...routes.flatMap((r) => [lighthouse[r].performance, lighthouse[r].accessibility, lighthouse[r].bestPractices, lighthouse[r].seo]))} | ${mark(routes.every((r) => [lighthouse[r].performance, lighthouse[r].accessibility, lighthouse[r].bestPractices, lighthouse[r].seo].every((s) => s === 100)))} |`,
  `| Largest Contentful Paint, every page | < 1.5 s | worst ${(Math.max(...routes.map((r) => lighthouse[r].lcpMs)) / 1000).toFixed(2)} s | ${mark(routes.every((r) => lighthouse[r].lcpMs < targets.lcpMs))} |`,
  `| Cumulative Layout Shift, every page | 0 | worst ${Math.max(...routes.map((r) => lighthouse[r].cls)).toFixed(3)} | ${mark(routes.every((r) => lighthouse[r].cls === 0))} |`,
  `| gzipped JS before the first chart is near | ≤ 2 KB | worst ${kb(maxJsBefore)} KB | ${mark(maxJsBefore <= targets.jsBeforeChartGz)} |`,
  `| chart runtime (all its chunks), gzipped | < 60 KB | ${kb(chartRuntime)} KB | ${mark(chartRuntime < targets.chartRuntimeGz)} |`,
  `| build (\`astro build\`, ${builds} runs) | < 15 s | median ${medianBuild.toFixed(1)} s, worst ${maxBuild.toFixed(1)} s | ${mark(maxBuild < targets.buildS)} |`,
  `| of which drawing the chart images (${imageCount} PNGs: light, dark, phone-width and download) | (in the build) | median ${[...imageTimes].sort((a, b) => a - b)[Math.floor((imageTimes.length - 1) / 2)].toFixed(1)} s, worst ${Math.max(...imageTimes).toFixed(1)} s | |`,
  '',
  '## Lighthouse, per page',
  '',
  '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT | weighted audits below a perfect score |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --- |',
  ...routes.map((r) => {
    const l = lighthouse[r];
    return `| \`${r}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${(l.lcpMs / 1000).toFixed(2)} s | ${l.cls.toFixed(3)} | ${Math.round(l.tbtMs)} ms | ${l.failing.join(', ') || '—'} |`;
  }),
  '',
  '## Bytes per page (gzipped, at 390 px)',
  '',
  'At load: what a reader downloads before scrolling. JS before a chart is near: the scripts at load that are not the chart runtime. Scrolling: what scrolling to the end adds. Where a chart sits in or near the first screen, the runtime is fetched at load (marked ●), as it should be.',
  '',
  '| page | HTML | CSS | JS at load | of which before a chart is near | JS added by scrolling | other (icons) | charts drawn |',
  '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ...routes.map((r) => {
    const b = bytes[r];
    return `| \`${r}\` | ${kb(b.html)} KB | ${kb(b.css)} KB | ${kb(b.jsBefore)} KB${b.chartNearAtLoad ? ' ●' : ''} | ${kb(b.jsBeforeChart)} KB | ${kb(b.jsAfter)} KB | ${kb(b.other)} KB | ${b.charts} |`;
  }),
  '',
  ...printReportLines(printResults),
  '',
  ...scaleReportLines(measureScale((process.env.SCALE_SIZES ?? '1,10,50').split(',').map(Number))),
];
writeFileSync(path.join(root, 'bench/REPORT.md'), lines.join('\n'));
writeFileSync(
  path.join(outDir, 'summary.json'),
  JSON.stringify({ buildTimes, imageTimes, bytes, lighthouse, print: printResults }, null, 2),
);
console.log('wrote bench/REPORT.md');
