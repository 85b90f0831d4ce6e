import { getCollection, type CollectionEntry } from 'astro:content';
import { orderChapters, orderReports } from './report-structure';
import { reportFolder } from './paths';

export type ReportEntry = CollectionEntry<'reports'>;
export type ChapterEntry = CollectionEntry<'chapters'>;

/**
 * Drafts (`draft: true`) are shown by `npm run dev` and left out of the production build.
 * SHOW_DRAFTS=1 shows them in a build too (tests of the draft itself).
 */
export const showDrafts = import.meta.env.DEV || process.env.SHOW_DRAFTS === '1';

/** The reports the site publishes (drafts too under `npm run dev`), in series order, numbers checked. */
export async function getReports(): Promise<ReportEntry[]> {
  const all = (await getCollection('reports')).map((entry) => ({
    ...entry,
    filePath: entry.filePath ?? `${reportFolder(entry.id)}/report.mdx`,
  }));
  return orderReports(all).filter((entry) => showDrafts || !entry.data.draft);
}

/** The report with this id, or an error naming the ids there are. */
export async function getReport(reportId: string): Promise<ReportEntry> {
  const reports = await getReports();
  const report = reports.find((entry) => entry.id === reportId);
  if (!report) {
    throw new Error(
      `${reportFolder(reportId)}/report.mdx: 没有这篇报道（no published report "${reportId}"）; expected one of ${reports.map((entry) => entry.id).join(', ')}`,
    );
  }
  return report;
}

/** The report a chapter belongs to: the folder its file is in. */
export const chapterReport = (chapter: ChapterEntry) => chapter.id.split('/')[0]!;

/** The chapters of a report, checked and in reading order. */
export async function getChapters(reportId: string): Promise<ChapterEntry[]> {
  const chapters = (await getCollection('chapters'))
    .filter((entry) => chapterReport(entry) === reportId)
    .map((entry) => ({
      ...entry,
      filePath: entry.filePath ?? `${reportFolder(reportId)}/chapters/${entry.id.split('/')[1]}.mdx`,
    }));
  return orderChapters(chapters);
}
