/** A throw-away copy of the site (node_modules linked) for builds with edited content. */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './build-site';

const skipped = new Set(['node_modules', 'dist', '.astro', '.git', '.dist-staging', 'coverage', 'screenshots']);

/** Copies the project to a temporary folder and returns its path and a cleanup function. */
export function copySite(): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-site-'));
  cpSync(projectRoot, root, {
    recursive: true,
    filter: (source) => !skipped.has(path.relative(projectRoot, source).split(path.sep)[0] ?? ''),
  });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
