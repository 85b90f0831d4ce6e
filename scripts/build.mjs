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
  const { count, first } = problemsIn(output);
  const kept = existsSync(dist) ? 'dist/ 保持原样' : 'dist/ 没有生成';
  console.error(
    `\n构建失败：共 ${count} 个问题，第一个：${first}。${kept}，没有半成品可以发布。` +
      `(Build failed: dist/ was left as it was${existsSync(dist) ? '' : ' (absent)'}; nothing half-built to deploy.)`,
  );
  process.exit(status ?? 1);
}
swapIn(staging, dist);
const { pages, charts } = countOutput(dist);
console.log(
  `构建完成：${pages} 个页面，${charts} 张图表，用时 ${seconds} 秒，dist/ 可以发布了。` +
    `(Build complete: dist/ is ready to deploy.)`,
);

/** The problems in a failed build's output: the distinct ✗ blocks, or Astro's own first error. */
function problemsIn(text) {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  const lines = plain.split('\n');
  const blocks = new Set();
  const firsts = [];
  lines.forEach((line, index) => {
    // `✗ <file> 第 N 行` (perhaps after Astro's `[ErrorName] `), then `  问题：…` on the next line.
    const match = line.match(/(?:^|\]\s)✗ (.+)$/);
    const next = lines[index + 1] ?? '';
    if (!match || !/^\s*问题：/.test(next)) return;
    const what = next.replace(/^\s*问题：/, '').trim();
    const block = `${match[1].trim()}：${what}`;
    if (!blocks.has(block)) firsts.push(block);
    blocks.add(block);
  });
  if (blocks.size) return { count: blocks.size, first: firsts[0] };
  // Not one of ours: Astro's or the bundler's own error. Its message is the line before
  // "Location:" / "Stack trace:", or the [ERROR] line.
  const noise = /^\s*(?:at |Location:|Stack trace:|Hint:|\[\.\.\.\]|\/)|^\s*$/;
  const end = lines.findIndex((line) => /^\s*(?:Location|Stack trace):/.test(line));
  const before = (end >= 0 ? lines.slice(0, end) : lines).filter((line) => !noise.test(line));
  const error = lines.find((line) => /\[ERROR\]/.test(line));
  const first = ((end >= 0 ? before.at(-1) : error) ?? before.at(-1) ?? '（没有输出）')
    .replace(/^\d\d:\d\d:\d\d\s*/, '')
    .replace(/\[ERROR\]\s*/, '')
    .trim();
  return { count: 1, first };
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
