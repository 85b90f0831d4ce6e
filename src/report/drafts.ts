/**
 * Drafts: a report with `draft: true` in its report.mdx is shown by `npm run dev` and left out of a
 * production build (its pages, data, sitemap and feed entries, and the checks of its figures), so an
 * editor can work on the next report while the current one is live. SHOW_DRAFTS=1 builds drafts too
 * (to preview one as it will be published). Node-only, no Astro imports: config-time code uses it.
 *
 * A production build leaves a draft's folder out of the content collections altogether
 * (`draftFolders`), so not even a half-written file of it (YAML or MDX that does not parse yet)
 * can stop the deploy of the live reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from './frontmatter';
import { normaliseText, readEditorFile } from '../files/editor-text';

/** Whether this process leaves drafts out: a production build (astro build) without SHOW_DRAFTS=1. */
export function draftsHidden(): boolean {
  return process.env.NODE_ENV === 'production' && process.env.SHOW_DRAFTS !== '1';
}

/** A `draft: true` line in the frontmatter block, for a frontmatter the YAML parser cannot read yet. */
const draftLine = /^---\r?\n(?:.*\r?\n)*?draft:[ \t]*true[ \t]*(?:#.*)?\r?\n(?:.*\r?\n)*?---/;

/**
 * Whether the report in `folder` says `draft: true` in its report.mdx. The frontmatter is read with
 * the real parser; when it does not parse (an editor is halfway through a line), a `draft: true`
 * line in it still counts, so a broken draft stays a draft.
 */
export function isDraftReport(folder: string): boolean {
  const file = path.join(folder, 'report.mdx');
  let source: string;
  try {
    source = readEditorFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    // Not UTF-8 yet: read loosely for the `draft: true` line; the build names the encoding if it publishes the file.
    source = normaliseText(readFileSync(file, 'utf8'));
  }
  const { data } = readFrontmatter(source);
  if ('draft' in data) return data.draft === true;
  return draftLine.test(source);
}

/** The folders (names under `reportsDir`) whose report is a draft, sorted. */
export function draftFolders(reportsDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(reportsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  return names.filter((name) => isDraftReport(path.join(reportsDir, name))).sort();
}
