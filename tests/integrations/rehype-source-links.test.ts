import { describe, expect, it } from 'vitest';
import { rehypeSourceLinks } from '../../src/integrations/rehype-source-links';
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
    rehypeSourceLinks({ root: '/site', datasets: [dataset('chapters/01-x.mdx')], linkTitle: '查看图表：{title}' })(
      root,
      file,
    );
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
    expect(() => rehypeSourceLinks({ root: '/site', datasets: [broken] })(tree() as Node, file)).toThrow(
      'content/reports/r/data/projects.json: dataset "projects": value "signed": quote "签约工业项目60个" is not in a paragraph of content/reports/r/chapters/01-x.mdx',
    );
  });

  it('leaves files outside content/ and files without values alone', () => {
    const root = tree() as Node;
    rehypeSourceLinks({ root: '/site', datasets: [dataset('chapters/09-z.mdx')] })(root, file);
    expect(root).toEqual(tree());
  });

  it("puts a title holding $& or $' into the link title as written", () => {
    const root = tree() as Node;
    const title = "$&$'$`$$ 项目";
    rehypeSourceLinks({
      root: '/site',
      datasets: [{ ...dataset('chapters/01-x.mdx'), title }],
      linkTitle: '查看图表：{title}',
    })(root, file);
    const links = find(root, (n) => n.tagName === 'a');
    expect(links.map((n) => n.properties!.title)).toEqual([`查看图表：${title}`, `查看图表：${title}`]);
  });
});
