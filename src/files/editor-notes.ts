/**
 * Editors' internal notes in MDX: `<!-- 待核：… -->` (as in HTML, the habit editors bring) and
 * `{/* 待核：… *\/}` (MDX's own comment). Neither is ever published. MDX reads `<!--` as a broken tag,
 * so before any MDX parser sees a file, each HTML comment in its body is rewritten as an MDX comment
 * of the same length (`<!--` → `{/**`, `-->` → `*\/}`), which keeps every line and column; an MDX
 * comment is an expression holding nothing but a comment, which runs no code (the Markdown check
 * lets only those through, src/integrations/remark-editor-markdown.ts).
 *
 * A note that starts with 待核 (to be checked) says the text around it is not ready: a build refuses
 * it in a report that is not a draft (src/report/placeholders.ts), naming file and line.
 */

/** An MDX file's frontmatter (left as it is: YAML, not MDX). */
const frontmatter = /^---\n[\s\S]*?\n---(?=\n|$)/;

/** The body of an MDX text with every closed HTML comment made an MDX comment, lines and columns kept. */
export function mdxWithNotes(text: string): string {
  const head = frontmatter.exec(text)?.[0] ?? '';
  const body = text
    .slice(head.length)
    // Inside a comment, */ would end the MDX comment early: ** keeps the length and ends nothing.
    .replace(/<!--([\s\S]*?)-->/g, (_, inside: string) => `{/**${inside.replace(/\*\//g, '**')}*/}`);
  return head + body;
}

/**
 * Whether the code of an MDX expression (`{…}` without its braces) is only comments and white
 * space: JavaScript comments do not nest, so a scan from the start decides it exactly.
 */
export function isCommentOnly(code: string): boolean {
  let at = 0;
  while (at < code.length) {
    if (/\s/.test(code[at]!)) at++;
    else if (code.startsWith('/*', at)) {
      const end = code.indexOf('*/', at + 2);
      if (end < 0) return false;
      at = end + 2;
    } else if (code.startsWith('//', at)) {
      const end = code.indexOf('\n', at);
      at = end < 0 ? code.length : end + 1;
    } else return false;
  }
  return code.trim().length > 0;
}

/** An editor's note as written in an MDX text, with where it starts. */
export interface NoteAt {
  /** The note's words, trimmed. */
  text: string;
  /** 1-based line and column (in characters) of its opening `<!--` or `{/*`. */
  line: number;
  column: number;
}

/** Every note in an MDX text's body, in either form. */
export function notesIn(text: string): NoteAt[] {
  const start = frontmatter.exec(text)?.[0].length ?? 0;
  const notes: NoteAt[] = [];
  for (const match of text.slice(start).matchAll(/<!--([\s\S]*?)-->|\{\s*\/\*([\s\S]*?)\*\/\s*\}/g)) {
    const at = start + match.index;
    const before = text.slice(0, at).split('\n');
    notes.push({
      text: (match[1] ?? match[2] ?? '').replace(/^\*+/, '').trim(),
      line: before.length,
      column: [...before.at(-1)!].length + 1,
    });
  }
  return notes;
}

/** A text without its notes: for reading times and summaries, which count what readers read. */
export const withoutNotes = (text: string): string =>
  text.replace(/<!--[\s\S]*?-->/g, '').replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '');

/** The mark of a note that stops a publish build. */
export const pendingNoteMark = '待核';
