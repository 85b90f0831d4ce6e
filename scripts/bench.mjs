// The site's benchmark (not a test): build time; Lighthouse (mobile preset, simulated throttling) on every
// page, RUNS times each (median reported), at Lighthouse's 4× CPU slowdown and at 1×, both through nginx with
// deploy/nginx.conf (gzip, the build's precompressed .gz files) and from a plain server that sends files
// uncompressed; the bytes each page needs before its first paint and in total; what each part of /full/'s
// HTML costs; each page's length printed to A4. Writes bench/REPORT.md and appends to bench/history.json (both committed; the report shows the
// previous run's figures beside the new ones) and raw Lighthouse JSON under bench/out/ (ignored).
// Calibration (issue 26): Lighthouse's CPU slowdown is relative to the machine it runs on. Each run reports the
// machine's `benchmarkIndex`; through nginx every page is also measured at `4 × benchmarkIndex / 2414`, the
// slowdown at which this machine is as slow as the one issue 26's targets were measured on (index 2414), so a
// faster machine sees what that one sees. The index is the median of every run so far.
// Usage: npm run bench        Env: BUILDS (build runs, default 3), RUNS (Lighthouse runs per page and
// setting, default 3), LIGHTHOUSE (npm spec, default pinned), PAGES (comma-separated routes: only these, for
// trying the script out; such a partial run writes bench/out/REPORT-partial.md and leaves bench/REPORT.md and
// bench/history.json, the record of full runs, alone)
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { serveStatic } from './lib/static-server.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { isChapterPage, measurePrint, printReportLines, printRoutes } from './bench-print.mjs';
import { measureScale, scaleReportLines } from './bench-scale.mjs';
import { startNginx } from './lib/nginx.ts';
import { FIRST_SCREEN_BUDGET, measureFirstScreen } from './lib/first-screen.ts';
import { htmlCosts } from './html-costs.mjs';
import { REFERENCE_BENCHMARK_INDEX, calibratedSlowdown, siteRoutes } from './lib/bench-pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const lighthouseSpec = process.env.LIGHTHOUSE ?? 'lighthouse@13.5.0';
const builds = Number(process.env.BUILDS ?? 3);
const runs = Number(process.env.RUNS ?? 3);
const historyFile = path.join(root, 'bench/history.json');
const partial = Boolean(process.env.PAGES);
const loadAtStart = loadavg();
const outDir = path.join(root, 'bench/out');
mkdirSync(outDir, { recursive: true });

