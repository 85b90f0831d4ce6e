// The series at scale, for bench/REPORT.md: generated series of 1, 10 and 50 reports, each a copy of
// report 1 (4 chapters, 17 datasets, 8 charts) in its own folder, built in a temporary copy of the site.
// Build time (wall clock), pages, dist size and the build's peak memory (GNU time's maximum RSS), and
// the cost of one more report. `npm run bench` adds this section; `npm run bench:scale` runs it alone
// and rewrites only this section. Env: SCALE_SIZES (default 1,10,50).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePrintSection } from './bench-print.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'bench', 'screenshots', 'coverage']);

/** A copy of the site whose content/reports holds `count` copies of report 1 (numbers 1…count). */
function seriesCopy(count) {
  const copy = mkdtempSync(path.join(tmpdir(), `xinzhi-scale-${count}-`));
  for (const entry of readdirSync(root)) {
    if (skipped.has(entry) || /^\.(dist-staging|dist-previous|build-lock)/.test(entry)) continue;
    cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  mkdirSync(path.join(copy, 'node_modules'));
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(entry))
      symlinkSync(path.join(root, 'node_modules', entry), path.join(copy, 'node_modules', entry));
  }
  const reports = path.join(copy, 'content', 'reports');
  const source = path.join(root, 'content', 'reports', 'cong-xin-chu-fa');
  rmSync(reports, { recursive: true, force: true });
  for (let n = 1; n <= count; n++) {
    const id = n === 1 ? 'cong-xin-chu-fa' : `scale-${String(n).padStart(3, '0')}`;
    cpSync(source, path.join(reports, id), { recursive: true });
    const file = path.join(reports, id, 'report.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^number: \d+$/m, `number: ${n}`));
  }
  return copy;
}

const sizeOf = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((file) => statSync(path.join(dir, file)))
    .filter((stat) => stat.isFile())
    .reduce((sum, stat) => sum + stat.size, 0);

/** Builds each generated series once and measures it. */
export function measureScale(sizes) {
  const results = [];
  for (const reports of sizes) {
    const copy = seriesCopy(reports);
    const astro = path.join(copy, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const started = performance.now();
    const result = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, astro, 'build'], {
      cwd: copy,
      env: { ...process.env, SITE_URL: 'https://example.org', BASE_PATH: '', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`scale build (${reports} reports) failed:\n${result.stderr.slice(-3000)}`);
    const dist = path.join(copy, 'dist');
    const pages = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
    const peakMb = Number(result.stderr.match(/maxrss_kb=(\d+)/)?.[1] ?? 0) / 1024;
    results.push({ reports, seconds, pages, distMb: sizeOf(dist) / 1024 / 1024, peakMb });
    console.log(`${reports} reports: ${seconds.toFixed(1)} s, ${pages} pages`);
    rmSync(copy, { recursive: true, force: true });
  }
  return results;
}

/** Seconds per added report between each pair of sizes, e.g. "1→10: 0.99 s, 10→50: 0.88 s". */
const steps = (results) =>
  results
    .slice(1)
    .map((r, i) => {
      const before = results[i];
      return `${before.reports}→${r.reports}: ${((r.seconds - before.seconds) / (r.reports - before.reports)).toFixed(2)} s`;
    })
    .join(', ');

/** The report section: a table per size and the cost of one more report. */
export function scaleReportLines(results) {
  const first = results[0];
  const last = results[results.length - 1];
  const perReport =
    last.reports > first.reports ? (last.seconds - first.seconds) / (last.reports - first.reports) : NaN;
  return [
    '## The series at scale',
    '',
    'Generated series, each report a copy of report 1 (4 chapters, 17 datasets, 8 charts, 15 share cards), built',
    'once each in a temporary copy of the site (`npm run bench:scale`). Targets (issue 8): growth no worse than',
    'linear, under 1 s of build per added report, 50 reports in under 60 s.',
    '',
    '| reports | build | pages | dist | peak memory |',
    '| ------: | ----: | ----: | ---: | ----------: |',
    ...results.map(
      (r) =>
        `| ${r.reports} | ${r.seconds.toFixed(1)} s | ${r.pages} | ${r.distMb.toFixed(1)} MB | ${r.peakMb.toFixed(0)} MB |`,
    ),
    '',
    `One more report costs ${perReport.toFixed(2)} s of build (from ${first.reports} to ${last.reports} reports);`,
    `step by step: ${steps(results)}.`,
    '',
    "Where the time goes (Astro's per-route timings, one report): the images, 15 share cards and 40 chart PNGs,",
    'were 3.2 s of the 3.6 s a report cost when satori and resvg drew the cards and Skia encoded every PNG',
    'on the main thread. Now Skia draws the cards too, libvips encodes the PNGs on its own threads',
    '(`src/images/png.ts`) and Astro renders four pages at a time (`build.concurrency`), so both cores work.',
    '',
  ];
}

// Run on its own: measure and rewrite the section.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const sizes = (process.env.SCALE_SIZES ?? '1,10,50').split(',').map(Number);
  const results = measureScale(sizes);
  writePrintSection(path.join(root, 'bench/REPORT.md'), scaleReportLines(results));
  console.log('wrote the scale section of bench/REPORT.md');
}
