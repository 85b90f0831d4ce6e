/**
 * An MDX file's frontmatter, read with Astro's own parser (the one its content layer uses), for
 * code that reads editors' files outside the content collections: the provenance check, the
 * rehype plugin at config time, the draft check. The collections validate the same fields with
 * their schemas and report mistakes; here a file whose frontmatter does not parse reads as having
 * none, and the collection's error is the one the editor sees.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** The frontmatter's fields and the text after it (a byte-order mark dropped). */
export function readFrontmatter(source: string): { data: Record<string, unknown>; content: string } {
  const text = source.replace(/^\uFEFF/, '');
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'remove' });
    return { data: frontmatter, content: content.replace(/^(?:\r?\n)+/, '') };
  } catch {
    return { data: {}, content: text };
  }
}

/** One frontmatter field as text, or undefined when the file does not have it. */
export function frontmatterText(source: string, field: string): string | undefined {
  const value = readFrontmatter(source).data[field];
  return value === undefined || value === null ? undefined : String(value);
}
