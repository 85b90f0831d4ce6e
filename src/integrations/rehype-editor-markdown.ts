/**
 * Rehype plugin: gives the Markdown editors write its proper shape on the site.
 *
 * - Sub-headings (`##`, `###`) get ids made from their text, prefixed with the chapter's slug
 *   (`investment-新兴产业`), so they are unique on the one-page edition where all chapters meet,
 *   and a `data-depth` the one-page edition uses to set them one level lower.
 * - A table's caption line (`表：…`, checked by remark-editor-markdown) becomes its <caption>, and
 *   the table sits in a focusable box of its own that scrolls sideways on phones.
 * - Footnote ids and links are prefixed the same way as headings.
 */
import GithubSlugger from 'github-slugger';
import { tableCaptionPattern } from './remark-editor-markdown';
import type { HastElement, HastNode, HastText } from './hast';

const isElement = (node: HastNode | undefined, tag?: string): node is HastElement =>
  node?.type === 'element' && (tag === undefined || (node as HastElement).tagName === tag);

const textOf = (node: HastNode): string =>
  node.type === 'text'
    ? (node as HastText).value
    : ((node as { children?: HastNode[] }).children ?? []).map(textOf).join('');

/** The prefix of a file's ids: its chapter slug, or `lede` for the report's own MDX. */
function prefixOf(file: { data?: { astro?: { frontmatter?: Record<string, unknown> } } }): string {
  const slug = file.data?.astro?.frontmatter?.slug;
  return typeof slug === 'string' && slug ? slug : 'lede';
}

export function rehypeEditorMarkdown() {
  return (tree: HastNode, file: { data?: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const prefix = prefixOf(file);
    const slugger = new GithubSlugger();
    let tables = 0;
    const visit = (node: HastNode) => {
      const children = (node as { children?: HastNode[] }).children;
      if (!children) return;
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!;
        if (!isElement(child)) continue;
        // Footnotes' ids and links: user-content-fn-1 → <prefix>-fn-1.
        for (const key of ['id', 'href', 'ariaDescribedBy'] as const) {
          const value = child.properties[key];
          if (typeof value === 'string' && /(?:^|#)user-content-|^footnote-label$/.test(value)) {
            child.properties[key] = value
              .replace(/user-content-/, `${prefix}-`)
              .replace(/^footnote-label$/, `${prefix}-footnote-label`);
          }
          if (Array.isArray(value))
            child.properties[key] = value.map((v) => (v === 'footnote-label' ? `${prefix}-footnote-label` : v));
        }
        if (/^h[23]$/.test(child.tagName)) {
          if (!child.properties.id) child.properties.id = `${prefix}-${slugger.slug(textOf(child))}`;
          // The footnotes' own heading keeps its look; editors' headings are marked with their depth.
          const classes = child.properties.className;
          if (!(Array.isArray(classes) && classes.includes('footnotes-title'))) {
            child.properties.dataDepth = child.tagName.slice(1);
          }
        }
        // Column alignment as a class: the CSP allows no style attributes (MDX turns `align` into one).
        if (child.tagName === 'td' || child.tagName === 'th') {
          const { align, style } = child.properties;
          const value = typeof align === 'string' ? align : String(style ?? '').match(/text-align:\s*(\w+)/)?.[1];
          delete child.properties.align;
          delete child.properties.style;
          if (value === 'right' || value === 'center') child.properties.className = [`align-${value}`];
        }
        if (child.tagName === 'table') {
          visit(child);
          const previous = children
            .slice(0, index)
            .reverse()
            .find((node) => node.type !== 'text' || textOf(node).trim());
          if (isElement(previous, 'p') && tableCaptionPattern.test(textOf(previous))) {
            const captionId = `${prefix}-table-${++tables}`;
            child.children.unshift({
              type: 'element',
              tagName: 'caption',
              properties: { id: captionId },
              children: previous.children,
            });
            const box: HastElement = {
              type: 'element',
              tagName: 'div',
              properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabelledBy: captionId },
              children: [child],
            };
            const previousIndex = children.indexOf(previous);
            children.splice(index, 1, box);
            children.splice(previousIndex, 1);
            index--;
          }
          continue;
        }
        visit(child);
      }
    };
    visit(tree);
  };
}
