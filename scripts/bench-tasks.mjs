// The main thread at load, from Chromium's own trace (not a test): on each page, every task the renderer's main
// thread ran from navigation until the page had settled, at a CPU slowdown; the longest, the total blocking time
// (the part of each task beyond 50 ms, from first contentful paint on, as Lighthouse counts it) and, for each
// task over 50 ms, what it spent its time on. Served by nginx with deploy/nginx.conf (gzip), at Lighthouse's
// mobile size (412 × 823), median of RUNS loads.
//
// Two clocks (issue 26): `wall` is the task's duration as it happened under CDP's CPU throttling, which a loaded
// machine stretches further; `cpu` is the main thread's own CPU time for the task (the trace's thread
// duration), times the slowdown, which other processes on the machine barely change. On a quiet machine the two
// agree; on a busy one read `cpu`. Lighthouse's simulated throttling does the same sum on an unthrottled load
// (each task × the slowdown), so `cpu` is the closer of the two to its TBT.
//
// Usage: npm run build && npm run bench:tasks
// Env: SLOWDOWN (default 4; `calibrated` = 4 × BENCHMARK_INDEX / 2414), BENCHMARK_INDEX, RUNS (default 3),
// PAGES (comma-separated routes; default every page but the old addresses), SETTLE_MS (quiet time that ends a
// load, default 3000), SCROLL (1: scroll to the end after load, so every chart is drawn), JSON (a file for the
// raw figures).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.ts';
import { startNginx } from './lib/nginx.ts';
import { siteRoutes, calibratedSlowdown } from './lib/bench-pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.env.DIST ? path.resolve(process.env.DIST) : path.join(root, 'dist');
const runs = Number(process.env.RUNS ?? 3);
const settleMs = Number(process.env.SETTLE_MS ?? 3000);
const slowdown =
  process.env.SLOWDOWN === 'calibrated'
    ? calibratedSlowdown(Number(process.env.BENCHMARK_INDEX))
    : Number(process.env.SLOWDOWN ?? 4);
if (!(slowdown >= 1)) throw new Error(`SLOWDOWN must be a number ≥ 1 or "calibrated" (with BENCHMARK_INDEX)`);
const routes = siteRoutes(dist, process.env.PAGES);

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'toplevel',
  ...(process.env.CATEGORIES ? process.env.CATEGORIES.split(',') : []),
].join(',');

