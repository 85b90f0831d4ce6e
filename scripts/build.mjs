// Builds the site into a staging folder and only replaces dist/ when the build succeeded,
// so a failed build never leaves a half-built dist/ that could be deployed. The replacement
// itself is two renames (scripts/swap-dist.mjs): stopping the build at any moment leaves
// dist/ whole, old or new.
// Ends with one summary line in Chinese (English gist in brackets): on success the pages, charts
// and seconds; on failure how many problems and the first one (problems are the ✗ blocks that
// src/errors.ts prints).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recoverDist, swapIn } from './swap-dist.mjs';
import { failureSummary, problemsIn } from './lib/build-summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staging = `${root}.dist-staging`;
const dist = `${root}dist`;
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const started = performance.now();

const recovered = recoverDist(dist);
if (recovered) console.log(`Previous build was interrupted: ${recovered}.`);

rmSync(staging, { recursive: true, force: true });
const child = spawn(process.execPath, [astro, 'build', '--outDir', staging, ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  output += chunk;
});
child.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  output += chunk;
});
const status = await new Promise((resolve) => child.on('close', resolve));
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${failureSummary(problemsIn(output), existsSync(dist))}`);
  process.exit(status ?? 1);
}
swapIn(staging, dist);
const { pages, charts } = countOutput(dist);
console.log(
  `构建完成：${pages} 个页面，${charts} 张图表，用时 ${seconds} 秒，dist/ 可以发布了。` +
    `(Build complete: dist/ is ready to deploy.)`,
);

/** Pages (HTML files) and charts (distinct datasets drawn as charts) in the built site. */
function countOutput(dir) {
  const html = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const charts = new Set();
  for (const file of html) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const match of text.matchAll(
      /<figure[^>]*data-dataset="([^"]+)"[^>]*>(?:(?!<\/figure>)[\s\S])*?<chart-figure/g,
    )) {
      charts.add(match[1]);
    }
  }
  return { pages: html.length, charts: charts.size };
}
