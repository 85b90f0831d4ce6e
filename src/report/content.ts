import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { site } from './site';
import { orderChapters } from './report-structure';

export type ReportEntry = CollectionEntry<'reports'>;
export type ChapterEntry = CollectionEntry<'chapters'>;

/** The report the site publishes (named in `content/site.json`). */
export async function getPublishedReport(): Promise<ReportEntry> {
  const report = await getEntry('reports', site.report);
  if (!report) {
    const ids = (await getCollection('reports')).map((entry) => entry.id);
    throw new Error(
      `content/site.json: report: "${site.report}" has no file content/reports/${site.report}.mdx; expected one of ${ids.join(', ')}`,
    );
  }
  return report;
}

/** The chapters of a report, checked and in reading order. */
export async function getChapters(reportId: string): Promise<ChapterEntry[]> {
  const reportIds = (await getCollection('reports')).map((entry) => entry.id);
  const all = (await getCollection('chapters')).map((entry) => ({
    ...entry,
    filePath: entry.filePath ?? `content/chapters/${entry.id}.mdx`,
  }));
  return orderChapters(all, reportIds).filter((entry) => entry.data.report === reportId);
}
