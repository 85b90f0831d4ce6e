import { describe, expect, it } from 'vitest';
import { remarkSourceFile } from '../../src/integrations/remark-source-file';

describe('remarkSourceFile', () => {
  it('adds the MDX file path to components, not to HTML elements', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'mdxJsxFlowElement', name: 'Figure', attributes: [] },
        { type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'span', attributes: [] }] },
      ],
    };
    remarkSourceFile({ root: '/site' })(tree, { path: '/site/content/chapters/a.mdx' });
    expect(tree.children[0]).toMatchObject({ attributes: [{ name: 'sourceFile', value: 'content/chapters/a.mdx' }] });
    expect(tree.children[1]!.children![0]).toMatchObject({ attributes: [] });
  });
});
