/**
 * scripts/build.mjs replaces dist/ through scripts/swap-dist.mjs. Here the swap runs in a child
 * process that is killed (SIGKILL, as `kill -9` or a power cut would) at each of its steps, with a
 * large old dist/; after every kill, and after the next build's recovery, dist/ must be the whole
 * old site or the whole new one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';

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
