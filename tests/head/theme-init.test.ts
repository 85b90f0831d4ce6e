import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { themeInitScript } from '../../src/head/theme-init';

/** Runs the head script against a stored value and returns the theme it sets on <html>. */
function run(stored: string | null, storageThrows = false): string | undefined {
  const dataset: Record<string, string> = {};
  runInNewContext(themeInitScript, {
    localStorage: {
      getItem: () => {
        if (storageThrows) throw new Error('blocked');
        return stored;
      },
    },
    document: { documentElement: { dataset } },
  });
  return dataset.theme;
}

// Its CSP hash is checked against the inline script of every built page (tests/build/csp.test.ts).
describe('themeInitScript', () => {
  it('applies a remembered light or dark theme', () => {
    expect(run('dark')).toBe('dark');
    expect(run('light')).toBe('light');
  });
  it('follows the system otherwise, even when storage is blocked', () => {
    expect(run(null)).toBeUndefined();
    expect(run('purple')).toBeUndefined();
    expect(run('dark', true)).toBeUndefined();
  });
});
