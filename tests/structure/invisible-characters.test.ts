/**
 * No doc and no message carries an invisible character (issue 32): an editor copies what the guide or
 * a message shows, and a word joiner copied between ] and ( published a link as text. Docs are read as
 * they are; messages as the catalogue's snapshots hold them (every message the build prints for an
 * editor's mistake), and no code but the module that names these characters writes one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { invisibleCharacters, visibleCode } from '../../src/files/invisible-characters';

const invisible = new RegExp(`[${Object.keys(invisibleCharacters).join('')}]`, 'u');
const filesIn = (folder: string, extension: RegExp) =>
  readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => extension.test(file))
    .map((file) => `${folder}/${file.split(path.sep).join('/')}`);

/** Where `file` holds an invisible character: line and the character, shown. */
function invisibleIn(file: string): string[] {
  return readFileSync(path.join(projectRoot, file), 'utf8')
    .split('\n')
    .flatMap((line, index) =>
      [...line].filter((char) => invisible.test(char)).map((char) => `${file}:${index + 1} ${visibleCode(char)}`),
    );
}

describe('invisible characters', () => {
  const docs = ['README.md', ...filesIn('docs', /\.md$/)];
  const snapshots = [
    ...filesIn('tests/content/__snapshots__', /\.snap$/),
    ...filesIn('tests/build/__snapshots__', /\.snap$/),
  ];

  it('are in no doc', () => {
    expect(docs.length).toBeGreaterThan(5);
    expect(docs.flatMap(invisibleIn)).toEqual([]);
  });

  it('are in no message the build prints for an editor’s mistake', () => {
    expect(snapshots.length).toBeGreaterThan(0);
    expect(snapshots.flatMap(invisibleIn)).toEqual([]);
  });

  it('are written by no code: only the module that removes them names them', () => {
    const code = [...filesIn('src', /\.(?:ts|astro|mjs)$/), ...filesIn('scripts', /\.(?:ts|mjs)$/)];
    const escapes = /\\u(?:00ad|180e|200[b-f]|206[0-4])|\\u2060/i;
    const writers = code.filter(
      (file) =>
        file !== 'src/files/invisible-characters.ts' &&
        (escapes.test(readFileSync(path.join(projectRoot, file), 'utf8')) || invisibleIn(file).length),
    );
    expect(writers).toEqual([]);
  });

  it('catches one when it is there', () => {
    expect(invisible.test('[招商引资]\u2060(/x/)')).toBe(true);
  });
});
