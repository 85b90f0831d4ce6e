/**
 * The project's own import graph, read from the source text: what a file imports and every project file a set
 * of entry files reaches (tests/structure/runtime-boundary.test.ts, tests/build/atomic-swap.test.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './build-site';

/** The import specifiers of a source file: static, side-effect, dynamic and `<script>` imports. */
export function importsOf(text: string): string[] {
  const specifiers = new Set<string>();
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) specifiers.add(match[1]!);
  return [...specifiers];
}

/** The project file a relative specifier points to, or undefined for a package or a virtual module. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const bare = path.resolve(path.dirname(from), specifier.split('?')[0]!);
  for (const candidate of [bare, `${bare}.ts`, `${bare}.astro`, `${bare}.mjs`, path.join(bare, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${path.relative(projectRoot, from)}: cannot resolve ${specifier}`);
}

/** Every file `entries` reach through local imports, with the packages and modules each imports. */
export function reach(entries: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !/\.(ts|mjs|astro)$/.test(file)) continue;
    const specifiers = importsOf(readFileSync(file, 'utf8'));
    seen.set(file, specifiers);
    for (const specifier of specifiers) {
      const local = resolveLocal(file, specifier);
      if (local) queue.push(local);
    }
  }
  return seen;
}
