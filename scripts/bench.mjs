// The site's benchmark (not a test): build time; Lighthouse (mobile preset, simulated throttling) on every
// page of both editions through nginx with deploy/nginx.conf (gzip, the build's precompressed .gz files), beside
// the floor page (bench/floor/, issue 36: a headline and one paragraph, system fonts, not part of the site)
// measured in the same run through the same nginx as the reference row; the bytes each page needs before its
// first paint and in total; what each part of /full/'s HTML costs; each page's length printed to A4. Writes
// bench/REPORT.md and appends to bench/history.json (both committed; the report shows the previous run's figures
// beside the new ones) and raw Lighthouse JSON under bench/out/ (ignored).
// Lighthouse, per page (scripts/lib/bench-pages.mjs, benchSettings): one run with every category at the
// preset's 4× (accessibility, best practices, SEO), then RUNS performance runs at the calibrated slowdown, the
// median of which the targets are read on (performance 100, LCP ≤ 0.90 s, TBT ≤ 50 ms, CLS 0; then LCP ≤ 1.3×
// the floor). BENCH_EXTRA=plain,1x adds the plain server that sends files uncompressed and/or the 1× CPU
// (RUNS runs each): opt-in, so a default run of every page takes well under an hour.
// Calibration (issue 26): Lighthouse's CPU slowdown is relative to the machine it runs on. Each run reports the
// machine's `benchmarkIndex`; the calibrated slowdown is `4 × benchmarkIndex / 2414`, at which this machine is as
// slow as the one issue 26's targets were measured on (index 2414), so a faster machine sees what that one sees.
// The index is the median of every run so far (the floor's 4× run comes first).
// Usage: npm run bench        Env: BUILDS (build runs, default 3), RUNS (calibrated Lighthouse runs per page,
// default 3), BENCH_EXTRA (see above), LIGHTHOUSE (npm spec, default pinned), PAGES (comma-separated routes:
// only these, for trying the script out; such a partial run writes bench/out/REPORT-partial.md and leaves
// bench/REPORT.md and bench/history.json, the record of full runs, alone)
import { spawnSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
import {
  FLOOR_FILE,
  FLOOR_ROUTE,
  REFERENCE_BENCHMARK_INDEX,
  benchSettings,
  calibratedSlowdown,
  floorRatio,
  siteRoutes,
} from './lib/bench-pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const lighthouseSpec = process.env.LIGHTHOUSE ?? 'lighthouse@13.5.0';
const builds = Number(process.env.BUILDS ?? 3);
const runs = Number(process.env.RUNS ?? 3);
// What Lighthouse measures on each page (a typo in BENCH_EXTRA stops the run before the builds).
const settings = benchSettings(runs, process.env.BENCH_EXTRA);
const historyFile = path.join(root, 'bench/history.json');
const partial = Boolean(process.env.PAGES);
const loadAtStart = loadavg();
const outDir = path.join(root, 'bench/out');
mkdirSync(outDir, { recursive: true });

const targets = {
  score: 100,
  lcpMs: 900,
  floorRatio: 1.3,
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

// 4. Lighthouse, mobile preset (its default: simulated slow 4G), each run in a fresh Chromium, per page the
// settings of benchSettings (scripts/lib/bench-pages.mjs); the median run (by LCP) is reported. The floor page
// (bench/floor/) is copied beside the site's pages now (after the measures above, which read the build) and
// measured first, through the same nginx.
mkdirSync(path.join(dist, FLOOR_ROUTE), { recursive: true });
copyFileSync(path.join(root, FLOOR_FILE), path.join(dist, FLOOR_ROUTE, 'index.html'));
writeFileSync(
  path.join(dist, FLOOR_ROUTE, 'index.html.gz'),
  gzipSync(readFileSync(path.join(root, FLOOR_FILE)), { level: 9 }),
);
const servers = { nginx: nginx.origin, plain: origin };
// The calibrated slowdown is known once a run has reported the machine's benchmarkIndex (each page's 4× run
// comes first, the floor's before any page's).
const benchmarkIndexes = [];
const calibrated = () => calibratedSlowdown(median(benchmarkIndexes));
const slowdownOf = { '4x': () => 4, '1x': () => 1, calibrated };
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
        `--only-categories=${everyCategory ? 'performance,accessibility,best-practices,seo' : 'performance'}`,
        `--throttling.cpuSlowdownMultiplier=${slowdown}`,
        `--chrome-flags=${chromiumArgs.join(' ')}`,
        '--quiet',
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('close', resolve);
  });
