/**
 * The folders say where code runs (docs/architecture.md). Browser code must not reach Node's
 * built-ins, and config-time code (the integrations that astro.config.mjs loads before any
 * Astro module exists) must not reach Astro's virtual `astro:*` modules. Each rule follows the
 * imports transitively, so a helper that drags in the wrong runtime is caught too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { importsOf, reach } from '../support/imports';

const src = path.join(projectRoot, 'src');

const filesIn = (dir: string): string[] =>
  readdirSync(path.join(src, dir), { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(src, dir, entry))
    .filter((file) => statSync(file).isFile());

/** `file: specifier` for each import in the reach of `entries` that `forbidden` matches. */
function violations(entries: string[], forbidden: RegExp): string[] {
  return [...reach(entries)].flatMap(([file, specifiers]) =>
    specifiers.filter((specifier) => forbidden.test(specifier)).map((s) => `${path.relative(projectRoot, file)}: ${s}`),
  );
}

/** Node's built-ins, with or without the `node:` prefix. */
const nodeBuiltin = /^(node:|(fs|path|os|url|crypto|child_process|module|vm|zlib|http|net)(\/|$))/;

describe('importsOf', () => {
  it('finds static, side-effect and dynamic imports', () => {
    expect(
      importsOf(`import a from './a';\nimport './b.css';\nconst c = import('./c');\nexport { d } from "d";`),
    ).toEqual(expect.arrayContaining(['./a', './b.css', './c', 'd']));
  });
});

describe('the runtime boundary', () => {
  it('keeps browser code (src/client/ and all it imports) free of Node built-ins', () => {
    const entries = filesIn('client');
    expect(entries.length).toBeGreaterThan(0);
    expect(violations(entries, nodeBuiltin)).toEqual([]);
  });

  it('keeps config-time code (src/integrations/ and all it imports) free of astro:* virtual modules', () => {
    const entries = filesIn('integrations');
    expect(entries.length).toBeGreaterThan(0);
    expect(violations(entries, /^astro:/)).toEqual([]);
  });

  it('follows imports transitively', () => {
    // The reach is transitive: src/client/draw.ts imports src/charts/builders.ts, which imports src/data/format.ts.
    const reached = [...reach([path.join(src, 'client/draw.ts')]).keys()].map((f) => path.relative(src, f));
    expect(reached).toEqual(expect.arrayContaining(['client/draw.ts', 'charts/builders.ts', 'data/format.ts']));
  });
});
