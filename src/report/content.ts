import { getCollection, type CollectionEntry } from 'astro:content';
import { orderChapters, orderReports } from './report-structure';
import { chapterFileOfEntryId, reportFolder, reportOfEntryId } from '../files/report-files';
import { reservedReportIds } from './legacy-redirects';
import { draftsHidden } from './drafts';
import { editorError } from '../errors';

export type ReportEntry = CollectionEntry<'reports'>;
export type ChapterEntry = CollectionEntry<'chapters'>;

/** Drafts (`draft: true`) are shown by `npm run dev` and left out of the production build (see drafts.ts). */
const showDrafts = import.meta.env.DEV || !draftsHidden();

/** The reports the site publishes (drafts too under `npm run dev`), in series order, numbers checked. */
export async function getReports(): Promise<ReportEntry[]> {
  const all = (await getCollection('reports')).map((entry) => ({
    ...entry,
    filePath: entry.filePath ?? `${reportFolder(entry.id)}/report.mdx`,
  }));
  const reserved = all.filter((entry) => reservedReportIds.includes(entry.id));
  if (reserved.length) {
    throw editorError(
      reserved.map((entry) => ({
        file: `${reportFolder(entry.id)}/`,
        message: `报道文件夹不能叫“${entry.id}”：网址 /${entry.id}/ 是网站自己用的`,
        hint: '给文件夹换一个名字（小写字母、数字和连字符），它就是这篇报道的网址。',
        en: `the address /${entry.id}/ is the site's own; rename the folder`,
      })),
    );
  }
  return orderReports(all).filter((entry) => showDrafts || !entry.data.draft);
}

/** The report a chapter belongs to: the folder its file is in. */
const chapterReport = (chapter: ChapterEntry) => reportOfEntryId(chapter.id);

/** The chapters of a report, checked and in reading order. */
export async function getChapters(reportId: string): Promise<ChapterEntry[]> {
  const chapters = (await getCollection('chapters'))
    .filter((entry) => chapterReport(entry) === reportId)
    .map((entry) => ({
      ...entry,
      filePath: entry.filePath ?? `${reportFolder(reportId)}/chapters/${chapterFileOfEntryId(entry.id)}.mdx`,
    }));
  return orderChapters(chapters);
}