for (const route of [FLOOR_ROUTE, ...routes]) {
  lighthouse[route] = {};
  // The floor has no accessibility or SEO of the site's to measure: its performance runs only (and one 4× run,
  // for the machine's benchmarkIndex).
  const pageSettings =
    route === FLOOR_ROUTE
      ? settings
          .filter((setting) => setting.server === 'nginx' && setting.cpu !== '1x')
          .map((setting) => ({ ...setting, everyCategory: false }))
      : settings;
  for (const { server, cpu, runs: count, everyCategory } of pageSettings) {
    lighthouse[route][server] ??= {};
    const slowdown = slowdownOf[cpu]();
    const samples = [];
    for (let run = 0; run < count; run++) {
      const name = `${route.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'cover'}-${server}-${cpu}-${run + 1}`;
      const file = path.join(outDir, `lighthouse-${name}.json`);
      // On a loaded machine Chromium now and then loses its page ("Target closed"): one retry.
      if (
        (await runLighthouse(servers[server] + route, file, slowdown, everyCategory)) !== 0 &&
        (await runLighthouse(servers[server] + route, file, slowdown, everyCategory)) !== 0
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
const cpuName = { '4x': '4×', '1x': '1×', calibrated: 'calibrated' };
const nginx4 = routes.map((r) => lighthouse[r].nginx['4x']);
const nginxCal = routes.map((r) => lighthouse[r].nginx.calibrated);
const floor = lighthouse[FLOOR_ROUTE].nginx.calibrated;
const ratioOf = (r) => floorRatio(lighthouse[r].nginx.calibrated.lcpMs, floor.lcpMs);
const worstRatio = Math.max(...routes.map(ratioOf));
// The opt-in settings this run measured (BENCH_EXTRA), each with a table of its own.
const extras = settings.filter((setting) => setting.server !== 'nginx' || setting.cpu === '1x');
const calibratedIndex = median(benchmarkIndexes);
const calibratedX = calibratedSlowdown(calibratedIndex);
const worst = (list, key) => Math.max(...list.map((entry) => entry[key]));
const maxFirstScreen = Math.max(...routes.map((r) => firstScreen[r].total));
const load = (values) => values.map((value) => value.toFixed(1)).join(', ');
const ratio = (n) => (n === undefined ? '—' : `${n.toFixed(2)}×`);
const lines = [
  '# Benchmark',
  '',
  `Measured by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, Debian Chromium, ${lighthouseSpec} (mobile preset: simulated slow 4G). Every page of both editions, discovered from the build, is served by nginx with deploy/nginx.conf (gzip, sending the build's precompressed .gz files), beside the floor page (bench/floor/: a headline and one paragraph of the article, system fonts, no stylesheet or script), measured in the same run through the same nginx. The targets are read on the median of ${runs} performance runs per page at the CPU slowdown calibrated to this machine: ${calibratedX.toFixed(2)}× = 4 × benchmarkIndex ${Math.round(calibratedIndex)} (the median of every run) / ${REFERENCE_BENCHMARK_INDEX}, the index of the machine issue 26's targets were set on. Accessibility, best practices and SEO come from one run per page at the preset's 4×.${extras.length > 0 ? ` Also measured (BENCH_EXTRA): ${extras.map((x) => `${serverName[x.server]} at ${cpuName[x.cpu]}`).join('; ')}.` : ' The plain server (files sent uncompressed) and the 1× CPU are opt-in: BENCH_EXTRA=plain,1x.'}`,
  '',
  `Machine load (1, 5, 15 min load averages) at the start: ${load(loadAtStart)}; at the end: ${load(loadAtEnd)}. Other work on the machine slows the runs and makes them noisy: read figures from a loaded machine as upper bounds. The ratio to the floor is the steadier figure: both are measured in the same run.`,
  '',
  previous
    ? `Figures in brackets (was …) are the previous run's, from ${previous.date} (${previous.note ?? `${previous.runs} run(s) per page`}).`
    : 'No previous run recorded.',
  '',
  `## Targets (through nginx with gzip, calibrated CPU ${calibratedX.toFixed(2)}×, unless said)`,
  '',
  '| measure | target | measured | |',
  '| --- | --- | --- | --- |',
  `| Lighthouse performance, every page | 100 | lowest ${Math.min(...nginxCal.map((l) => l.performance))} | ${mark(nginxCal.every((l) => l.performance === 100))} |`,
  `| Largest Contentful Paint, every page | ≤ ${seconds(targets.lcpMs)} | worst ${seconds(worst(nginxCal, 'lcpMs'))} | ${mark(nginxCal.every((l) => l.lcpMs <= targets.lcpMs))} |`,
  `| Largest Contentful Paint ÷ the floor's (${seconds(floor.lcpMs)} in this run), every page | ≤ ${targets.floorRatio}× | worst ${ratio(worstRatio)} | ${mark(worstRatio <= targets.floorRatio)} |`,
  `| Total Blocking Time, every page | ≤ 50 ms | worst ${ms(worst(nginxCal, 'tbtMs'))} | ${mark(nginxCal.every((l) => l.tbtMs <= targets.tbtMs))} |`,
  `| Cumulative Layout Shift, every page, calibrated and 4× | 0 | worst ${Math.max(worst(nginxCal, 'cls'), worst(nginx4, 'cls')).toFixed(3)} | ${mark([...nginxCal, ...nginx4].every((l) => l.cls === 0))} |`,
  `| Lighthouse accessibility, best practices, SEO, every page (4×, one run) | 100 | lowest ${Math.min(...nginx4.flatMap((l) => [l.accessibility, l.bestPractices, l.seo]))} | ${mark(nginx4.every((l) => [l.accessibility, l.bestPractices, l.seo].every((x) => x === 100)))} |`,
  `| first screen (head, CSS, HTML to the end of the first screen), gzipped | ≤ 14 KB | worst ${kb(maxFirstScreen)} KB | ${mark(maxFirstScreen <= targets.firstScreenGz)} |`,
  `| gzipped JS before the first chart is near | ≤ 2 KB | worst ${kb(maxJsBefore)} KB | ${mark(maxJsBefore <= targets.jsBeforeChartGz)} |`,
  `| chart runtime (all its chunks), gzipped | < 60 KB | ${kb(chartRuntime)} KB | ${mark(chartRuntime < targets.chartRuntimeGz)} |`,
  `| build (\`astro build\`, ${builds} runs) | < 15 s | median ${medianBuild.toFixed(1)} s, worst ${maxBuild.toFixed(1)} s | ${mark(maxBuild < targets.buildS)} |`,
  `| of which drawing the chart images (${imageCount} PNGs: light, dark, phone-width and download) | (in the build) | median ${[...imageTimes].sort((a, b) => a - b)[Math.floor((imageTimes.length - 1) / 2)].toFixed(1)} s, worst ${Math.max(...imageTimes).toFixed(1)} s | |`,
  '',
  '## Every page beside the floor (nginx, gzip, calibrated CPU)',
  '',
  `Median of ${runs} performance runs per page at the calibrated slowdown (4 × this machine's benchmarkIndex / ${REFERENCE_BENCHMARK_INDEX}, with the index known when the page's runs started: the median of every earlier run). The first row is the floor page, measured in this run through the same nginx; the last column but two is each page's LCP divided by the floor's. CLS: the worst of the runs.`,
  '',
  '| page | slowdown | performance | LCP | FCP | TBT | CLS | LCP ÷ floor | LCP runs | weighted audits below a perfect score |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
  `| floor (bench/floor/) | ${floor.slowdown.toFixed(2)}× | ${floor.performance} | ${seconds(floor.lcpMs)} | ${seconds(floor.fcpMs)} | ${ms(floor.tbtMs)} | ${floor.cls.toFixed(3)} | 1.00× | ${floor.lcpRuns.map((n) => (n / 1000).toFixed(2)).join(' / ')} | ${floor.failing.join(', ') || '—'} |`,
  ...routes.map((r) => {
    const l = lighthouse[r].nginx.calibrated;
    const p = prevLh(r, 'nginx', 'calibrated');
    return `| \`${r}\` | ${l.slowdown.toFixed(2)}× | ${was(l.performance, p?.performance, String)} | ${was(l.lcpMs, p?.lcpMs, seconds)} | ${seconds(l.fcpMs)} | ${was(l.tbtMs, p?.tbtMs, ms)} | ${l.cls.toFixed(3)} | ${ratio(ratioOf(r))} | ${l.lcpRuns.map((n) => (n / 1000).toFixed(2)).join(' / ')} | ${l.failing.join(', ') || '—'} |`;
  }),
  '',
  '## Every category, one run per page (nginx, gzip, 4× CPU)',
  '',
  "The preset's 4× slowdown, every Lighthouse category, one run per page: accessibility, best practices and SEO do not vary from run to run; performance here is one run, not a median.",
  '',
  '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | transfer | weighted audits below a perfect score |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
  ...routes.map((r) => {
    const l = lighthouse[r].nginx['4x'];
    return `| \`${r}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${seconds(l.lcpMs)} | ${ms(l.tbtMs)} | ${l.cls.toFixed(3)} | ${kb(l.totalBytes)} KB | ${l.failing.join(', ') || '—'} |`;
  }),
  '',
  ...(extras.length > 0
    ? [
        '## Opt-in settings (BENCH_EXTRA)',
        '',
        `Median of ${runs} performance runs per page and setting.`,
        '',
        '| page | served by | CPU | performance | LCP | TBT | CLS | LCP runs |',
        '| --- | --- | --- | --: | --: | --: | --: | --: |',
        ...routes.flatMap((r) =>
          extras.map(({ server, cpu }) => {
            const l = lighthouse[r][server][cpu];
            const p = prevLh(r, server, cpu);
            return `| \`${r}\` | ${serverName[server]} | ${cpuName[cpu]} | ${was(l.performance, p?.performance, String)} | ${was(l.lcpMs, p?.lcpMs, seconds)} | ${was(l.tbtMs, p?.tbtMs, ms)} | ${l.cls.toFixed(3)} | ${l.lcpRuns.map((n) => (n / 1000).toFixed(2)).join(' / ')} |`;
          }),
        ),
        '',
      ]
    : []),
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
    settings,
    floor: lighthouse[FLOOR_ROUTE],
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
  JSON.stringify(
    { buildTimes, imageTimes, bytes, lighthouse, settings, firstScreen, fullCosts, print: printResults },
    null,
    2,
  ),
);
console.log(
  partial
    ? `wrote ${path.relative(root, reportFile)} (PAGES: a partial run; bench/REPORT.md and bench/history.json are left as they were)`
    : 'wrote bench/REPORT.md and bench/history.json',
);
