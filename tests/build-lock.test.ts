/**
 * The build lock (scripts/build-lock.mjs): one `npm run build` at a time in a checkout, and a lock left by a build
 * killed outright taken over by the next. Two real builds in one checkout are in tests/build/atomic-swap.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockedMessage, lockOf, lockText, releaseBuildLock, takeBuildLock } from '../scripts/build-lock.mjs';
import { problemsIn } from '../scripts/lib/build-summary.mjs';

const work = mkdtempSync(path.join(tmpdir(), 'xinzhi-build-lock-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const checkout = () => mkdtempSync(path.join(work, 'checkout-'));

/** The process id of a process that has ended. */
function endedPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
  );
}

describe('takeBuildLock', () => {
  it('takes a free lock, which release gives back, leaving nothing', () => {
    const root = checkout();
    const taken = takeBuildLock(root);
    expect(taken).toMatchObject({ stale: undefined });
    expect(readFileSync(lockOf(root), 'utf8')).toBe(lockText());
    (taken as { release: () => void }).release();
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses while the build holding it runs, naming its process id', () => {
    const root = checkout();
    // This test's own process stands for the running build.
    writeFileSync(lockOf(root), lockText(process.pid));
    expect(takeBuildLock(root)).toEqual({ holder: process.pid });
    expect(readdirSync(root)).toEqual(['.build-lock']);
  });

  it('takes over the lock of a build killed outright (its process is gone), and says whose it was', () => {
    const root = checkout();
    const pid = endedPid();
    writeFileSync(lockOf(root), `${JSON.stringify({ pid, started: '1' })}\n`);
    const taken = takeBuildLock(root) as { release: () => void; stale?: number };
    expect(taken.stale).toBe(pid);
    expect(readFileSync(lockOf(root), 'utf8')).toBe(lockText());
    taken.release();
    expect(existsSync(lockOf(root))).toBe(false);
  });

  it('takes over a lock whose process id now belongs to another program (it started later), or that is unreadable', () => {
    if (!existsSync('/proc/self/stat')) return;
    for (const text of [`${JSON.stringify({ pid: process.pid, started: '1' })}\n`, '', '{"pid":']) {
      const root = checkout();
      writeFileSync(lockOf(root), text);
      const taken = takeBuildLock(root) as { release: () => void };
      expect(taken.release, JSON.stringify(text)).toBeTypeOf('function');
      taken.release();
    }
  });

  it('releases only its own lock', () => {
    const root = checkout();
    const other = `${JSON.stringify({ pid: process.pid, started: 'another build' })}\n`;
    writeFileSync(lockOf(root), other);
    releaseBuildLock(root);
    expect(readFileSync(lockOf(root), 'utf8')).toBe(other);
  });
});

describe('lockedMessage', () => {
  it('says in Chinese that another build runs, with its process id and what to do, as one problem', () => {
    const message = lockedMessage(4242);
    expect(message).toBe(
      [
        '✗ npm run build',
        '  问题：这个文件夹里已经有一个构建在运行（进程号 4242），两个构建同时进行会互相删掉对方的文件',
        '  怎么改：等它结束（它的最后一行是“构建完成”或“构建失败”）再运行 npm run build；不需要它了，就在它的终端窗口里按 Ctrl-C，或者运行 kill 4242。',
        '  (another build of this folder is running, process 4242: wait for it to end, or stop it)',
      ].join('\n'),
    );
    expect(problemsIn(message)).toEqual({
      count: 1,
      first: 'npm run build：这个文件夹里已经有一个构建在运行（进程号 4242），两个构建同时进行会互相删掉对方的文件',
    });
  });
});
