// One `npm run build` at a time in a checkout (issue 34). Two builds in one folder shared their staging folder and
// each deleted it at start: one failed with a raw ENOENT, and dist/ was empty until the other finished. So
// scripts/build.mjs takes a lock file, `.build-lock`, before it touches anything, and a second build is refused at
// once with a Chinese message naming the first one's process id.
//
// The lock holds the holder's process id and, on Linux, when that process started (so a process id the system
// gave again to another program, after the build was killed, is not taken for the build). A build stopped by
// Ctrl-C or a termination signal removes its lock; one killed outright (kill -9, a power cut) leaves it, and the
// next build sees that its process is gone and takes the lock over.
//
// The lock file is never half-written: it is written under a name of the build's own, then linked to
// `.build-lock`, which fails if the name is taken. A stale lock is taken over by renaming it to a name of the
// build's own and checking that what was moved is the lock that was read (another build may have taken it over
// in between: then that lock is put back).
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The lock file of the checkout at `root`. */
export const lockOf = (root) => path.join(root, '.build-lock');

/** When process `pid` started (clock ticks since boot, from /proc), or undefined where there is no /proc. */
function startOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime), counted after the command name in parentheses, which may hold spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** What this process writes into the lock. */
export const lockText = (pid = process.pid) => `${JSON.stringify({ pid, started: startOf(pid) })}\n`;

/** Whether the build that wrote the lock `text` is still running. */
function holderRunning(text) {
  let holder;
  try {
    holder = JSON.parse(text);
  } catch {
    return false;
  }
  if (!Number.isInteger(holder?.pid) || holder.pid <= 0) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but is another user's.
    if (error.code !== 'EPERM') return false;
  }
  const started = startOf(holder.pid);
  return started === undefined || holder.started === undefined || started === holder.started;
}

/** The process id a lock text names (for messages). */
const pidIn = (text) => {
  try {
    return JSON.parse(text).pid;
  } catch {
    return undefined;
  }
};

/**
 * Takes the build lock of the checkout at `root`. Returns `{ release, stale }` (`stale`: the process id of a killed
 * build whose lock was taken over), or `{ holder }`: the process id of the build that is running.
 */
export function takeBuildLock(root) {
  const lock = lockOf(root);
  const mine = lockText();
  const draft = `${lock}.${process.pid}`;
  let stale;
  writeFileSync(draft, mine);
  try {
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        linkSync(draft, lock);
        return { release: () => releaseBuildLock(root, mine), stale };
      } catch (error) {
        if (error.code !== 'EEXIST') throw error;
      }
      let text;
      try {
        text = readFileSync(lock, 'utf8');
      } catch (error) {
        if (error.code === 'ENOENT') continue;
        throw error;
      }
      if (holderRunning(text)) return { holder: pidIn(text) };
      const aside = `${lock}.stale.${process.pid}`;
      try {
        renameSync(lock, aside);
      } catch (error) {
        if (error.code === 'ENOENT') continue;
        throw error;
      }
      const moved = readFileSync(aside, 'utf8');
      if (moved !== text) {
        // Another build took the stale lock over and wrote its own in between: give it back.
        try {
          linkSync(aside, lock);
        } catch {
          // A third build holds it now; either way, this one is not the build to run.
        }
        rmSync(aside, { force: true });
        return { holder: pidIn(moved) };
      }
      rmSync(aside, { force: true });
      stale = pidIn(text);
    }
    throw new Error(`${lock}: could not take the build lock`);
  } finally {
    rmSync(draft, { force: true });
  }
}

/** Removes the lock of the checkout at `root` if it is still the one `mine` wrote. */
export function releaseBuildLock(root, mine = lockText()) {
  const lock = lockOf(root);
  try {
    if (readFileSync(lock, 'utf8') === mine) rmSync(lock, { force: true });
  } catch {
    // Already gone.
  }
}

/** The refusal when the build of process `pid` holds the lock, as src/errors.ts prints a problem. */
export function lockedMessage(pid) {
  return [
    '✗ npm run build',
    `  问题：这个文件夹里已经有一个构建在运行（进程号 ${pid}），两个构建同时进行会互相删掉对方的文件`,
    `  怎么改：等它结束（它的最后一行是“构建完成”或“构建失败”）再运行 npm run build；不需要它了，就在它的终端窗口里按 Ctrl-C，或者运行 kill ${pid}。`,
    `  (another build of this folder is running, process ${pid}: wait for it to end, or stop it)`,
  ].join('\n');
}
