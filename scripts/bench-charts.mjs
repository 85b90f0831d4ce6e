// Benchmark for the charts (not a test): per page, the gzipped bytes of HTML, CSS and JavaScript before
// and after the charts load, and the time from a chart entering the viewport to its first draw.
// Usage: npm run bench:charts   (builds dist/, serves it on a free port, drives Debian's Chromium)
// Env: RUNS (default 3), CPU_THROTTLE (default "1,4": 4 = Chrome DevTools' "mid-tier mobile").
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const routes = ['/', '/industry-clusters/', '/investment/', '/innovation/', '/reporters-note/', '/data/'].map(
  (route) => `/cong-xin-chu-fa${route}`,
);
const runs = Number(process.env.RUNS ?? 3);
const throttles = (process.env.CPU_THROTTLE ?? '1,4').split(',').map(Number);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  let file = path.join(dist, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, {
    'Content-Type': `${types[path.extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
  });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const gz = (pathname) =>
  gzipSync(readFileSync(path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname))).length;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

const browser = await launchChromium();

const results = [];
for (const route of routes) {
  const row = { route, html: gz(route), css: 0, jsBefore: 0, jsAfter: 0, charts: 0, draw: {} };
  for (const throttle of throttles) {
    const coldFirst = [];
    const each = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const requested = new Set();
      page.on('request', (request) => requested.add(new URL(request.url()).pathname));
      await page.goto(base + route, { waitUntil: 'networkidle' });
      const before = [...requested];
      const count = await page.locator('chart-figure').count();
      for (let i = 0; i < count; i++) {
        // Jump straight to the chart (no look-ahead), so this is the time a reader who scrolls fast waits.
        const entered = await page.evaluate((index) => {
          const figure = document.querySelectorAll('chart-figure')[index];
          figure.scrollIntoView({ block: 'center', behavior: 'instant' });
          return performance.now();
        }, i);
        await page.waitForFunction((index) => document.querySelectorAll('chart-figure')[index].dataset.drawn, i);
        const drawn = await page.evaluate(
          (index) => Number(document.querySelectorAll('chart-figure')[index].dataset.drawn),
          i,
        );
        (i === 0 ? coldFirst : each).push(Math.max(0, drawn - entered));
      }
      await page.waitForLoadState('networkidle');
      if (throttle === throttles[0] && run === 0) {
        const size = (list, ext) => list.filter((p) => p.endsWith(ext)).reduce((sum, p) => sum + gz(p), 0);
        row.css = size(before, '.css');
        row.jsBefore = size(before, '.js');
        row.jsAfter = size([...requested], '.js');
        row.charts = count;
      }
      await context.close();
    }
    row.draw[`cpu${throttle}x`] = { firstChartMs: median(coldFirst), otherChartsMs: median(each) };
  }
  results.push(row);
}
await browser.close();
server.close();

mkdirSync(path.join(root, 'bench/out'), { recursive: true });
writeFileSync(
  path.join(root, 'bench/out/charts.json'),
  JSON.stringify({ date: new Date().toISOString(), runs, results }, null, 2),
);
const fmt = (ms) => (ms === null ? '–' : `${Math.round(ms)} ms`);
console.log(
  `| page | charts | HTML gz | CSS gz | JS gz before charts | JS gz after charts | ${throttles.map((t) => `first draw (CPU ${t}×) | other charts (CPU ${t}×)`).join(' | ')} |`,
);
console.log(`| --- | --: | --: | --: | --: | --: | ${throttles.map(() => '--: | --:').join(' | ')} |`);
for (const r of results) {
  console.log(
    `| ${r.route} | ${r.charts} | ${r.html} B | ${r.css} B | ${r.jsBefore} B | ${r.jsAfter} B | ${throttles
      .map((t) => `${fmt(r.draw[`cpu${t}x`].firstChartMs)} | ${fmt(r.draw[`cpu${t}x`].otherChartsMs)}`)
      .join(' | ')} |`,
  );
}
