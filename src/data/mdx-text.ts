/**
 * The running text of an MDX file as readers see it: one string per paragraph, with the Markdown
 * (bold, italic, links, line breaks, footnote marks) taken away. The provenance check compares
 * quotes with this text, not with the file's characters, so `**59个**` or a link around a number
 * does not break a quote; the rehype plugin reads the same text from the rendered paragraphs.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { readFrontmatter } from '../report/frontmatter';
import { mdxWithNotes } from '../files/editor-notes';

interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
}

/** Strips an MDX file's frontmatter, leaving the text editors wrote. */
export function mdxBody(source: string): string {
  return readFrontmatter(source).content;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const cache = new Map<string, string[]>();

/** The text of every paragraph of an MDX source (frontmatter and footnote definitions left out). */
export function mdxParagraphs(source: string): string[] {
  let paragraphs = cache.get(source);
  if (!paragraphs) {
    if (cache.size > 64) cache.clear();
    paragraphs = parseParagraphs(source);
    cache.set(source, paragraphs);
  }
  return paragraphs;
}

/** A node without its `{…}` expressions: the only ones the site allows are comments, which publish nothing. */
function withoutExpressions(node: MdastNode): MdastNode {
  if (!node.children) return node;
  return {
    ...node,
    children: node.children
      .filter((child) => !child.type.startsWith('mdx') || !child.type.endsWith('Expression'))
      .map(withoutExpressions),
  };
}

function parseParagraphs(source: string): string[] {
  // Editors' notes are MDX comments here, as the compiler sees them (src/files/editor-notes.ts).
  const body = mdxWithNotes(mdxBody(source));
  let tree: MdastNode;
  try {
    tree = parser.parse(body) as MdastNode;
  } catch {
    // Broken MDX is reported by the MDX compiler with its line; here, paragraphs are blank-line blocks.
    return body.split(/\n\s*\n/);
  }
  const paragraphs: string[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'footnoteDefinition') return;
    if (node.type === 'paragraph') {
      paragraphs.push(toString(withoutExpressions(node)));
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return paragraphs;
}