/** A readable name for a trace event: scripts by their file, the rest by the event's name. */
function label(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  const url = data.url || data.stackTrace?.[0]?.url || '';
  const file = url ? url.replace(/^.*\//, '').replace(/\?.*$/, '') : '';
  switch (event.name) {
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
    case 'FunctionCall':
    case 'v8.produceModuleCache':
      return `${event.name}${file ? ` ${file}` : ''}${data.functionName ? ` ${data.functionName}` : ''}`;
    default:
      return event.name;
  }
}

/** The tasks of the page's main thread, each with its self time split by event. */
function analyse(trace) {
  const events = trace.traceEvents;
  const fcp = events.find((event) => event.name === 'firstContentfulPaint');
  if (!fcp) throw new Error('no first contentful paint in the trace');
  const main = (event) => event.pid === fcp.pid && event.tid === fcp.tid;
  const navigation = events.find((event) => main(event) && event.name === 'navigationStart') ?? fcp;
  const complete = events.filter((event) => main(event) && event.ph === 'X' && event.dur !== undefined);
  const tasks = complete
    .filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')
    .filter((event) => event.ts >= navigation.ts)
    .sort((a, b) => a.ts - b.ts);
  // Nested RunTask events (a task run inside another) count once, as the outer one.
  const topLevel = [];
  for (const task of tasks) {
    const last = topLevel.at(-1);
    if (last && task.ts < last.ts + last.dur) continue;
    topLevel.push(task);
  }
  const children = complete.filter(
    (event) => event.name !== 'RunTask' && event.name !== 'ThreadControllerImpl::RunTask',
  );
  return {
    fcpMs: (fcp.ts - navigation.ts) / 1000,
    fcpTs: fcp.ts,
    tasks: topLevel.map((task) => {
      const inside = children
        .filter((event) => event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur)
        .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      // Self time on the thread's clock: an event's thread duration less its direct children's.
      const cost = (event) => event.tdur ?? event.dur;
      const self = new Map();
      const stack = [];
      for (const event of inside) {
        while (stack.length && event.ts >= stack.at(-1).ts + stack.at(-1).dur) stack.pop();
        const parent = stack.at(-1);
        if (parent) self.set(parent, (self.get(parent) ?? cost(parent)) - cost(event));
        self.set(event, self.get(event) ?? cost(event));
        stack.push(event);
      }
      const by = new Map();
      for (const [event, us] of self) by.set(label(event), (by.get(label(event)) ?? 0) + Math.max(0, us));
      const marks = events
        .filter(
          (event) =>
            main(event) &&
            event.cat?.includes('blink.user_timing') &&
            event.ts >= task.ts &&
            event.ts <= task.ts + task.dur,
        )
        .map((event) => `${event.name}+${Math.round((event.ts - task.ts) / 1000)}`);
      return {
        marks,
        startMs: (task.ts - navigation.ts) / 1000,
        ts: task.ts,
        wallMs: task.dur / 1000,
        // The thread's CPU time; throttling pauses the thread, so this is the unthrottled cost.
        cpuMs: (task.tdur ?? task.dur) / 1000,
        parts: [...by].sort((a, b) => b[1] - a[1]).map(([name, us]) => [name, us / 1000]),
      };
    }),
  };
}

const blocking = (ms) => Math.max(0, ms - 50);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

const nginx = await startNginx(dist);
const results = {};
try {
  for (const route of routes) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      // A fresh browser for each load, as Lighthouse starts one: nothing cached from an earlier load (fonts above all).
      const browser = await launchChromium();
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      const chunks = [];
      cdp.on('Tracing.dataCollected', ({ value }) => chunks.push(...value));
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories.split(',') } });
      await page.goto(nginx.origin + route, { waitUntil: 'load' });
      // Settled: no task of 5 ms or more for settleMs (charts near the first screen load after idle).
      await page.evaluate(
        (quiet) =>
          new Promise((resolve) => {
            let timer = setTimeout(resolve, quiet);
            new PerformanceObserver(() => {
              clearTimeout(timer);
              timer = setTimeout(resolve, quiet);
            }).observe({ type: 'longtask' });
          }),
        settleMs,
      );
      if (process.env.SCROLL === '1') {
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
        });
        await page.waitForTimeout(settleMs);
      }
      await cdp.send('Tracing.end');
      await done;
      const result = analyse({ traceEvents: chunks });
      await browser.close();
      const afterFcp = result.tasks.filter((task) => task.ts >= result.fcpTs);
      samples.push({
        fcpMs: result.fcpMs,
        longestWallMs: Math.max(...result.tasks.map((task) => task.wallMs)),
        longestCpuMs: Math.max(...result.tasks.map((task) => task.cpuMs * slowdown)),
        tbtWallMs: afterFcp.reduce((sum, task) => sum + blocking(task.wallMs), 0),
        tbtCpuMs: afterFcp.reduce((sum, task) => sum + blocking(task.cpuMs * slowdown), 0),
        long: result.tasks
          .filter((task) => task.wallMs > 50 || task.cpuMs * slowdown > 50)
          .map((task) => ({
            startMs: Math.round(task.startMs),
            wallMs: Math.round(task.wallMs),
            cpuMs: Math.round(task.cpuMs * slowdown),
            parts: task.parts
              .slice(0, Number(process.env.PARTS ?? 5))
              .map(([name, ms]) => `${name} ${Math.round(ms * slowdown)}`),
            marks: task.marks,
          })),
      });
    }
    const pick = (key) => median(samples.map((sample) => sample[key]));
    results[route] = {
      fcpMs: pick('fcpMs'),
      longestWallMs: pick('longestWallMs'),
      longestCpuMs: pick('longestCpuMs'),
      tbtWallMs: pick('tbtWallMs'),
      tbtCpuMs: pick('tbtCpuMs'),
      samples,
    };
    const r = results[route];
    console.log(
      `${route}  FCP ${Math.round(r.fcpMs)} ms  longest ${Math.round(r.longestWallMs)} ms wall / ${Math.round(r.longestCpuMs)} ms cpu  TBT ${Math.round(r.tbtWallMs)} ms wall / ${Math.round(r.tbtCpuMs)} ms cpu`,
    );
    for (const [index, sample] of samples.entries())
      for (const task of sample.long)
        console.log(
          `  run ${index + 1} @${task.startMs} ms: ${task.wallMs} wall / ${task.cpuMs} cpu — ${task.parts.join(', ')}`,
        );
  }
} finally {
  await nginx.stop();
}
console.log(`slowdown ${slowdown.toFixed(2)}×, ${runs} run(s) per page (median)`);
if (process.env.JSON) writeFileSync(process.env.JSON, JSON.stringify({ slowdown, runs, results }, null, 2));
