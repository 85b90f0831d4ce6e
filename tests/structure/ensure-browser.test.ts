/**
 * scripts/ensure-browser.mjs, the first step of `npm test`: without root it cannot install, so it must name
 * every missing package and stop (never let the browser tests skip).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = new URL('../../scripts/ensure-browser.mjs', import.meta.url).pathname;

/** Runs the script as a user who is not root (nobody, when the tests themselves run as root). */
function runAsUser(env: Record<string, string>) {
  return spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
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
