/** Pure checks on how reports and their chapters fit together (no Astro imports, so Node tests can use it). */
import { editorError, type Problem } from '../errors';

/** What the structure checks need to know about a chapter file of one report. */
interface ChapterFile {
  /** Path of the MDX file, for error messages. */
  filePath: string;
  data: { order: number; slug: string };
}

/** What the series checks need to know about a report file. */
export interface ReportFile {
  id: string;
  /** Path of the report.mdx file, for error messages. */
  filePath: string;
  data: { number: number };
}

/**
 * Sorts one report's chapters by `order` and checks that order and slug are unique within
 * the report. Throws one error listing every problem.
 */
export function orderChapters<T extends ChapterFile>(chapters: readonly T[]): T[] {
  const problems: Problem[] = [];
  for (const field of ['order', 'slug'] as const) {
    const seen = new Map<string, string>();
    for (const chapter of chapters) {
      const key = String(chapter.data[field]);
      const first = seen.get(key);
      if (first) {
        problems.push({
          file: chapter.filePath,
          message: `字段 ${field}：${JSON.stringify(chapter.data[field])} 已经被 ${first} 用了`,
          hint:
            field === 'order'
              ? '每一章的 order（顺序号）要不同：1、2、3……'
              : '每一章的 slug（网址名）要不同，它决定这一章的网址。',
          en: `${field}: ${JSON.stringify(chapter.data[field])} is already used by ${first}; each chapter of a report needs its own ${field}`,
        });
      } else seen.set(key, chapter.filePath);
    }
    // A chapter slug must not take a report's own addresses.
    if (field === 'slug') {
      for (const chapter of chapters) {
        if (reservedSlugs.includes(chapter.data.slug)) {
          problems.push({
            file: chapter.filePath,
            message: `字段 slug：“${chapter.data.slug}”是保留的网址，用作报道的 ${chapter.data.slug} 页`,
            hint: `换一个 slug；${reservedSlugs.join('、')} 都不能用。`,
            en: `slug: "${chapter.data.slug}" is reserved for the report's ${chapter.data.slug} page; choose another slug`,
          });
        }
      }
    }
  }
  if (problems.length) throw editorError(problems);
  return [...chapters].sort((a, b) => a.data.order - b.data.order || a.data.slug.localeCompare(b.data.slug));
}

/** Addresses under `/<report>/` that are not chapters. */
const reservedSlugs = ['full', 'data', 'og'];

/** Sorts reports by their number in the series; two reports with one number fail the build, naming both files. */
export function orderReports<T extends ReportFile>(reports: readonly T[]): T[] {
  const problems: Problem[] = [];
  const seen = new Map<number, string>();
  for (const report of reports) {
    const first = seen.get(report.data.number);
    if (first) {
      problems.push({
        file: report.filePath,
        message: `字段 number：系列序号 ${report.data.number} 已经被 ${first} 用了`,
        hint: '每篇报道的 number（系列里的第几篇）要不同：1、2、3……',
        en: `number: ${report.data.number} is already used by ${first}; each report of the series needs its own number`,
      });
    } else seen.set(report.data.number, report.filePath);
  }
  if (problems.length) throw editorError(problems);
  return [...reports].sort((a, b) => a.data.number - b.data.number);
}

/** The items before and after `index` in order. */
export function neighbours<T>(ordered: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
