/**
 * The README's folder tour is the newcomer's map: it must name every top-level folder of the
 * repository and no folder that does not exist. Its links to docs must lead to real files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

/** Folders the repository has but a tour need not show: tools' output and caches, all git-ignored. */
const notInTour = new Set(['.git', 'node_modules', 'dist', '.astro', 'coverage', 'screenshots']);

/** The `folder/` names in the first column of the README's "## Folders" table. */
function tourFolders(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Folders'));
  if (!section) throw new Error('README.md has no "## Folders" section');
  return [...section.matchAll(/^\|\s*`([^`]+)\/`\s*\|/gm)].map((match) => match[1]!);
}

describe('tourFolders', () => {
  it('reads the first column of the Folders table', () => {
    expect(tourFolders('## Folders\n\n| folder | what |\n| --- | --- |\n| `src/` | code |\n| `a/` | `b/` |\n')).toEqual(
      ['src', 'a'],
    );
  });
});

describe("the README's folder tour", () => {
  const named = tourFolders(readme);
  const present = readdirSync(projectRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !notInTour.has(entry.name) && !entry.name.startsWith('.dist-staging'))
    .map((entry) => entry.name);

  it('names only folders that exist', () => {
    expect(named.filter((folder) => !existsSync(path.join(projectRoot, folder)))).toEqual([]);
  });
  it('names every top-level folder', () => {
    expect(present.filter((folder) => !named.includes(folder))).toEqual([]);
  });
  it('links only to files that exist', () => {
    const targets = [...readme.matchAll(/\]\(([^)#]+)\)/g)]
      .map((match) => match[1]!)
      .filter((href) => !/^https?:/.test(href));
    expect(targets.length).toBeGreaterThan(3);
    expect(targets.filter((href) => !existsSync(path.join(projectRoot, href)))).toEqual([]);
  });
});
