/**
 * Temporary copies of the site for tests that change content or build it
 * somewhere else: the working tree minus build output and dependencies, with
 * node_modules linked entry by entry (so each copy keeps its own Astro and Vite
 * caches and concurrent builds never share one).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot, runNode, type BuildResult } from './build-site';

const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'bench', 'screenshots', 'coverage']);
const cacheEntries = new Set(['.astro', '.vite', '.cache']);

/** A temporary copy of the site: its folder, and a function that deletes it. */
export interface SiteCopy {
  root: string;
  remove: () => void;
}

/** Copies the site (by default this checkout, or the one at `from`) into a fresh temporary folder. */
export function copySite(prefix = 'xinzhi-copy-', from = projectRoot): SiteCopy {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of readdirSync(from)) {
    // Never a build's working files: a lock copied with the checkout's running build would refuse the copy's.
    if (skipped.has(entry) || /^\.(dist-staging|dist-previous|build-lock)/.test(entry)) continue;
    cpSync(path.join(from, entry), path.join(root, entry), { recursive: true });
  }
  const modules = path.join(projectRoot, 'node_modules');
  mkdirSync(path.join(root, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!cacheEntries.has(entry)) symlinkSync(path.join(modules, entry), path.join(root, 'node_modules', entry));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Replaces `from` by `to` in a file of the copy; throws when `from` is not there, so an edit never silently misses. */
export function replaceIn(root: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(root, file);
  const text = readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: ${String(from)} not found; the bad-input case is out of date`);
  writeFileSync(full, next);
}

export type ScriptResult = BuildResult;

/** The one page of the deploy a test puts in dist/ before `npm run build`, to see it kept or replaced. */
export const previousDeploy = '<!doctype html><title>the deploy before this build</title>';

/**
 * Runs `npm run build` the way an editor does (scripts/build.mjs on Node 24), asynchronously: as on a
 * machine where Astro has never run (its telemetry settings in an empty folder) and without our
 * tests' own telemetry opt-out, so the script's opt-out is what keeps the notice away.
 */
export function runBuildScript(root: string, env: Record<string, string> = {}): Promise<ScriptResult> {
  const freshConfig = mkdtempSync(path.join(tmpdir(), 'xinzhi-config-'));
  return runNode(['scripts/build.mjs'], root, {
    ASTRO_TELEMETRY_DISABLED: '',
    XDG_CONFIG_HOME: freshConfig,
    ...env,
  }).finally(() => rmSync(freshConfig, { recursive: true, force: true }));
}

/** Runs `tasks` with at most `limit` at a time, keeping their order in the results. */
export async function inPool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
