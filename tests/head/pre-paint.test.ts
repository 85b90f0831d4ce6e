import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prePaintScript } from '../../src/head/pre-paint';

/** Runs the head script against stored values and returns what it sets on <html>. */
function run(stored: Record<string, string>, storageThrows = false): Record<string, string> {
  const dataset: Record<string, string> = {};
  runInNewContext(prePaintScript, {
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('blocked');
        return stored[key] ?? null;
      },
    },
    document: { documentElement: { dataset } },
  });
  return dataset;
}

// Its CSP hash is checked against the inline script of every built page (tests/build/reader.test.ts).
describe('prePaintScript', () => {
  it('applies a remembered light or dark theme', () => {
    expect(run({ theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(run({ theme: 'light' })).toEqual({ theme: 'light' });
  });
  it('applies a remembered large or extra-large text size, with the theme', () => {
    expect(run({ 'text-size': 'large' })).toEqual({ textSize: 'large' });
    expect(run({ 'text-size': 'x-large', theme: 'dark' })).toEqual({ theme: 'dark', textSize: 'x-large' });
  });
  it('keeps the defaults (follow the system, standard size) otherwise, even when storage is blocked', () => {
    expect(run({})).toEqual({});
    expect(run({ theme: 'purple', 'text-size': 'huge' })).toEqual({});
    expect(run({ theme: 'system', 'text-size': 'standard' })).toEqual({});
    expect(run({ theme: 'dark', 'text-size': 'x-large' }, true)).toEqual({});
  });
  it('stays tiny: at most half a kilobyte (issue 22), well under that gzipped', () => {
    expect(prePaintScript.length).toBeLessThanOrEqual(512);
    expect(gzipSync(prePaintScript).length).toBeLessThan(256);
  });
});
