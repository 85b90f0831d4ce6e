/**
 * Two builds of the same sources are byte-identical: the global setup's build
 * (in the project, with its caches) and a build of a fresh copy in another folder
 * (no caches, a different absolute path). Every file is compared by SHA-256.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { copySite } from '../support/site-copy';

/** file → SHA-256 of its bytes, for every file under `dir`. */
function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(path.join(dir, file)).isFile())
      .sort()
      .map((file) => [
        file.split(path.sep).join('/'),
        createHash('sha256')
          .update(readFileSync(path.join(dir, file)))
          .digest('hex'),
      ]),
  );
}

describe('a second build of the same commit', () => {
  let copy: string;
  let first: Record<string, string>;
  let second: Record<string, string>;
  beforeAll(() => {
    copy = copySite('xinzhi-reproducible-').root;
    const outDir = path.join(copy, 'out');
    const result = buildSite(outDir, { SITE_URL: 'https://example.org' }, copy);
    if (result.status !== 0) throw new Error(`second build failed:\n${result.output}`);
    first = hashes(inject('distDir'));
    second = hashes(outDir);
  }, 120_000);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('writes the same files', () => {
    expect(Object.keys(second)).toEqual(Object.keys(first));
    expect(Object.keys(first).length).toBeGreaterThan(6);
  });

  it('writes every file byte for byte the same', () => {
    const different = Object.keys(first).filter((file) => first[file] !== second[file]);
    expect(different).toEqual([]);
  });
});
