/**
 * scripts/build.mjs replaces dist/ through scripts/swap-dist.mjs. Here the swap runs in a child
 * process that is killed (SIGKILL, as `kill -9` or a power cut would) at each of its steps, with a
 * large old dist/; after every kill, and after the next build's recovery, dist/ must be the whole
 * old site or the whole new one. Then two builds run in one checkout (with a stand-in for Astro): the second
 * is refused at once, and a lock left by a build killed outright is taken over (scripts/build-lock.mjs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { lockedMessage } from '../../scripts/build-lock.mjs';
import { reach } from '../support/imports';

const swapModule = path.join(projectRoot, 'scripts/swap-dist.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'xinzhi-swap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A site folder of `pages` pages (plus _headers) whose every file says which build it is. */
function writeSite(dir: string, build: string, pages: number) {
  for (let page = 0; page < pages; page++) {
    mkdirSync(path.join(dir, `page-${page}`), { recursive: true });
    writeFileSync(path.join(dir, `page-${page}`, 'index.html'), `${build} ${page}`);
  }
  writeFileSync(path.join(dir, '_headers'), build);
}

/** `old`, `new`, or a description of the mix found. */
function whichSite(dir: string, pages: number): string {
  if (!existsSync(dir)) return 'absent';
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const builds = new Set(files.map((file) => readFileSync(file, 'utf8').split(' ')[0]));
  if (files.length === pages + 1 && builds.size === 1) return [...builds][0]!;
  return `partial: ${files.length} of ${pages + 1} files, from ${[...builds].join(' and ')}`;
}

