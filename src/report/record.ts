/**
 * A report's record (issue 35), as the pages, the JSON-LD, the feed, the sitemap and the share cards
 * show it: the dates, the byline, 责任编辑, the publisher and printed page, the corrections, and the
 * series' other reports. Pure (no Astro imports): config-time code and Node tests use it too.
 *
 * Nothing is invented: a field the editor did not give is not shown, and a report without any shows
 * nothing at all (report 1: its article gives no date, byline or publication).
 */
import { editorError, yamlPathLine, type Problem } from '../errors';
import { futureDateProblem, type Author, type Correction } from '../schemas/record';
import type { Chapter } from '../schemas/chapter';
import type { Report } from '../schemas/report';
import { fillUi } from './ui-format';

/** What a chapter's record may hold (its own fields; the report's fill the gaps). */
type ChapterRecordData = Pick<Chapter, 'published' | 'updated' | 'authors' | 'page'>;

/** The record one page shows: the report's, with a chapter's own fields where it gives them. */
export interface PageRecord {
  published?: string;
  updated?: string;
  authors?: readonly Author[];
  publisher?: string;
  page?: number | string;
}

/** A chapter's record: its own fields, the report's where it gives none. */
export function chapterRecord(report: Report, chapter: ChapterRecordData): PageRecord {
  return {
    published: chapter.published ?? report.published,
    updated: chapter.updated ?? report.updated,
    authors: chapter.authors ?? report.authors,
    publisher: report.publisher,
    page: chapter.page ?? report.page,
  };
}

/** The record of a report's own pages (cover, /full/). */
export const reportRecord = (report: Report): PageRecord => chapterRecord(report, {});

/** Whether a page has anything to show in its byline. */
export const hasRecord = (record: PageRecord) =>
  Boolean(record.published || record.updated || record.authors?.length || record.publisher || record.page);

const dayFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const monthDayFormat = new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', timeZone: 'UTC' });

/** `2024-07-20` as Chinese readers read it: 2024年7月20日. */
export const chineseDate = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

/** An update's date as the byline prints it: 7月21日 in the year of publication, 2025年1月3日 otherwise. */
export const updateDate = (date: string, published?: string) =>
  published && published.slice(0, 4) === date.slice(0, 4)
    ? monthDayFormat.format(new Date(`${date}T00:00:00Z`))
    : chineseDate(date);

/** The printed page as the byline prints it: `3` → 第3版; text as the editor wrote it. */
export const printPage = (page: number | string, template: string) =>
  typeof page === 'number' ? fillUi(template, { page }) : page;

/**
 * The byline's people as newsrooms print them: each role once, before its names, in the order
 * given (记者 张三 李四　通讯员 王五); a name without a role stands alone.
 */
export function authorGroups(authors: readonly Author[]): string[] {
  const groups: { role?: string; names: string[] }[] = [];
  for (const author of authors) {
    const last = groups.at(-1);
    if (last && author.role && last.role === author.role) last.names.push(author.name);
    else groups.push({ role: author.role, names: [author.name] });
  }
  return groups.map((group) => [group.role, ...group.names].filter(Boolean).join(' '));
}

/** The people of a byline as schema.org and the feed name them: one string each, `张三`. */
export const authorNames = (authors: readonly Author[] = []) => authors.map((author) => author.name);

/** The corrections a page shows, newest first (the same day: the later in the file first). */
export function correctionsFor(report: Report, chapterSlug?: string | null): Correction[] {
  const all = (report.corrections ?? []).map((correction, index) => ({ correction, index }));
  const chosen =
    chapterSlug === null
      ? all
      : all.filter(({ correction }) => (correction.chapter ?? undefined) === (chapterSlug ?? undefined));
  return chosen
    .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || b.index - a.index)
    .map(({ correction }) => correction);
}

/** The heading over a list of corrections: 更正, 更新, or both when both kinds are in it. */
export function correctionsHeading(
  corrections: readonly Correction[],
  words: { corrections: string; updates: string; correctionsAndUpdates: string },
): string {
  const kinds = new Set(corrections.map((correction) => correction.kind));
  return kinds.size > 1 ? words.correctionsAndUpdates : kinds.has('更新') ? words.updates : words.corrections;
}

/** The latest of some dates (`YYYY-MM-DD`), or undefined when there are none. */
const latest = (dates: readonly (string | undefined)[]) =>
  dates
    .filter((date): date is string => !!date)
    .sort()
    .at(-1);

