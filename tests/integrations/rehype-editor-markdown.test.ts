import { describe, expect, it } from 'vitest';
import { rehypeEditorMarkdown } from '../../src/integrations/rehype-editor-markdown';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const el = (tagName: string, children: Node[] = [], properties: Record<string, unknown> = {}): Node => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const t = (value: string): Node => ({ type: 'text', value });
const run = (children: Node[], slug?: string) => {
  const tree: Node = { type: 'root', children };
  rehypeEditorMarkdown()(tree as never, { data: { astro: { frontmatter: slug ? { slug } : {} } } });
  return tree;
};

describe('rehypeEditorMarkdown', () => {
  it('gives sub-headings ids prefixed with the chapter’s slug, and their written depth', () => {
    const tree = run([el('h2', [t('新兴产业')]), el('h3', [t('小节')]), el('h2', [t('新兴产业')])], 'investment');
    expect(tree.children!.map((node) => [node.properties!.id, node.properties!.dataDepth])).toEqual([
      ['investment-新兴产业', '2'],
      ['investment-小节', '3'],
      ['investment-新兴产业-1', '2'],
    ]);
    expect(run([el('h2', [t('导语小标题')])]).children![0]!.properties!.id).toBe('lede-导语小标题');
  });

  it('makes a table’s caption line its caption, in a labelled box that scrolls, alignment as classes', () => {
    const table = el('table', [
      el('thead', [el('tr', [el('th', [t('类别')]), el('th', [t('数量')], { align: 'right' })])]),
    ]);
    const tree = run([el('p', [t('表：签约项目')]), t('\n'), table], 'investment');
    const box = tree.children!.find((node) => node.type === 'element')!;
    expect(box.properties).toMatchObject({
      className: ['table-scroll'],
      role: 'region',
      tabIndex: 0,
      ariaLabelledBy: 'investment-table-1',
    });
    const caption = box.children![0]!.children![0]!;
    expect(caption).toMatchObject({ tagName: 'caption', properties: { id: 'investment-table-1' } });
    expect(tree.children!.some((node) => node.tagName === 'p')).toBe(false);
    const th = box.children![0]!.children![1]!.children![0]!.children![1]!;
    expect(th.properties).toEqual({ className: ['align-right'] });
  });

  it('prefixes footnote ids and links with the chapter’s slug, so chapters do not clash on the one-page edition', () => {
    const tree = run(
      [
        el('p', [
          el('sup', [
            el('a', [t('1')], {
              href: '#user-content-fn-1',
              id: 'user-content-fnref-1',
              ariaDescribedBy: ['footnote-label'],
            }),
          ]),
        ]),
        el('section', [el('h2', [t('注释')], { id: 'footnote-label', className: ['footnotes-title'] })], {
          dataFootnotes: true,
        }),
      ],
      'innovation',
    );
    const link = tree.children![0]!.children![0]!.children![0]!;
    expect(link.properties).toEqual({
      href: '#innovation-fn-1',
      id: 'innovation-fnref-1',
      ariaDescribedBy: ['innovation-footnote-label'],
    });
    const heading = tree.children![1]!.children![0]!;
    expect(heading.properties!.id).toBe('innovation-footnote-label');
    expect(heading.properties!.dataDepth).toBeUndefined();
  });
});
