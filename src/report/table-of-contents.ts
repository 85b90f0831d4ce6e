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
  /** The `###` sub-headings under a `##` heading. */
  children?: TocEntry[];
}

/** A page gets a table of contents once it has this many sections to jump between. */
const minTocEntries = 3;

/**
 * The table of contents of a long page: its `##` headings, each with the `###` headings under it,
 * or nothing when there are fewer than `minEntries` `##` headings (a short chapter reads top to
 * bottom; a list of one or two links is noise).
 */
export function tableOfContents(headings: readonly Heading[], minEntries: number = minTocEntries): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) entries.push({ id: slug, text });
    else if (depth === 3 && entries.length) (entries[entries.length - 1]!.children ??= []).push({ id: slug, text });
  }
  return entries.length >= minEntries ? entries : [];
}
