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

/** Runs the head script in a window showing a page in `lang` whose twin is `twin`; returns where it sent the reader. */
function runChoice(script: string | undefined, lang: string, twin?: string, framed = false): unknown {
  const window: Record<string, unknown> = {
    localStorage: { getItem: () => null, ...(script ? { script } : {}) },
    document: { documentElement: { dataset: twin ? { twin } : {}, lang } },
    location: { hash: '#dataset-x', replace: (to: string) => (window.went = to) },
  };
  window.self = window;
  window.top = framed ? {} : window;
  runInNewContext(prePaintScript, window);
  return window.went;
}

describe('prePaintScript and the 繁/简 choice (docs/zh-hant.md)', () => {
  it('takes a reader who chose the other script to the twin, at the same #anchor', () => {
    expect(runChoice('zh-Hant-HK', 'zh-CN', '/zh-hant/a/')).toBe('/zh-hant/a/#dataset-x');
    expect(runChoice('zh-CN', 'zh-Hant-HK', '/a/')).toBe('/a/#dataset-x');
  });
  it('stays on a page in the chosen script, with no choice, on the 404 page and inside another site’s frame', () => {
    expect(runChoice('zh-CN', 'zh-CN', '/zh-hant/a/')).toBeUndefined();
    expect(runChoice(undefined, 'zh-CN', '/zh-hant/a/')).toBeUndefined();
    expect(runChoice('zh-Hant-HK', 'zh-CN')).toBeUndefined();
    expect(runChoice('zh-Hant-HK', 'zh-CN', '/zh-hant/embed/a/b/', true)).toBeUndefined();
  });
  it('remembers the script of the switch clicked, and carries the #anchor onto its link', () => {
    const storage: Record<string, unknown> = { getItem: () => null };
    const window: Record<string, unknown> = {
      localStorage: storage,
      document: { documentElement: { dataset: {}, lang: 'zh-CN' } },
      location: { hash: '#dataset-x' },
    };
    runInNewContext(prePaintScript, window);
    const link = { hash: '', hreflang: 'zh-Hant-HK' };
    const onclick = window.onclick as (event: unknown) => void;
    onclick({ target: { closest: (selector: string) => (selector === 'a[hreflang]' ? link : null) } });
    expect(link.hash).toBe('#dataset-x');
    expect(storage.script).toBe('zh-Hant-HK');
    onclick({ target: { closest: () => null } });
    expect(storage.script).toBe('zh-Hant-HK');
  });
});
