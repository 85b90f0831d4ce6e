import { describe, expect, it } from 'vitest';
import { rehypeSourceLinks, type RehypeSourceLinksOptions } from '../../src/integrations/rehype-source-links';
import type { IdentifiedDataset } from '../../src/schemas/dataset';

const file = { path: '/site/content/reports/r/chapters/01-x.mdx' };
const paragraphText = '目前，全区签约工业项目59个，协议投资额398.09亿元。下一步，全力招商。';
const dataset = (source: string): IdentifiedDataset => ({
  id: 'projects',
  title: '项目数',
  takeaway: 't',
  description: 'd',
  unit: '个',
  source,
  display: 'bar',
  notes: [],
  derived: [],
  values: [
    { key: 'signed', label: 's', value: 59, unit: '个', quote: '全区签约工业项目59个', series: 'subject' },
    { key: 'amount', label: 'a', value: 398.09, unit: '亿元', quote: '协议投资额398.09亿元', series: 'subject' },
  ],
});
const tree = () => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: paragraphText }] }],
});
type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');
const find = (node: Node, test: (n: Node) => boolean): Node[] => [
  ...(test(node) ? [node] : []),
  ...(node.children ?? []).flatMap((child) => find(child, test)),
];

describe('rehypeSourceLinks', () => {
  it('wraps the sentence, adds an anchor per value and links each quote to the chart, leaving the text as it was', () => {
    const root = tree() as Node;
    rehypeSourceLinks({
      root: '/site',
      base: '/',
      datasets: [dataset('chapters/01-x.mdx')],
      linkTitle: '查看图表：{title}',
    })(root, file);
    expect(textOf(root)).toBe(paragraphText);
    const sentences = find(
      root,
      (n) => (n.properties?.className as string[] | undefined)?.includes('source-sentence') ?? false,
    );
    expect(sentences.map(textOf)).toEqual(['目前，全区签约工业项目59个，协议投资额398.09亿元。']);
    expect(find(root, (n) => typeof n.properties?.id === 'string').map((n) => n.properties!.id)).toEqual([
      'q-projects-signed',
      'q-projects-amount',
    ]);
    const links = find(root, (n) => n.tagName === 'a');
    expect(links.map((n) => [n.properties!.href, textOf(n), n.properties!.title])).toEqual([
      ['#dataset-projects', '全区签约工业项目59个', '查看图表：项目数'],
      ['#dataset-projects', '协议投资额398.09亿元', '查看图表：项目数'],
    ]);
  });

  it('links to the data page when the chart is placed in another file', () => {
    const root = tree() as Node;
    const other = dataset('chapters/02-y.mdx');
    other.values = other.values.map((value) => ({ ...value, source: 'chapters/01-x.mdx' }));
    rehypeSourceLinks({ root: '/site', base: '/sub/', datasets: [other] })(root, file);
    expect(find(root, (n) => n.tagName === 'a')[0]?.properties?.href).toBe('/sub/r/data/#dataset-projects');
  });

  it('fails, naming dataset and value, when a quote is in no paragraph of the file', () => {
    const broken = dataset('chapters/01-x.mdx');
    broken.values[0]!.quote = '签约工业项目60个';
    expect(() => rehypeSourceLinks({ root: '/site', base: '/', datasets: [broken] })(tree() as Node, file)).toThrow(
      '✗ content/reports/r/data/projects.json\n  问题：数据集 projects 的 signed：引文“签约工业项目60个”在 content/reports/r/chapters/01-x.mdx 的正文里找不到；从第 7 个字起对不上：引文是“6”，正文是“5”',
    );
  });

  it('reads the paragraph as text: bold, links, line breaks and footnote marks keep their place and the quotes link', () => {
    const el = (tagName: string, children: Node[], properties: Record<string, unknown> = {}): Node => ({
      type: 'element',
      tagName,
      properties,
      children,
    });
    const t = (value: string): Node => ({ type: 'text', value });
    const inline = [
      t('目前，全区签约'),
      el('strong', [t('工业项目59个，协议投资额')]),
      el('a', [t('398.09')], { href: '/x/' }),
      t('亿元'),
      el('sup', [el('a', [t('1')], { href: '#fn-1', dataFootnoteRef: '' })]),
      t('。'),
      el('br', []),
      t('下一步，全力招商。'),
    ];
    const root: Node = { type: 'root', children: [el('p', inline)] };
    rehypeSourceLinks({ root: '/site', base: '/', datasets: [dataset('chapters/01-x.mdx')] })(root, file);
    // Same text, same marks: the footnote mark, the bold and the editor's link are all still there.
    expect(textOf(root)).toBe('目前，全区签约工业项目59个，协议投资额398.09亿元1。下一步，全力招商。');
    expect(find(root, (n) => n.tagName === 'sup')).toHaveLength(1);
    expect(find(root, (n) => n.tagName === 'br')).toHaveLength(1);
    expect(
      find(root, (n) => n.tagName === 'strong')
        .map(textOf)
        .join(''),
    ).toBe('工业项目59个，协议投资额');
    expect(find(root, (n) => typeof n.properties?.id === 'string').map((n) => n.properties!.id)).toEqual([
      'q-projects-signed',
      'q-projects-amount',
    ]);
    // The first quote becomes a link; the second already holds the editor's link, so it keeps that one.
    const numberLinks = find(
      root,
      (n) => (n.properties?.className as string[] | undefined)?.includes('source-number') ?? false,
    );
    expect(numberLinks.map(textOf)).toEqual(['全区签约工业项目59个']);
    expect(find(root, (n) => n.tagName === 'a' && n.properties?.href === '/x/').map(textOf)).toEqual(['398.09']);
    expect(find(root, (n) => n.tagName === 'a').some((a) => find(a, (n) => n !== a && n.tagName === 'a').length)).toBe(
      false,
    );
  });

  it('finds quotes written with full-width digits or thousands separators', () => {
    const root = tree() as Node;
    const wide = dataset('chapters/01-x.mdx');
    wide.values[0]!.quote = '全区签约工业项目５９个';
    rehypeSourceLinks({ root: '/site', base: '/', datasets: [wide] })(root, file);
    expect(textOf(root)).toBe(paragraphText);
    expect(find(root, (n) => n.tagName === 'a').map(textOf)[0]).toBe('全区签约工业项目59个');
  });

  it('leaves files outside content/ and files without values alone', () => {
    const root = tree() as Node;
    rehypeSourceLinks({ root: '/site', base: '/', datasets: [dataset('chapters/09-z.mdx')] })(root, file);
    expect(root).toEqual(tree());
  });

  it("puts a title holding $& or $' into the link title as written", () => {
    const root = tree() as Node;
    const title = "$&$'$`$$ 项目";
    rehypeSourceLinks({
      root: '/site',
      base: '/',
      datasets: [{ ...dataset('chapters/01-x.mdx'), title }],
      linkTitle: '查看图表：{title}',
    })(root, file);
    const links = find(root, (n) => n.tagName === 'a');
    expect(links.map((n) => n.properties!.title)).toEqual([`查看图表：${title}`, `查看图表：${title}`]);
  });

  it('refuses to run without the base path, which it would otherwise guess as / and break links under a sub-path', () => {
    expect(() =>
      rehypeSourceLinks({
        root: '/site',
        datasets: [dataset('chapters/01-x.mdx')],
      } as unknown as RehypeSourceLinksOptions),
    ).toThrow(/rehypeSourceLinks: no base path given/);
  });
});