const targets = {
  score: 100,
  lcpMs: 1000,
  cls: 0,
  tbtMs: 50,
  firstScreenGz: FIRST_SCREEN_BUDGET,
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
// nginx serves the same folder on its own port (it reads files per request, so it can start first).
mkdirSync(dist, { recursive: true });
const nginx = await startNginx(dist);

// 1. Build time: `astro build` as `npm run build` runs it, BUILDS times; the site's canonical origin is the
// local server, so Lighthouse sees self-consistent canonical and share URLs.
const buildTimes = [];
// The chart images (src/pages/[report]/charts/[image].png.ts) append one line per image to this file: id, kind, ms.
const imageTimings = path.join(work, 'chart-image-timings.tsv');
const imageTimes = [];
let imageCount = 0;
for (let run = 0; run < builds; run++) {
  for (const entry of readdirSync(dist)) rmSync(path.join(dist, entry), { recursive: true, force: true });
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
    maxBuffer: 64 * 1024 * 1024,
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

// Every page, discovered from the build, but the old addresses (redirect pages: nothing to measure); PAGES
// (comma-separated routes; an old address stands for its page) limits the run to some pages.
const routes = siteRoutes(dist, process.env.PAGES);

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
const printResults = await measurePrint(
  browser,
  origin,
  // A partial run (PAGES) prints only its pages.
  printRoutes(dist).filter((route) => !partial || routes.includes(route)),
  (route) => isChapterPage(dist, route),
);
// The first screen: head + render-blocking CSS + HTML up to the end of the first screen (Lighthouse's
// mobile viewport), gzipped: what the page needs before its first paint.
const firstScreen = {};
for (const route of routes) firstScreen[route] = await measureFirstScreen(browser, dist, origin, route);
await browser.close();

// What each part of /full/'s HTML costs, gzipped.
// The first report's one-page edition (/<report>/full/).
const fullRoute = routes.find((route) => /^\/[^/]+\/full\/$/.test(route));
const fullCosts = fullRoute ? htmlCosts(readFileSync(path.join(dist, fullRoute, 'index.html'), 'utf8')) : undefined;

// 4. Lighthouse, mobile preset (its default: simulated slow 4G), each run in a fresh Chromium: RUNS times per
// page, server and CPU setting; the median run (by LCP) is reported.
const servers = { nginx: nginx.origin, plain: origin };
// The calibrated slowdown is known once a run has reported the machine's benchmarkIndex (the preset's 4× runs
// come first); only through nginx, where the targets are set.
const benchmarkIndexes = [];
const calibrated = () => calibratedSlowdown(median(benchmarkIndexes));
const cpuSettings = (server) => ({
  '4x': () => 4,
  '1x': () => 1,
  ...(server === 'nginx' ? { calibrated } : {}),
});
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
const lighthouse = {};
const runLighthouse = (url, file, slowdown, everyCategory) =>
  new Promise((resolve) => {
    const child = spawn(
      'npx',
      [
        '-y',
        lighthouseSpec,
        url,
        '--output=json',
        `--output-path=${file}`,
        // Every category at the preset's 4× CPU; performance only at 1× and calibrated, which are there for the
        // performance measures.
        `--only-categories=${everyCategory ? 'performance,accessibility,best-practices,seo' : 'performance'}`,
        `--throttling.cpuSlowdownMultiplier=${slowdown}`,
        `--chrome-flags=${chromiumArgs.join(' ')}`,
        '--quiet',
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('close', resolve);
  });
for (const route of routes) {
  lighthouse[route] = {};
  for (const [server, serverOrigin] of Object.entries(servers)) {
    lighthouse[route][server] = {};
    for (const [cpu, slowdownOf] of Object.entries(cpuSettings(server))) {
      const slowdown = slowdownOf();
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const name = `${route.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'cover'}-${server}-${cpu}-${run + 1}`;
        const file = path.join(outDir, `lighthouse-${name}.json`);
        // On a loaded machine Chromium now and then loses its page ("Target closed"): one retry.
        if (
          (await runLighthouse(serverOrigin + route, file, slowdown, cpu === '4x')) !== 0 &&
          (await runLighthouse(serverOrigin + route, file, slowdown, cpu === '4x')) !== 0
        )
          throw new Error(`lighthouse failed twice on ${route} (${server}, ${cpu})`);
        const report = JSON.parse(readFileSync(file, 'utf8'));
        benchmarkIndexes.push(report.environment.benchmarkIndex);
        const score = (id) => (report.categories[id] ? Math.round(report.categories[id].score * 100) : undefined);
        samples.push({
          slowdown,
          benchmarkIndex: report.environment.benchmarkIndex,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: report.audits['largest-contentful-paint'].numericValue,
          fcpMs: report.audits['first-contentful-paint'].numericValue,
          cls: report.audits['cumulative-layout-shift'].numericValue,
          tbtMs: report.audits['total-blocking-time'].numericValue,
          totalBytes: report.audits['total-byte-weight'].numericValue,
          failing: Object.values(report.categories).flatMap((category) =>
            category.auditRefs
              .filter((ref) => ref.weight > 0 && (report.audits[ref.id].score ?? 1) < 1)
              .map((ref) => `${category.id}: ${ref.id}`),
          ),
        });
      }
      // Medians of each measure; the lowest score of each category and the audits any run flagged.
      const pick = (key) => median(samples.map((sample) => sample[key]));
      const lowest = (key) => (samples[0][key] === undefined ? undefined : Math.min(...samples.map((x) => x[key])));
      lighthouse[route][server][cpu] = {
        slowdown,
        benchmarkIndex: pick('benchmarkIndex'),
        performance: pick('performance'),
        accessibility: lowest('accessibility'),
        bestPractices: lowest('bestPractices'),
        seo: lowest('seo'),
        lcpMs: pick('lcpMs'),
        fcpMs: pick('fcpMs'),
        cls: Math.max(...samples.map((sample) => sample.cls)),
        tbtMs: pick('tbtMs'),
        totalBytes: pick('totalBytes'),
        lcpRuns: samples.map((sample) => Math.round(sample.lcpMs)),
        failing: [...new Set(samples.flatMap((sample) => sample.failing))],
      };
      console.log(route, server, cpu, JSON.stringify(lighthouse[route][server][cpu]));
    }
  }
}
await site.close();
await nginx.stop();
rmSync(work, { recursive: true, force: true });
const loadAtEnd = loadavg();

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
// The previous run (bench/history.json), whose figures the report shows beside the new ones.
const history = existsSync(historyFile) ? JSON.parse(readFileSync(historyFile, 'utf8')) : [];
const previous = history.at(-1);
const prevLh = (route, server, cpu) => previous?.pages?.[route]?.lighthouse?.[server]?.[cpu];
/** `now (was before)`, or `now` when there is no earlier figure. */
const was = (now, before, format) =>
  before === undefined || before === null ? format(now) : `${format(now)} (was ${format(before)})`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ms = (n) => `${Math.round(n)} ms`;
const serverName = { nginx: 'nginx, gzip', plain: 'plain, uncompressed' };
const all = (fn) => routes.flatMap((r) => Object.keys(servers).map((server) => fn(lighthouse[r][server], r, server)));
const nginx4 = routes.map((r) => lighthouse[r].nginx['4x']);
const nginxCal = routes.map((r) => lighthouse[r].nginx.calibrated);
const calibratedIndex = median(benchmarkIndexes);
const calibratedX = calibratedSlowdown(calibratedIndex);
const worst = (list, key) => Math.max(...list.map((entry) => entry[key]));
const maxFirstScreen = Math.max(...routes.map((r) => firstScreen[r].total));
const load = (values) => values.map((value) => value.toFixed(1)).join(', ');
const lines = [
  '# Benchmark',
  '',
  `Measured by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, Debian Chromium, ${lighthouseSpec} (mobile preset: simulated slow 4G; simulated CPU slowdown 4× as the preset has it, 1×, and calibrated to this machine: ${calibratedX.toFixed(2)}× = 4 × benchmarkIndex ${Math.round(calibratedIndex)} (the median of every run) / ${REFERENCE_BENCHMARK_INDEX}, the index of the machine issue 26's targets were set on). Each figure is the median of ${runs} Lighthouse runs. Pages are discovered from the build and served two ways: by nginx with deploy/nginx.conf (gzip, sending the build's precompressed .gz files) and by a plain static server that sends every file uncompressed (a harsher test).`,
  '',
  `Machine load (1, 5, 15 min load averages) at the start: ${load(loadAtStart)}; at the end: ${load(loadAtEnd)}. Other work on the machine slows the runs and makes them noisy: read figures from a loaded machine as upper bounds.`,
  '',
  previous
    ? `Figures in brackets (was …) are the previous run's, from ${previous.date} (${previous.note ?? `${previous.runs} run(s) per page`}).`
    : 'No previous run recorded.',
  '',
  '## Targets (through nginx with gzip, 4× CPU, unless said)',
  '',
  '| measure | target | measured | |',
  '| --- | --- | --- | --- |',
  `| Lighthouse performance, every page, calibrated CPU (${calibratedX.toFixed(2)}×) | 100 | lowest ${Math.min(...nginxCal.map((l) => l.performance))} | ${mark(nginxCal.every((l) => l.performance === 100))} |`,
  `| Largest Contentful Paint, every page, calibrated CPU | ≤ 1.0 s | worst ${seconds(worst(nginxCal, 'lcpMs'))} | ${mark(nginxCal.every((l) => l.lcpMs <= targets.lcpMs))} |`,
  `| Total Blocking Time, every page, calibrated CPU | ≤ 50 ms | worst ${ms(worst(nginxCal, 'tbtMs'))} | ${mark(nginxCal.every((l) => l.tbtMs <= targets.tbtMs))} |`,
  `| Cumulative Layout Shift, every page, calibrated CPU | 0 | worst ${worst(nginxCal, 'cls').toFixed(3)} | ${mark(nginxCal.every((l) => l.cls === 0))} |`,
  `| Lighthouse performance, every page | 100 | lowest ${Math.min(...nginx4.map((l) => l.performance))} | ${mark(nginx4.every((l) => l.performance === 100))} |`,
  `| Lighthouse accessibility, best practices, SEO, every page | 100 | lowest ${Math.min(...nginx4.flatMap((l) => [l.accessibility, l.bestPractices, l.seo]))} | ${mark(nginx4.every((l) => [l.accessibility, l.bestPractices, l.seo].every((x) => x === 100)))} |`,
  `| Largest Contentful Paint, every page | ≤ 1.0 s | worst ${seconds(worst(nginx4, 'lcpMs'))} | ${mark(nginx4.every((l) => l.lcpMs <= targets.lcpMs))} |`,
  `| Cumulative Layout Shift, every page, both servers, 1× and 4× | 0 | worst ${Math.max(...all((l) => Math.max(l['4x'].cls, l['1x'].cls))).toFixed(3)} | ${mark(all((l) => l['4x'].cls === 0 && l['1x'].cls === 0).every(Boolean))} |`,
  `| Total Blocking Time, every page, 4× and 1× | ≤ 50 ms | worst ${ms(worst(nginx4, 'tbtMs'))} (4×), ${ms(Math.max(...routes.map((r) => lighthouse[r].nginx['1x'].tbtMs)))} (1×) | ${mark(routes.every((r) => lighthouse[r].nginx['4x'].tbtMs <= targets.tbtMs && lighthouse[r].nginx['1x'].tbtMs <= targets.tbtMs))} |`,
  `| first screen (head, CSS, HTML to the end of the first screen), gzipped | ≤ 14 KB | worst ${kb(maxFirstScreen)} KB | ${mark(maxFirstScreen <= targets.firstScreenGz)} |`,
  `| gzipped JS before the first chart is near | ≤ 2 KB | worst ${kb(maxJsBefore)} KB | ${mark(maxJsBefore <= targets.jsBeforeChartGz)} |`,
  `| chart runtime (all its chunks), gzipped | < 60 KB | ${kb(chartRuntime)} KB | ${mark(chartRuntime < targets.chartRuntimeGz)} |`,
  `| build (\`astro build\`, ${builds} runs) | < 15 s | median ${medianBuild.toFixed(1)} s, worst ${maxBuild.toFixed(1)} s | ${mark(maxBuild < targets.buildS)} |`,
  `| of which drawing the chart images (${imageCount} PNGs: light, dark, phone-width and download) | (in the build) | median ${[...imageTimes].sort((a, b) => a - b)[Math.floor((imageTimes.length - 1) / 2)].toFixed(1)} s, worst ${Math.max(...imageTimes).toFixed(1)} s | |`,
  '',
  '## Lighthouse, per page',
  '',
  `Median of ${runs} runs. Performance score, LCP and TBT at the preset's 4× CPU slowdown and at 1×; CLS the worst of all runs; transfer: the bytes the page loaded (Lighthouse's total byte weight). LCP of each 4× run in the last column, to show the spread.`,
  '',
  '| page | served by | performance 4× | LCP 4× | TBT 4× | performance 1× | LCP 1× | TBT 1× | CLS | transfer | LCP runs 4× | weighted audits below a perfect score |',
  '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
  ...routes.flatMap((r) =>
    Object.keys(servers).map((server) => {
      const l4 = lighthouse[r][server]['4x'];
      const l1 = lighthouse[r][server]['1x'];
      const p4 = prevLh(r, server, '4x');
      const p1 = prevLh(r, server, '1x');
      return `| \`${r}\` | ${serverName[server]} | ${was(l4.performance, p4?.performance, String)} | ${was(l4.lcpMs, p4?.lcpMs, seconds)} | ${was(l4.tbtMs, p4?.tbtMs, ms)} | ${was(l1.performance, p1?.performance, String)} | ${was(l1.lcpMs, p1?.lcpMs, seconds)} | ${was(l1.tbtMs, p1?.tbtMs, ms)} | ${Math.max(l4.cls, l1.cls).toFixed(3)} | ${kb(l4.totalBytes)} KB | ${l4.lcpRuns.map((n) => (n / 1000).toFixed(2)).join(' / ')} | ${l4.failing.join(', ') || '—'} |`;
    }),
  ),
  '',
  '## Lighthouse at the calibrated CPU slowdown, per page (nginx, gzip)',
  '',
  `Median of ${runs} runs at the slowdown that makes this machine as slow as the reference one (issue 26): 4 × this machine's benchmarkIndex / ${REFERENCE_BENCHMARK_INDEX}, with the index known when the page's runs started (the median of every earlier run). Performance only; CLS the worst of the runs.`,
  '',
  '| page | slowdown | benchmarkIndex (median of its runs) | performance | LCP | TBT | CLS | LCP runs | weighted audits below a perfect score |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --- |',
  ...routes.map((r) => {
    const l = lighthouse[r].nginx.calibrated;
    const p = prevLh(r, 'nginx', 'calibrated');
    return `| \`${r}\` | ${l.slowdown.toFixed(2)}× | ${Math.round(l.benchmarkIndex)} | ${was(l.performance, p?.performance, String)} | ${was(l.lcpMs, p?.lcpMs, seconds)} | ${was(l.tbtMs, p?.tbtMs, ms)} | ${l.cls.toFixed(3)} | ${l.lcpRuns.map((n) => (n / 1000).toFixed(2)).join(' / ')} | ${l.failing.join(', ') || '—'} |`;
  }),
  '',
  '## The first screen, per page (gzipped, at 412 × 823)',
  '',
  'What a page needs before its first paint: its HTML from the first byte (the head included) up to the first element that starts below the first screen, and the stylesheet it blocks rendering on. The budget is 14 KB, one round trip of a typical initial congestion window. tests/browser/first-screen.test.ts holds every page to it.',
  '',
  '| page | HTML to the end of the first screen | CSS | first screen | whole HTML | counted up to |',
  '| --- | --: | --: | --: | --: | --- |',
  ...routes.map((r) => {
    const f = firstScreen[r];
    const p = previous?.pages?.[r]?.firstScreen;
    return `| \`${r}\` | ${was(f.html, p?.html, kb)} KB | ${kb(f.css)} KB | ${was(f.total, p?.total, kb)} KB | ${was(f.wholeHtml, p?.wholeHtml, kb)} KB | \`${f.cutAt || '(end of page)'}\` |`;
  }),
  '',
  ...(fullCosts
    ? [
        '## What each part of `/full/`’s HTML costs (gzipped)',
        '',
        `The whole page: ${kb(fullCosts.total)} KB gzipped (${kb(fullCosts.raw)} KB before compression)${previous?.fullCosts ? `, was ${kb(previous.fullCosts.total)} KB` : ''}. Each row: how much smaller the gzipped page gets without that part (parts overlap a little, so the rows do not add up to the whole).`,
        '',
        '| part | gzipped | before compression |',
        '| --- | --: | --: |',
        ...fullCosts.rows.map((row) => {
          const p = previous?.fullCosts?.rows?.find((x) => x.name === row.name);
          return `| ${row.name} | ${was(row.gz, p?.gz, (n) => `${(n / 1024).toFixed(2)} KB`)} | ${kb(row.raw)} KB |`;
        }),
        '',
      ]
    : []),
  '## Bytes per page (gzipped, at 390 px)',
  '',
  'At load: what a reader downloads before scrolling (gzipped at the default level, as a host compressing on the fly would). JS before a chart is near: the scripts at load that are not the chart runtime. Scrolling: what scrolling to the end adds. Where a chart sits in or near the first screen, the runtime is fetched without scrolling, once the page has loaded and gone idle (marked ●). Total: everything, load and scrolling.',
  '',
  '| page | HTML | CSS | JS at load | of which before a chart is near | JS added by scrolling | other (icons) | total | charts drawn |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...routes.map((r) => {
    const b = bytes[r];
    const total = b.html + b.css + b.jsBefore + b.jsAfter + b.other;
    return `| \`${r}\` | ${kb(b.html)} KB | ${kb(b.css)} KB | ${kb(b.jsBefore)} KB${b.chartNearAtLoad ? ' ●' : ''} | ${kb(b.jsBeforeChart)} KB | ${kb(b.jsAfter)} KB | ${kb(b.other)} KB | ${kb(total)} KB | ${b.charts} |`;
  }),
  '',
  ...printReportLines(printResults),
  '',
  ...scaleReportLines(measureScale((process.env.SCALE_SIZES ?? '1,10,50').split(',').map(Number))),
];
// A partial run (PAGES) is a trial: it must not replace the committed record of a full run.
const reportFile = partial ? path.join(outDir, 'REPORT-partial.md') : path.join(root, 'bench/REPORT.md');
writeFileSync(reportFile, lines.join('\n'));
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
if (!partial) {
  history.push({
    date: new Date().toISOString().slice(0, 10),
    commit,
    lighthouse: lighthouseSpec,
    runs,
    load: { start: loadAtStart, end: loadAtEnd },
    fullCosts,
    pages: Object.fromEntries(
      routes.map((r) => [r, { lighthouse: lighthouse[r], firstScreen: firstScreen[r], bytes: bytes[r] }]),
    ),
  });
  // Formatted as the repository formats JSON, so `prettier --check` (part of npm test) passes on it.
  writeFileSync(
    historyFile,
    await format(JSON.stringify(history, null, 2), { ...(await resolveConfig(historyFile)), filepath: historyFile }),
  );
}
writeFileSync(
  path.join(outDir, 'summary.json'),
  JSON.stringify({ buildTimes, imageTimes, bytes, lighthouse, firstScreen, fullCosts, print: printResults }, null, 2),
);
console.log(
  partial
    ? `wrote ${path.relative(root, reportFile)} (PAGES: a partial run; bench/REPORT.md and bench/history.json are left as they were)`
    : 'wrote bench/REPORT.md and bench/history.json',
);
