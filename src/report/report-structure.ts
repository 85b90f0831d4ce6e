/** Pure checks on how a report's chapters fit together (no Astro imports, so Node tests can use it). */

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
  const problems: string[] = [];
  for (const chapter of chapters) {
    if (!reportIds.includes(chapter.data.report)) {
      problems.push(
        `${chapter.filePath}: report: "${chapter.data.report}" is not a report; expected one of ${reportIds.map((id) => `"${id}"`).join(', ')}`,
      );
    }
  }
  for (const field of ['order', 'slug'] as const) {
    const seen = new Map<string, string>();
    for (const chapter of chapters) {
      const key = `${chapter.data.report}\u0000${chapter.data[field]}`;
      const first = seen.get(key);
      if (first) {
        problems.push(
          `${chapter.filePath}: ${field}: ${JSON.stringify(chapter.data[field])} is already used by ${first}; each chapter needs its own ${field}`,
        );
      } else seen.set(key, chapter.filePath);
    }
  }
  if (problems.length) throw new Error(`Invalid chapters\n${problems.join('\n')}`);
  return [...chapters].sort((a, b) => a.data.order - b.data.order || a.data.slug.localeCompare(b.data.slug));
}

/** The chapters before and after `index` in reading order. */
export function neighbours<T>(ordered: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
