import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prePaintScript } from '../../src/head/pre-paint';
import { editionStorageKey } from '../../src/head/edition';

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
  // 255 bytes gzipped until issue 34 made the 繁/简 choice strict (only the two tags, only the switch): 305 then.
  it('stays tiny: at most half a kilobyte (issue 22), well under that gzipped', () => {
    expect(prePaintScript.length).toBeLessThanOrEqual(512);
    expect(gzipSync(prePaintScript).length).toBeLessThanOrEqual(320);
  });
});

/**
 * A localStorage over a plain object (the keys and values the page's origin holds): by its methods, and,
 * as a browser's Storage, by property too.
 */
function storage(items: Record<string, string>) {
  const methods: Record<string, unknown> = {
    getItem: (key: string) => (key in items ? items[key]! : null),
    setItem: (key: string, value: string) => void (items[key] = String(value)),
    removeItem: (key: string) => void delete items[key],
  };
  return new Proxy(items, {
    get: (target, key: string) => (key in methods ? methods[key] : target[key]),
    set: (target, key: string, value) => ((target[key] = String(value)), true),
  });
}

/**
 * Runs the head script in a window showing a page in `lang` whose twin is `twin`, with `items` in its
 * storage; returns where it sent the reader (and leaves in `items` what the script kept).
 */
function runChoice(items: Record<string, string>, lang: string, twin?: string, framed = false): unknown {
  const window: Record<string, unknown> = {
    localStorage: storage(items),
    document: { documentElement: { dataset: twin ? { twin } : {}, lang } },
    location: { hash: '#dataset-x', replace: (to: string) => (window.went = to) },
  };
  window.self = window;
  window.top = framed ? {} : window;
  runInNewContext(prePaintScript, window);
  return window.went;
}

const chosen = (edition: string) => ({ [editionStorageKey]: edition });

describe('prePaintScript and the 繁/简 choice (docs/zh-hant.md)', () => {
  it('keeps the choice under a key named for the site, not a name anything else on the origin may use', () => {
    expect(editionStorageKey).toMatch(/^xin-zhi:/);
  });
  it('takes a reader who chose the other edition to the twin, at the same #anchor', () => {
    expect(runChoice(chosen('zh-Hant-TW'), 'zh-CN', '/zh-hant/a/')).toBe('/zh-hant/a/#dataset-x');
    expect(runChoice(chosen('zh-CN'), 'zh-Hant-TW', '/a/')).toBe('/a/#dataset-x');
    // Under a BASE_PATH the twin is the base's page: the same key, the same choice.
    expect(runChoice(chosen('zh-Hant-TW'), 'zh-CN', '/sub/zh-hant/a/')).toBe('/sub/zh-hant/a/#dataset-x');
  });
  it('stays on a page in the chosen edition, with no choice, on the 404 page and inside another site’s frame', () => {
    expect(runChoice(chosen('zh-CN'), 'zh-CN', '/zh-hant/a/')).toBeUndefined();
    expect(runChoice({}, 'zh-CN', '/zh-hant/a/')).toBeUndefined();
    expect(runChoice(chosen('zh-Hant-TW'), 'zh-CN')).toBeUndefined();
    expect(runChoice(chosen('zh-Hant-TW'), 'zh-CN', '/zh-hant/embed/a/b/', true)).toBeUndefined();
  });
  // Issue 34: an editor's <a hreflang="en"> stored "en", which no page's lang is: every page then sent the reader to
  // its twin, and the twin back, for ever. zh-Hant-HK was the edition's tag until issue 33 (Taiwan's characters).
  it('ignores any other stored value, the edition’s old tag too, and removes it', () => {
    for (const value of ['en', 'zh-Hant', 'zh-Hant-HK', 'zh-hant-tw', 'ZH-CN', ' zh-CN', '', 'null']) {
      const items = { ...chosen(value), theme: 'dark' };
      expect(runChoice(items, 'zh-CN', '/zh-hant/a/'), value).toBeUndefined();
      expect(runChoice(items, 'zh-Hant-TW', '/a/'), value).toBeUndefined();
      expect(items, value).toEqual({ theme: 'dark' });
    }
  });
  it('leaves the old generic key alone: neither read (another site on the origin may use it) nor removed', () => {
    const items = { script: 'zh-Hant-HK' };
    expect(runChoice(items, 'zh-CN', '/zh-hant/a/')).toBeUndefined();
    expect(items).toEqual({ script: 'zh-Hant-HK' });
  });
  it('remembers only the 繁/简 switch clicked, and carries the #anchor onto it alone', () => {
    const items: Record<string, string> = {};
    const window: Record<string, unknown> = {
      localStorage: storage(items),
      document: { documentElement: { dataset: {}, lang: 'zh-CN' } },
      location: { hash: '#dataset-x' },
    };
    runInNewContext(prePaintScript, window);
    const onclick = window.onclick as (event: unknown) => void;
    /** A click on `link`, found by the selectors it matches. */
    const click = (link: { hash: string; hreflang: string }, matches: string[]) =>
      onclick({ target: { closest: (selector: string) => (matches.includes(selector) ? link : null) } });

    // An editor's link to another language's page: not the switch.
    const english = { hash: '', hreflang: 'en' };
    click(english, ['a[hreflang]']);
    expect(english.hash).toBe('');
    expect(items).toEqual({});

    const switchLink = { hash: '', hreflang: 'zh-Hant-TW' };
    click(switchLink, ['a[hreflang]', 'a[data-script-switch]']);
    expect(switchLink.hash).toBe('#dataset-x');
    expect(items).toEqual(chosen('zh-Hant-TW'));
    onclick({ target: { closest: () => null } });
    expect(items).toEqual(chosen('zh-Hant-TW'));
  });
});
