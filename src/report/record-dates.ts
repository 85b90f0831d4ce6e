/**
 * When each page of the site last changed, from the reports' records (src/report/record.ts), for the
 * sitemap's `lastmod`: read at config time from the editors' files (no Astro imports). A page whose
 * report gives no date has none: nothing is invented. A file that does not parse or check is skipped
 * here; the content collections name its mistake.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readEditorFile } from '../files/editor-text';
import { reportFolder, reportsDir } from '../files/report-files';
import { chapterSchema } from '../schemas/chapter';
import { reportSchema } from '../schemas/report';
import { readFrontmatter } from './frontmatter';
import { chapterLastModified, reportLastModified } from './record';

/** A file's frontmatter checked by `schema`, or undefined when it does not parse or check. */
function frontmatterOf<T>(root: string, file: string, schema: { safeParse: (data: unknown) => { data?: T } }) {
  try {
    return schema.safeParse(readFrontmatter(readEditorFile(path.join(root, file), file)).data).data;
  } catch {
    return undefined;
  }
}

/**
 * Each page's last change (`YYYY-MM-DD`) by its path without the base (`<report>/`, `<report>/<slug>/`,
 * `<report>/full/`, `<report>/data/`, and `` for the series page: its newest report's).
 */
export function pageLastModified(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  const folders = existsSync(path.join(root, reportsDir))
    ? readdirSync(path.join(root, reportsDir), { withFileTypes: true }).filter((entry) => entry.isDirectory())
    : [];
  for (const { name: id } of folders) {
    const report = frontmatterOf(root, `${reportFolder(id)}/report.mdx`, reportSchema);
    if (!report || report.draft) continue;
    const chapterDir = `${reportFolder(id)}/chapters`;
    const chapters = existsSync(path.join(root, chapterDir))
      ? readdirSync(path.join(root, chapterDir))
          .filter((file) => file.endsWith('.mdx'))
          .map((file) => frontmatterOf(root, `${chapterDir}/${file}`, chapterSchema))
          .filter((chapter) => chapter !== undefined)
      : [];
    const whole = reportLastModified(report, chapters);
    if (whole) for (const page of ['', 'full/', 'data/']) dates.set(`${id}/${page}`, whole);
    for (const chapter of chapters) {
      const date = chapterLastModified(report, chapter);
      if (date) dates.set(`${id}/${chapter.slug}/`, date);
    }
  }
  const newest = [...dates.values()].sort().at(-1);
  if (newest) dates.set('', newest);
  return dates;
}
