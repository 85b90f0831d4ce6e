/**
 * What the pages of the series show, asked for in one place: each published report with its
 * chapters and its neighbours in the series. Pages call these and lay the answer out.
 */
import { getChapters, getReports, type ChapterEntry, type ReportEntry } from './content';
import { neighbours } from './report-structure';
import { mdxReadableText, readingMinutes } from './reading-time';
import { withoutNotes } from '../files/editor-notes';
import { readEditorFile } from '../files/editor-text';
import { checkRecord } from './record';
import path from 'node:path';

/** One report of the series, with what every one of its pages needs. */
type ReportInSeries = {
  report: ReportEntry;
  /** Its chapters in reading order. */
  chapters: ChapterEntry[];
  /** Every published report in series order (for the series navigation). */
  reports: ReportEntry[];
  /** The report before and after it in the series. */
  previousReport?: ReportEntry;
  nextReport?: ReportEntry;
};

/** Every published report, in series order, with its chapters and neighbours. */
export async function reportsInSeries(): Promise<ReportInSeries[]> {
  const reports = await getReports();
  return Promise.all(
    reports.map(async (report, index) => {
      const { previous, next } = neighbours(reports, index);
      const chapters = await getChapters(report.id);
      // A correction naming a chapter the report does not have, a chapter updated before it appeared (record.ts).
      checkRecord(
        report,
        chapters,
        () => readEditorFile(path.resolve(report.filePath!), report.filePath),
        (file) => readEditorFile(path.resolve(file), file),
      );
      return { report, chapters, reports, previousReport: previous, nextReport: next };
    }),
  );
}

/** The text a reader reads in a chapter: its standfirst and body. */
const chapterText = (chapter: ChapterEntry) =>
  `${chapter.data.kind === 'section' ? chapter.data.standfirst : ''}${mdxReadableText(chapter.body ?? '')}`;

/** Minutes to read one chapter. */
export const chapterMinutes = (chapter: ChapterEntry) => readingMinutes(chapterText(chapter));

/** Minutes to read the whole report: lede, lead caption, standfirsts, chapters and captions. */
export function reportMinutes(report: ReportEntry, chapters: readonly ChapterEntry[]): number {
  return readingMinutes(
    mdxReadableText(report.body ?? '') +
      mdxReadableText(report.data.leadPhoto.caption) +
      chapters.map(chapterText).join(''),
  );
}

/** A chapter's meta description: its standfirst, or the first sentence of the reporter's note. */
export const chapterDescription = (chapter: ChapterEntry) =>
  chapter.data.kind === 'section'
    ? chapter.data.standfirst
    : withoutNotes(chapter.body ?? '')
        .trim()
        .split('。')[0] + '。';

/** getStaticPaths of a report's own pages (cover, one-page edition, data page): one per report, with its place in the series. */
export async function reportPagePaths() {
  return (await reportsInSeries()).map((entry) => ({ params: { report: entry.report.id }, props: entry }));
}
