import { describe, expect, it } from 'vitest';
import { rehypeLineBreaks } from '../../src/integrations/rehype-line-breaks';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const text = (value: string): Node => ({ type: 'text', value });
const element = (tagName: string, children: Node[], properties: Record<string, unknown> = {}): Node => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');
const unbroken = (node: Node): string[] => [
  ...((node.properties?.className as string[] | undefined)?.includes('unbroken') ? [textOf(node)] : []),
  ...(node.children ?? []).flatMap(unbroken),
];
/** The runs marked as numbers with their units (the class a cited figure's mark hangs on). */
const numbers = (node: Node): string[] => [
  ...((node.properties?.className as string[] | undefined)?.includes('number') ? [textOf(node)] : []),
  ...(node.children ?? []).flatMap(numbers),
];
const run = (tree: Node) => {
  rehypeLineBreaks()(tree as never);
  return tree;
};

describe('rehypeLineBreaks', () => {
  it('keeps every number with its unit and the last word with its stop on one line, changing no character', () => {
    const paragraph = '目前，全区签约工业项目59个，协议投资额398.09亿元，其中，10亿元以上项目9个。也是一道关键考卷。';
    const tree = run(element('root', [element('p', [text(paragraph)])]));
    expect(textOf(tree)).toBe(paragraph);
    expect(unbroken(tree)).toEqual(['59个', '398.09亿元', '10亿元', '9个', '考卷。']);
    // The numbers, not the paragraph's tail, are marked as numbers: a cited sentence's mark sits on them.
    expect(numbers(tree)).toEqual(['59个', '398.09亿元', '10亿元', '9个']);
  });

  it('finds numbers inside links and other elements, and the tail in the last text a reader sees', () => {
    const tree = run(
      element('root', [
        element('p', [
          text('目前，'),
          element('a', [text('全区签约工业项目59个')], { href: '#x' }),
          text('，推动完善光伏产业链条。'),
          element('sup', [element('a', [text('1')], { dataFootnoteRef: '' })]),
        ]),
      ]),
    );
    expect(unbroken(tree)).toEqual(['59个', '链条。']);
    expect(textOf(tree)).toBe('目前，全区签约工业项目59个，推动完善光伏产业链条。1');
  });

  it('holds the last word of a link the paragraph ends with, before its closing marks', () => {
    const tree = run(
      element('root', [
        element('p', [
          text('目前，'),
          element('a', [text('武骏光能等企业入选“成长型工业企业”')], { href: '#x' }),
          text('。'),
        ]),
      ]),
    );
    expect(unbroken(tree)).toEqual(['企业”']);
  });

  it('leaves code, scripts and footnote marks alone, and text without numbers as it is', () => {
    const tree = run(
      element('root', [
        element('code', [text('8GW')]),
        element('sup', [text('10个')]),
        element('h2', [text('新兴产业')]),
      ]),
    );
    expect(unbroken(tree)).toEqual([]);
  });

  it('holds no tail that would be too long, or a paragraph that is one word', () => {
    const tree = run(element('root', [element('p', [text('重点。')]), element('p', [text('江津 manufacturing')])]));
    expect(unbroken(tree)).toEqual([]);
  });
});
