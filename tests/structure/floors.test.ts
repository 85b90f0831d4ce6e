/**
 * The floors of src/ (docs/architecture.md): code imports only from its own floor or the floors
 * below, never from above. The ground floor (errors, schemas, files: where editors' files are
 * and how they are read) imports nothing of the site's upper floors; the models (report, then
 * data, charts, images, head) build on it; the config-time integrations on the models; components,
 * layouts, pages and browser code on top. An upward import (a model reaching into integrations)
 * fails here, naming the file and the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';

const src = path.join(projectRoot, 'src');

/** Each top-level part of src/ and its floor: higher numbers may import lower ones, not the reverse. */
export const floors: Record<string, number> = {
  'errors.ts': 0,
  schemas: 0,
  files: 0,
  report: 1,
  hant: 1,
  typesetting: 1,
  data: 2,
  charts: 2,
  images: 2,
  head: 2,
  styles: 2,
  integrations: 3,
  'content.config.ts': 3,
  client: 4,
  components: 4,
  layouts: 4,
  pages: 4,
  'env.d.ts': 4,
};

/** The part of src/ a path inside it belongs to (`report`, `errors.ts`). */
const partOf = (file: string) => path.relative(src, file).split(path.sep)[0]!;

/** The local imports of a source file, resolved to paths (static, side-effect and dynamic; not `?raw` text). */
function localImports(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\bfrom\s*['"](\.[^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*['"](\.[^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ]
    // `?raw` reads a file's text (a script to hash, say), not its code: no dependency on its floor.
    .filter((match) => !match[1]!.endsWith('?raw'))
    .map((match) => match[1]!.split('?')[0]!);
  return specifiers.map((specifier) => path.resolve(path.dirname(file), specifier));
}

/** Imports from `file` that go up a floor, as `file → import`. */
export function upwardImports(file: string, text = readFileSync(file, 'utf8')): string[] {
  const floor = floors[partOf(file)];
  return localImports(file, text)
    .filter((target) => target.startsWith(src + path.sep))
    .filter((target) => floors[partOf(target)]! > floor!)
    .map((target) => `${path.relative(projectRoot, file)} → ${path.relative(projectRoot, target)}`);
}

const sourceFiles = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(?:ts|mts|astro)$/.test(file))
  .map((file) => path.join(src, file));

describe('the floors of src/', () => {
  it('give every part of src/ a floor', () => {
    expect([...new Set(sourceFiles.map(partOf))].filter((part) => !(part in floors))).toEqual([]);
  });

  it('see an upward import', () => {
    // A model reaching into the integrations, as data/ and report/ once did; and a downward one.
    const file = path.join(src, 'data/example.ts');
    expect(upwardImports(file, "import { readEditorFile } from '../integrations/editor-files';")).toEqual([
      'src/data/example.ts → src/integrations/editor-files',
    ]);
    expect(upwardImports(file, "import { reportFolder } from '../files/report-files';")).toEqual([]);
  });

  it('have no upward import', () => {
    expect(sourceFiles.flatMap((file) => upwardImports(file))).toEqual([]);
  });
});
