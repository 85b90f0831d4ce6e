/**
 * scripts/ensure-browser.mjs, the first step of `npm test`: without root it cannot install, so it must name
 * every missing package and stop (never let the browser tests skip).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, linkSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = new URL('../../scripts/ensure-browser.mjs', import.meta.url).pathname;

/**
 * The script and the Node that runs it, where another user can reach them: a checkout may sit where only its
 * owner can enter (a clone under /root, a mode-700 folder from mktemp -d), and the pinned Node lives inside
 * it (node_modules). The script imports nothing but Node's own modules, so a copy runs as the original.
 */
function reachableCopy() {
  const dir = mkdtempSync(path.join(tmpdir(), 'xinzhi-ensure-browser-'));
  chmodSync(dir, 0o755);
  copyFileSync(script, path.join(dir, 'ensure-browser.mjs'));
  const node = path.join(dir, 'node');
  try {
    linkSync(process.execPath, node);
  } catch {
    // Another file system: a copy.
    copyFileSync(process.execPath, node);
  }
  chmodSync(node, 0o755);
  return { dir, node, script: path.join(dir, 'ensure-browser.mjs') };
}

const asRoot = process.getuid?.() === 0;
const copy = asRoot ? reachableCopy() : undefined;
afterAll(() => copy && rmSync(copy.dir, { recursive: true, force: true }));

/** Runs the script as a user who is not root (nobody, when the tests themselves run as root). */
function runAsUser(env: Record<string, string>) {
  return spawnSync(copy?.node ?? process.execPath, [copy?.script ?? script], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    ...(copy ? { uid: 65534, gid: 65534, cwd: copy.dir } : {}),
  });
}

describe('ensure-browser', () => {
  it('names each missing engine’s package, says how to install it, and fails', () => {
    const result = runAsUser({ FIREFOX_PATH: '/nonexistent/firefox-esr', XVFB_PATH: '/nonexistent/Xvfb' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('firefox-esr');
    expect(result.stderr).toContain('xvfb');
    expect(result.stderr).toContain('sudo apt-get install -y firefox-esr xvfb');
    expect(result.stderr).not.toContain('chromium');
  });

  it('names WebKit’s driver package when MiniBrowser is missing', () => {
    const result = runAsUser({ MINIBROWSER_PATH: '/nonexistent/MiniBrowser' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('sudo apt-get install -y webkit2gtk-driver');
  });
});
