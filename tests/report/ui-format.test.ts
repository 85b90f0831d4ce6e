import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillUi } from '../../src/report/ui-format';
import { projectRoot } from '../support/build-site';

describe('fillUi', () => {
  it('fills placeholders', () => expect(fillUi('约{minutes}分钟读完', { minutes: 3 })).toBe('约3分钟读完'));
  it('fails on a placeholder without a value, naming it', () => {
    expect(() => fillUi('约{minute}分钟', { minutes: 3 })).toThrow(/\{minute\}/);
  });
});

/** Source text that fills a `{name}` placeholder by hand (`.replace('{n}', …)`) instead of through fillUi. */
const handFilled = (text: string) =>
  [...text.matchAll(/\.replace(?:All)?\(\s*['"`]\{\w+\}['"`]/g)].map((match) => match[0]);

describe('every placeholder goes through fillUi', () => {
  it('sees a placeholder filled by hand', () => {
    expect(handFilled("words.reading.replace('{n}', String(index + 1))")).toEqual([".replace('{n}'"]);
  });

  it('finds none in src/', () => {
    const src = path.join(projectRoot, 'src');
    const found = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(?:ts|js|mjs|astro)$/.test(file))
      .flatMap((file) => handFilled(readFileSync(path.join(src, file), 'utf8')).map((hit) => `${file}: ${hit}`));
    // The one exception, said in the file: the reading-aloud player (a separate browser chunk).
    expect(found).toEqual(["client/read-aloud.ts: .replace('{n}'", "client/read-aloud.ts: .replace('{count}'"]);
  });
});
