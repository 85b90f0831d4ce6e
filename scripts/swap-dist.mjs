// Puts a finished build in place of dist/ so that, whenever the process stops (a crash, Ctrl-C,
// a killed CI job), dist/ is either the whole old site or the whole new one, never a mix:
//
//   1. rename dist/ aside to .dist-previous/   (a rename is atomic: no file is touched)
//   2. rename the staging folder to dist/
//   3. delete .dist-previous/
//
// Between 1 and 2 there is no dist/ for an instant; recoverDist(), which build.mjs runs first,
// puts .dist-previous/ back when that is what it finds (and finishes deleting it after 3).
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Where the old dist/ waits while the new one is renamed in. */
export const previousOf = (dist) => path.join(path.dirname(dist), '.dist-previous');

/**
 * Test hook: BUILD_STOP_AT=<step> kills this process (SIGKILL, nothing cleaned up) at that step,
 * as a power cut or `kill -9` would. Steps: staged, aside, swapped, deleting.
 */
export function checkpoint(step) {
  if (process.env.BUILD_STOP_AT === step) process.kill(process.pid, 'SIGKILL');
}

/** Restores a consistent state after a build stopped during a swap. Returns what it did, in words. */
export function recoverDist(dist) {
  const previous = previousOf(dist);
  if (!existsSync(previous)) return undefined;
  if (existsSync(dist)) {
    // Stopped after step 2: dist/ is the new site; the old one was being deleted.
    rmSync(previous, { recursive: true, force: true });
    return 'removed the previous build left over from an interrupted swap';
  }
  // Stopped between 1 and 2: put the old site back.
  renameSync(previous, dist);
  return 'restored dist/ from an interrupted swap';
}

/** Replaces `dist` by `staging` (both folders on the same file system). */
export function swapIn(staging, dist) {
  const previous = previousOf(dist);
  rmSync(previous, { recursive: true, force: true });
  checkpoint('staged');
  if (existsSync(dist)) renameSync(dist, previous);
  checkpoint('aside');
  renameSync(staging, dist);
  checkpoint('swapped');
  if (existsSync(previous)) {
    // Delete entry by entry so the test hook can stop half-way, as a kill during a long delete would.
    for (const [index, entry] of readdirSync(previous).entries()) {
      rmSync(path.join(previous, entry), { recursive: true, force: true });
      if (index === 0) checkpoint('deleting');
    }
    rmSync(previous, { recursive: true, force: true });
  }
}
