import type { Chapter } from '../schemas/chapter';

/** The chapter's marker in navigation: `01`, `02`… for sections, the label (记者手记) for a note. */
export function chapterNumber(chapter: Chapter): string {
  return chapter.kind === 'note' ? chapter.label : String(chapter.order).padStart(2, '0');
}

/** The first part of the title (before the space), short enough for navigation. */
export function shortTitle(chapter: Chapter): string {
  return chapter.title.split(/\s+/)[0] ?? chapter.title;
}
