/** A heading as Astro's `render(entry).headings` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of a table of contents: the link target (an id on the page) and its text. */
export interface TocEntry {
  id: string;
  text: string;
}

/** A page gets a table of contents once it has this many sections to jump between. */
export const minTocEntries = 3;

/**
 * The table of contents of a long page: its second-level headings, or nothing when there are
 * fewer than `minEntries` (a short chapter reads top to bottom; a list of one or two links is noise).
 */
export function tableOfContents(headings: readonly Heading[], minEntries: number = minTocEntries): TocEntry[] {
  const entries = headings.filter((heading) => heading.depth === 2).map(({ slug, text }) => ({ id: slug, text }));
  return entries.length >= minEntries ? entries : [];
}
