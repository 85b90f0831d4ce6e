// Builds the site into a staging folder and only replaces dist/ when the build succeeded,
// so a failed build never leaves a half-built dist/ that could be deployed. The replacement
// itself is two renames (scripts/swap-dist.mjs): stopping the build at any moment leaves
// dist/ whole, old or new. One build at a time: a second build in the same checkout is refused
// at once (scripts/build-lock.mjs), and each build stages in a folder of its own.
// Ends with one summary line in Chinese (English gist in brackets): on success the pages, charts
// and seconds; on failure how many problems and the first one (problems are the ✗ blocks that
// src/errors.ts prints). A preview build with drafts (SHOW_DRAFTS=1) says so and never that dist/
// may be published.
// Astro's output is passed on line by line without its empty lines and its per-page timings (with
// four pages rendered at a time, a page's "(+12ms)" is printed on another page's line, or alone).
// Telemetry is off (see scripts/astro.mjs).
import { spawn } from 'node:child_process';
import { quietAstroEnv } from './lib/quiet-astro.mjs';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recoverDist, swapIn } from './swap-dist.mjs';
import { lockedMessage, takeBuildLock } from './build-lock.mjs';
import { failureSummary, problemsIn, successSummary } from './lib/build-summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// A staging folder of this build's own: a build killed outright may leave its Astro running for a while, and
// that must never write into the next build's output.
const staging = `${root}.dist-staging-${process.pid}`;
const dist = `${root}dist`;
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const started = performance.now();
/** A preview build with drafts (docs/series.md): its dist/ is for looking at, never for publishing. */
const preview = process.env.SHOW_DRAFTS === '1';

// Before anything is touched: one build at a time in this checkout.
const lock = takeBuildLock(root);
if ('holder' in lock) {
  const message = lockedMessage(lock.holder);
  console.error(message);
  console.error(failureSummary(problemsIn(message), existsSync(dist), preview));
  process.exit(1);
}
process.on('exit', lock.release);
/** Astro, once started: stopped with this script, which then gives the lock back. */
let child;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    child?.kill(signal);
    lock.release();
    process.kill(process.pid, signal);
  });
}
if (lock.stale)
  console.log(
    `注意 上一个构建（进程号 ${lock.stale}）没有正常结束，它留下的锁已经清除。(A build killed before it ended, process ${lock.stale}, left its lock: taken over.)`,
  );

const recovered = recoverDist(dist);
if (recovered) console.log(`Previous build was interrupted: ${recovered}.`);

// What builds stopped before their end left (their staging folders): this build holds the lock, so none is in use.
for (const entry of readdirSync(root).filter((name) => name.startsWith('.dist-staging'))) {
  try {
    rmSync(path.join(root, entry), { recursive: true, force: true });
  } catch {
    // A killed build's Astro still writing there: left for the next build to delete.
  }
}
child = spawn(process.execPath, [astro, 'build', '--outDir', staging, ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'pipe'],
  env: { ...process.env, ...quietAstroEnv },
});
/**
 * Whether one of our problems (a ✗ block) has been printed, whether a stack trace is being dropped, and whether
 * Astro's English wrapping of a photo our image service refused (src/images/photo-service.ts) is.
 */
let ours = false;
let inStack = false;
let imageTrail = false;

let output = '';
const flushers = [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
].map(([from, to]) => {
  let pending = '';
  const write = (text) => {
    const lines = tidy(text);
    if (lines) to.write(lines);
  };
  from.on('data', (chunk) => {
    output += chunk;
    pending += chunk;
    const end = pending.lastIndexOf('\n');
    if (end < 0) return;
    write(pending.slice(0, end + 1));
    pending = pending.slice(end + 1);
  });
  return () => write(pending);
});
const status = await new Promise((resolve) => child.on('close', resolve));
for (const flush of flushers) flush();
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(failureSummary(problemsIn(output), existsSync(dist), preview));
  process.exit(status ?? 1);
}
swapIn(staging, dist);
const { pages, charts } = countOutput(dist);
console.log(successSummary({ pages, charts, seconds }, preview));

/**
 * Astro's lines as an editor should see them: each page on its own line, without the timings that
 * land on the wrong page or alone, and without empty lines. Our errors carry no stack trace
 * (src/errors.ts), but the MDX compiler captures a new one on errors our Markdown checks throw
 * (vite-plugin-mdx), which would print paths into node_modules: after a ✗ block, it is dropped.
 * Astro's English line before an error thrown by a hook of our own integrations (the placeholder check,
 * the link check), which throw only editors' messages, is dropped too: the ✗ block says it all. So are the
 * English errors (and their stack) Astro wraps a photo in that the image service refused, after its ✗ block.
 */
function tidy(text) {
  return text
    .replace(/[ \t]*\(\+\d+(?:\.\d+)?m?s\)[ \t]*/g, '')
    .replace(/(?<=\S)(?=(?:\x1b\[[0-9;]*m)*\d\d:\d\d:\d\d(?:\x1b\[[0-9;]*m)*\s+[├└]─)/g, '\n')
    .split('\n')
    .filter((line) => {
      const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
      if (/\[(?:publish-check|link-check)\] An unhandled error occurred while running the /.test(plain)) return false;
      if (/(?:^|\s)✗ /.test(plain)) ours = true;
      if (ours && /^\s*Stack trace:\s*$/.test(plain)) return !(inStack = true);
      if (inStack && /^\s+(?:at |\[\.\.\.\])/.test(plain)) return false;
      if (ours && /Unable to generate optimized image|^Error generating image for /.test(plain)) imageTrail = true;
      if (imageTrail && !/^\s*(?:✗ |问题：|怎么改：|\()/.test(plain)) return false;
      inStack = false;
      return plain.trim() !== '';
    })
    .map((line) => `${line}\n`)
    .join('');
}

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