/** When a chapter page last changed: its dates and the corrections that concern it. */
export const chapterLastModified = (report: Report, chapter: ChapterRecordData & { slug: string }) => {
  const record = chapterRecord(report, chapter);
  return latest([record.published, record.updated, ...correctionsFor(report, chapter.slug).map((c) => c.date)]);
};

/** When a report's own pages (cover, /full/, data) last changed: every date of it and of its chapters. */
export const reportLastModified = (report: Report, chapters: readonly (ChapterRecordData & { slug: string })[]) =>
  latest([
    report.published,
    report.updated,
    ...(report.corrections ?? []).map((correction) => correction.date),
    ...chapters.flatMap((chapter) => [chapter.published, chapter.updated]),
  ]);

/** A report file as the checks see it. */
interface RecordFile<T> {
  id: string;
  /** The file, for messages (the content layer's entries always have one). */
  filePath?: string;
  data: T;
}

/** The series' other reports for `current`, newest (highest number) first; drafts never. */
export function otherReports<T extends RecordFile<Report>>(reports: readonly T[], current: { id: string }): T[] {
  return reports
    .filter((report) => report.id !== current.id && !report.data.draft)
    .sort((a, b) => b.data.number - a.data.number);
}

/**
 * Checks a report's record against its chapters: each correction names a chapter the report has, and
 * a chapter's own dates keep `updated` ≥ `published` with the report's. `text` reads the report file
 * (for lines, only when there is a problem); `chapterText` a chapter file.
 */
export function checkRecord(
  report: RecordFile<Report>,
  chapters: readonly RecordFile<ChapterRecordData & { slug: string }>[],
  text: () => string,
  chapterText: (file: string) => string,
): void {
  const problems: Problem[] = [];
  const reportFile = report.filePath ?? report.id;
  const slugs = chapters.map((chapter) => chapter.data.slug);
  (report.data.corrections ?? []).forEach((correction, index) => {
    if (correction.chapter === undefined || slugs.includes(correction.chapter)) return;
    const source = text();
    const line = yamlPathLine(source, ['corrections', index, 'chapter']);
    problems.push({
      file: reportFile,
      ...(line ? { line, source: source.split('\n')[line - 1] ?? '' } : {}),
      message: `字段 corrections.${index}.chapter：这篇报道没有 slug 为“${correction.chapter}”的一章`,
      hint: `chapter 写这条更正所在那一章的 slug（章文件资料卡里的 slug）：${slugs.join('、')}；更正整篇报道就删掉 chapter 这一行。`,
      en: `corrections.${index}.chapter: no chapter with slug "${correction.chapter}" (${slugs.join(', ')})`,
    });
  });
  for (const chapter of chapters) {
    if (chapter.data.published === undefined && chapter.data.updated === undefined) continue;
    // A chapter of a published report has no date in the future (a draft's may: it is published later).
    if (!report.data.draft) {
      for (const field of ['published', 'updated'] as const) {
        const date = chapter.data[field];
        const problem = date && futureDateProblem(date);
        if (!problem) continue;
        const chapterFile = chapter.filePath ?? chapter.id;
        const source = chapterText(chapterFile);
        const line = yamlPathLine(source, [field]);
        problems.push({
          file: chapterFile,
          ...(line ? { line, source: source.split('\n')[line - 1] ?? '' } : {}),
          message: `字段 ${field}：${problem.message}`,
          hint: problem.hint,
          en: `${field}: ${problem.en}`,
        });
      }
    }
    const record = chapterRecord(report.data, chapter.data);
    if (record.published && record.updated && record.updated < record.published) {
      const own = chapter.data.updated !== undefined ? 'updated' : 'published';
      const chapterFile = chapter.filePath ?? chapter.id;
      const source = chapterText(chapterFile);
      const line = yamlPathLine(source, [own]);
      problems.push({
        file: chapterFile,
        ...(line ? { line, source: source.split('\n')[line - 1] ?? '' } : {}),
        message: `字段 ${own}：这一章的更新日期 ${chineseDate(record.updated)} 早于发表日期 ${chineseDate(record.published)}${
          own === 'published' ? '（更新日期是报道 report.mdx 里写的）' : '（发表日期是报道 report.mdx 里写的）'
        }`,
        hint: 'updated（更新日期）不能早于 published（发表日期）：检查这一章和 report.mdx 里的日期。',
        en: `${own}: the chapter's updated (${record.updated}) is before its published (${record.published})`,
      });
    }
  }
  if (problems.length) throw editorError(problems);
}