/** Runs `code` (with swapIn and recoverDist imported) in a child Node, with BUILD_STOP_AT. */
function run(code: string, stopAt = '') {
  return spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import { swapIn, recoverDist } from ${JSON.stringify(swapModule)};\n${code}`],
    { env: { ...process.env, BUILD_STOP_AT: stopAt }, encoding: 'utf8' },
  );
}

describe('the dist/ swap', () => {
  // Old: many pages, so deleting it takes a while (the old code deleted dist/ before renaming).
  const oldPages = 400;
  const newPages = 8;

  for (const step of ['staged', 'aside', 'swapped', 'deleting', '']) {
    it(step ? `leaves a whole dist/ when killed at "${step}"` : 'replaces dist/ when nothing stops it', () => {
      const root = mkdtempSync(path.join(work, 'site-'));
      const dist = path.join(root, 'dist');
      const staging = path.join(root, '.dist-staging');
      writeSite(dist, 'old', oldPages);
      writeSite(staging, 'new', newPages);
      const result = run(`swapIn(${JSON.stringify(staging)}, ${JSON.stringify(dist)});`, step);
      if (step) expect(result.signal, result.stderr).toBe('SIGKILL');
      else expect(result.status, result.stderr).toBe(0);

      // Right after the kill: dist/ is whole (old or new), or, only between the two renames,
      // absent with the whole old site beside it.
      const now = whichSite(dist, step === 'staged' || step === 'aside' ? oldPages : newPages);
      if (step === 'aside') {
        expect(now).toBe('absent');
        expect(whichSite(path.join(root, '.dist-previous'), oldPages)).toBe('old');
      } else expect(now).toBe(step === 'staged' ? 'old' : 'new');

      // The next build recovers before anything else: dist/ whole, nothing left beside it.
      expect(run(`recoverDist(${JSON.stringify(dist)});`).status).toBe(0);
      const expected = step === 'staged' || step === 'aside' ? 'old' : 'new';
      expect(whichSite(dist, expected === 'old' ? oldPages : newPages)).toBe(expected);
      expect(existsSync(path.join(root, '.dist-previous'))).toBe(false);
    });
  }

  it('build.mjs recovers an interrupted swap before it builds', () => {
    const script = readFileSync(path.join(projectRoot, 'scripts/build.mjs'), 'utf8');
    expect(script.indexOf('recoverDist(dist)')).toBeGreaterThan(-1);
    expect(script.indexOf('recoverDist(dist)')).toBeLessThan(script.indexOf("'build', '--outDir'"));
    expect(script).toMatch(/swapIn\(staging, dist\)/);
    expect(script).not.toMatch(/rmSync\(dist\b/);
  });
});

/**
 * scripts/build.mjs and every module of the project it imports (tests/support/imports.ts): a stub checkout
 * missing one (scripts/lib/quiet-astro.mjs, added later) never started a build.
 */
const buildScriptFiles = () =>
  [...reach([path.join(projectRoot, 'scripts/build.mjs')]).keys()].map((file) => path.relative(projectRoot, file));

/**
 * A checkout whose `astro build` is a stand-in (node_modules/astro/bin/astro.mjs): it writes `STUB_PAGES` pages
 * (or `stubPages`) of build `STUB_BUILD` into its --outDir, as writeSite does, the first at once and the rest once
 * the file `go-<build>` is in `STUB_DIR`, where it also says it has started and, at its end, that it is done.
 * scripts/build.mjs and its modules are the project's own.
 */
function stubCheckout(): { root: string; signals: string } {
  const root = mkdtempSync(path.join(work, 'checkout-'));
  const signals = mkdtempSync(path.join(work, 'signals-'));
  for (const file of buildScriptFiles()) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(projectRoot, file), path.join(root, file));
  }
  mkdirSync(path.join(root, 'node_modules/astro/bin'), { recursive: true });
  writeFileSync(
    path.join(root, 'node_modules/astro/bin/astro.mjs'),
    `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const out = process.argv[process.argv.indexOf('--outDir') + 1];
const { STUB_BUILD: build, STUB_DIR: signals } = process.env;
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, '_headers'), build);
writeFileSync(path.join(signals, 'started-' + build), String(process.pid));
for (let page = 0; page < Number(process.env.STUB_PAGES || ${stubPages}); page++) {
  while (page > 0 && !existsSync(path.join(signals, 'go-' + build))) await new Promise((resolve) => setTimeout(resolve, 20));
  mkdirSync(path.join(out, 'page-' + page), { recursive: true });
  writeFileSync(path.join(out, 'page-' + page, 'index.html'), build + ' ' + page);
}
writeFileSync(path.join(signals, 'done-' + build), '');
`,
  );
  return { root, signals };
}
const stubPages = 8;

/** `npm run build` in the stub checkout, as build `name`: its process, and its end (status and output). */
function startBuild(root: string, signals: string, name: string, pages = stubPages) {
  const child = spawn(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    cwd: root,
    env: { ...process.env, STUB_BUILD: name, STUB_DIR: signals, STUB_PAGES: String(pages), NO_COLOR: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const ended = new Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, output })),
  );
  return { child, ended };
}

/** Waits until the stand-in Astro of build `name` has reached `step` (`started`, `done`). */
const reached = (signals: string, step: 'started' | 'done', name: string) =>
  expect.poll(() => existsSync(path.join(signals, `${step}-${name}`)), { timeout: 20_000 }).toBe(true);
const started = (signals: string, name: string) => reached(signals, 'started', name);

/** What the checkout holds besides dist/ and its sources: working files a build left. */
const leftovers = (root: string) => readdirSync(root).filter((entry) => /^\.(dist-|build-lock)/.test(entry));

// Issue 34, M2: two builds in one checkout shared .dist-staging and each deleted it at start; one failed with a raw
// ENOENT and dist/ was empty until the other finished, or the first failed while saying "dist/ 保持原样".
describe('two builds in one checkout (issue 34)', () => {
  it('refuses the second at once, in Chinese, naming the first build’s process; dist/ stays whole throughout', async () => {
    const { root, signals } = stubCheckout();
    const dist = path.join(root, 'dist');
    writeSite(dist, 'old', stubPages);
    const first = startBuild(root, signals, 'first');
    await started(signals, 'first');

    const second = startBuild(root, signals, 'second');
    // The first build waits for `go`: a second build that does not stop at once would wait as long.
    const refused = await Promise.race([
      second.ended,
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 30_000)),
    ]);
    second.child.kill('SIGKILL');
    expect(refused, 'the second build ends without waiting for the first').toBeDefined();
    expect(refused!.status, refused!.output).toBe(1);
    expect(refused!.output).toContain(lockedMessage(first.child.pid!));
    expect(refused!.output.trimEnd().split('\n').at(-1)).toBe(
      `构建失败：共 1 个问题，第一个：npm run build：这个文件夹里已经有一个构建在运行（进程号 ${first.child.pid}），两个构建同时进行会互相删掉对方的文件。dist/ 保持原样，没有半成品可以发布。(Build failed: dist/ was left as it was; nothing half-built to deploy.)`,
    );
    expect(existsSync(path.join(signals, 'started-second')), 'the second build started no Astro').toBe(false);
    expect(whichSite(dist, stubPages)).toBe('old');

    writeFileSync(path.join(signals, 'go-first'), '');
    const done = await first.ended;
    expect(done.status, done.output).toBe(0);
    expect(whichSite(dist, stubPages)).toBe('first');
    expect(leftovers(root)).toEqual([]);
  });

  it('takes over the lock of a build killed outright (kill -9), and its Astro left running writes nothing into dist/', async () => {
    const { root, signals } = stubCheckout();
    const dist = path.join(root, 'dist');
    writeSite(dist, 'old', stubPages);
    // One page more than the next build writes: where it lands shows whose output it was.
    const killed = startBuild(root, signals, 'killed', stubPages + 1);
    await started(signals, 'killed');
    killed.child.kill('SIGKILL');
    expect((await killed.ended).signal).toBe('SIGKILL');
    // Its stand-in Astro runs on: it writes the rest of its pages while the next build is under way.
    const orphan = Number(readFileSync(path.join(signals, 'started-killed'), 'utf8'));
    try {
      const next = startBuild(root, signals, 'next');
      await started(signals, 'next');
      writeFileSync(path.join(signals, 'go-killed'), '');
      await reached(signals, 'done', 'killed');
      writeFileSync(path.join(signals, 'go-next'), '');
      const done = await next.ended;
      expect(done.status, done.output).toBe(0);
      expect(whichSite(dist, stubPages)).toBe('next');
      expect(done.output).toContain(`注意 上一个构建（进程号 ${killed.child.pid}）没有正常结束，它留下的锁已经清除。`);
      // The lock is the next build's no more, and the killed one's is gone.
      expect(leftovers(root).filter((entry) => entry.startsWith('.build-lock'))).toEqual([]);
    } finally {
      try {
        process.kill(orphan, 'SIGKILL');
      } catch {
        // Already ended.
      }
    }
  });
});
