/**
 * Content is data (docs/security.md): every MDX file in content/ holds text and components with
 * literal props only, nothing the build would run. The build's own check (remark-editor-markdown)
 * refuses the rest; this reads the files as they are in the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { markdownProblems } from '../../src/integrations/remark-editor-markdown';
import { projectRoot } from '../support/build-site';

const mdxFiles = readdirSync(path.join(projectRoot, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => `content/${file.split(path.sep).join('/')}`);

interface Node {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
}

describe('the MDX files in content/', () => {
  it('are found', () => {
    expect(mdxFiles.length).toBeGreaterThan(4);
  });

  it.each(mdxFiles)('%s: no expression, no import, every component prop a literal', (file) => {
    const text = readFileSync(path.join(projectRoot, file), 'utf8').replace(/^---\n[\s\S]*?\n---/, '');
    const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text) as Node;
    expect(markdownProblems(tree as never, file)).toEqual([]);
    const props: unknown[] = [];
    const visit = (node: Node) => {
      for (const attribute of node.attributes ?? []) props.push(attribute.value);
      node.children?.forEach(visit);
    };
    visit(tree);
    // A quoted value is a string; a bare name (`<Chart embed />`) is null.
    for (const value of props) expect(value === null || typeof value === 'string', JSON.stringify(value)).toBe(true);
  });
});
