import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { site } from './site';
import { orderChapters } from './report-structure';
import { editorError } from '../errors';

export type ReportEntry = CollectionEntry<'reports'>;
export type ChapterEntry = CollectionEntry<'chapters'>;

/** The report the site publishes (named in `content/site.json`). */
export async function getPublishedReport(): Promise<ReportEntry> {
  const report = await getEntry('reports', site.report);
  if (!report) {
    const ids = (await getCollection('reports')).map((entry) => entry.id);
    throw editorError({
      file: 'content/site.json',
      message: `字段 report：要发布的报道“${site.report}”没有对应的文件 content/reports/${site.report}.mdx`,
      hint: `report 写 content/reports/ 里报道文件的名字（不带 .mdx），现有的是：${ids.join('、')}。`,
      en: `report: "${site.report}" has no file content/reports/${site.report}.mdx`,
    });
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
