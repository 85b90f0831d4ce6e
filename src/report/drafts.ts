/**
 * Drafts: a report with `draft: true` in its report.mdx is shown by `npm run dev` and left out of a
 * production build (its pages, data, sitemap and feed entries, and the checks of its figures), so an
 * editor can work on the next report while the current one is live. SHOW_DRAFTS=1 builds drafts too
 * (to preview one as it will be published). Node-only, no Astro imports: config-time code uses it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from './frontmatter';

/** Whether this process leaves drafts out: a production build (astro build) without SHOW_DRAFTS=1. */
export function draftsHidden(): boolean {
  return process.env.NODE_ENV === 'production' && process.env.SHOW_DRAFTS !== '1';
}

/** Whether the report in `folder` (its report.mdx frontmatter) says `draft: true`. */
export function isDraftReport(folder: string): boolean {
  try {
    return readFrontmatter(readFileSync(path.join(folder, 'report.mdx'), 'utf8')).data.draft === true;
  } catch {
    return false;
  }
}
