/** Pure checks on how a report's chapters fit together (no Astro imports, so Node tests can use it). */
import { editorError, type Problem } from '../errors';

/** What the structure checks need to know about a chapter file. */
export interface ChapterFile {
  /** Path of the MDX file, for error messages. */
  filePath: string;
  data: { report: string; order: number; slug: string };
}

/**
 * Sorts chapters by `order` and checks that order and slug are unique within
 * the report and that the report exists. Throws one error listing every problem.
 */
export function orderChapters<T extends ChapterFile>(chapters: readonly T[], reportIds: readonly string[]): T[] {
  const problems: Problem[] = [];
  for (const chapter of chapters) {
    if (!reportIds.includes(chapter.data.report)) {
      problems.push({
        file: chapter.filePath,
        message: `字段 report：没有叫“${chapter.data.report}”的报道`,
        hint: `report 写报道文件的名字（content/reports/ 里的文件名，不带 .mdx），现有的是：${reportIds.join('、')}。`,
        en: `report: "${chapter.data.report}" is not a report; expected one of ${reportIds.map((id) => `"${id}"`).join(', ')}`,
      });
    }
  }
  for (const field of ['order', 'slug'] as const) {
    const seen = new Map<string, string>();
    for (const chapter of chapters) {
      const key = `${chapter.data.report}\u0000${chapter.data[field]}`;
      const first = seen.get(key);
      if (first) {
        problems.push({
          file: chapter.filePath,
          message: `字段 ${field}：${JSON.stringify(chapter.data[field])} 已经被 ${first} 用了`,
          hint:
            field === 'order'
              ? '每一章的 order（顺序号）要不同：1、2、3……'
              : '每一章的 slug（网址名）要不同，它决定这一章的网址。',
          en: `${field}: ${JSON.stringify(chapter.data[field])} is already used by ${first}; each chapter needs its own ${field}`,
        });
      } else seen.set(key, chapter.filePath);
    }
  }
  if (problems.length) throw editorError(problems);
  return [...chapters].sort((a, b) => a.data.order - b.data.order || a.data.slug.localeCompare(b.data.slug));
}

/** The chapters before and after `index` in reading order. */
export function neighbours<T>(ordered: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
