/**
 * A chapter's address is its report's folder and its `slug`. Editors may change a slug; the address
 * readers, links and search engines already have must keep working. So each published report keeps a
 * record of the addresses its chapters have had, `content/reports/<report>/addresses.json` (chapter
 * file → its slugs, oldest first), which the build keeps: every slug the record holds that is no longer
 * its chapter's gets a redirect page to the chapter's address now (src/pages/[...legacy].astro, as the
 * site's old root addresses do), and a build that publishes adds each new slug to the record.
 *
 * Node-only, no Astro imports: config-time code uses it.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadReport } from '../files/report-loader';
import { readEditorFile } from '../files/editor-text';
import { reportFolder, reportsDir } from '../files/report-files';
import { draftsHidden, isDraftReport } from './drafts';
import { frontmatterText } from './frontmatter';
import { chapterPath } from './paths';

/** The record's name in a report's folder. */
export const addressRecordName = 'addresses.json';

/** What the record says of itself, to the editor who opens it. */
const recordNote = '构建自动维护，不要删改：每章发布过的网址（slug），先旧后新。改了 slug 以后，旧网址会跳转到新网址。';

/** Chapter file (`chapters/02-investment.mdx`) → every slug it has been published under, oldest first. */
type AddressRecord = Record<string, string[]>;

/** A chapter's old address and where it now lives (site paths without the base: `<report>/<slug>/`). */
export interface SlugRedirect {
  from: string;
  to: string;
  /** The chapter's file, as messages name it. */
  file: string;
}

/** What the record says, or nothing when the report has none yet (or it cannot be read as a record). */
function readRecord(root: string, reportId: string): AddressRecord {
  const file = `${reportFolder(reportId)}/${addressRecordName}`;
  if (!existsSync(path.join(root, file))) return {};
  try {
    const record = JSON.parse(readEditorFile(path.join(root, file), file)) as { chapters?: unknown };
    const chapters = record.chapters;
    if (!chapters || typeof chapters !== 'object') return {};
    return Object.fromEntries(
      Object.entries(chapters).filter(
        (entry): entry is [string, string[]] =>
          Array.isArray(entry[1]) && entry[1].every((slug) => typeof slug === 'string'),
      ),
    );
  } catch {
    return {};
  }
}

/** Each chapter file of a report and its slug now. */
function currentSlugs(root: string, reportId: string): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const chapter of loadReport(root, reportId).chapters) {
    try {
      const slug = frontmatterText(chapter.text, 'slug');
      if (slug) slugs.set(chapter.name, slug);
    } catch {
      // A file that cannot be read is reported by the content check, with its own message.
    }
  }
  return slugs;
}

/** The redirects of a report: each recorded slug that no chapter holds now, to its chapter's address now. */
export function slugRedirects(root: string, reportId: string): SlugRedirect[] {
  const record = readRecord(root, reportId);
  const now = currentSlugs(root, reportId);
  const taken = new Set(now.values());
  const redirects: SlugRedirect[] = [];
  for (const [name, slugs] of Object.entries(record)) {
    const slug = now.get(name);
    if (!slug) continue;
    for (const old of new Set(slugs)) {
      if (taken.has(old)) continue;
      redirects.push({
        from: chapterPath(reportId, old),
        to: chapterPath(reportId, slug),
        file: `${reportFolder(reportId)}/${name}`,
      });
    }
  }
  return redirects;
}

/** Where a site path leads once the slug redirects are followed (itself when it is not an old address). */
export function followSlugRedirects(sitePath: string, redirects: readonly SlugRedirect[]): string {
  return redirects.find((redirect) => redirect.from === sitePath)?.to ?? sitePath;
}

/** The Chinese note a build prints for each changed address. */
export function slugRedirectNotice(redirect: SlugRedirect): string {
  return (
    `${redirect.file} 的网址改了：旧网址 /${redirect.from} 仍然可以打开，会自动跳转到新网址 /${redirect.to}（构建加了一个跳转页）。` +
    `本站正文里链接到旧网址的地方，最好也改成新网址。` +
    `(slug changed: /${redirect.from} redirects to /${redirect.to})`
  );
}

/**
 * Adds each chapter's slug now to the record of report `reportId` (written only when it changes):
 * called by a build that publishes, after every check has passed.
 */
export function recordSlugs(root: string, reportId: string): boolean {
  const record = readRecord(root, reportId);
  let changed = false;
  for (const [name, slug] of currentSlugs(root, reportId)) {
    const slugs = record[name] ?? [];
    if (slugs.includes(slug)) continue;
    record[name] = [...slugs, slug];
    changed = true;
  }
  if (!changed) return false;
  // Written as Prettier writes JSON (a list on one line), so the saved record passes the format check.
  const chapters = Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, slugs]) => `    ${JSON.stringify(name)}: [${slugs.map((slug) => JSON.stringify(slug)).join(', ')}]`);
  const text = [
    '{',
    `  "说明": ${JSON.stringify(recordNote)},`,
    '  "chapters": {',
    chapters.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
  writeFileSync(path.join(root, reportFolder(reportId), addressRecordName), text);
  return true;
}

/** The reports a build of the project at `root` publishes: every folder with a report.mdx, drafts only in a preview. */
export function publishedReportIds(root: string): string[] {
  try {
    return readdirSync(path.join(root, reportsDir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(root, reportFolder(entry.name), 'report.mdx')))
      .map((entry) => entry.name)
      .filter((id) => !draftsHidden() || !isDraftReport(path.join(root, reportFolder(id))))
      .sort();
  } catch {
    return [];
  }
}

/** Every chapter's old address in the reports a build of `root` publishes. */
export const publishedSlugRedirects = (root: string): SlugRedirect[] =>
  publishedReportIds(root).flatMap((id) => slugRedirects(root, id));
