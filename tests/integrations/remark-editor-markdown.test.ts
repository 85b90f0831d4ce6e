import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { markdownProblems, remarkEditorMarkdown } from '../../src/integrations/remark-editor-markdown';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx);
const problems = (mdx: string) =>
  markdownProblems(parse(mdx) as never, 'content/x.mdx').map(({ line, message, hint }) => ({ line, message, hint }));

describe('Markdown the site does not support', () => {
  it('rejects Markdown images and raw <img>, pointing to <Figure>, with the line of each', () => {
    const found = problems(
      '第一段。\n\n![](../../photos/x.jpg)\n\n![车间](photos/x.jpg)\n\n<img src="/photos/x.jpg" />\n',
    );
    expect(found.map((problem) => problem.line)).toEqual([3, 5, 7]);
    expect(found[1]!.message).toContain('![车间](photos/x.jpg)');
    for (const problem of found) expect(problem.hint).toMatch(/<Figure image="photos\//);
  });

  it('rejects <script>, <style>, <iframe>, on… attributes and javascript: links', () => {
    const found = problems(
      [
        '<script>alert(1)</script>',
        '<style></style>',
        '<iframe src="https://example.com/"></iframe>',
        '<span onClick="alert(1)">点</span>',
        '[点这里](javascript:alert(1))',
        '<a href="javascript:alert(1)">点</a>',
      ].join('\n\n'),
    );
    expect(found.map((problem) => problem.line)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(found.map((problem) => problem.message)).toEqual([
      expect.stringContaining('<script>'),
      expect.stringContaining('<style>'),
      expect.stringContaining('<iframe>'),
      expect.stringContaining('onClick'),
      expect.stringContaining('javascript:alert(1)'),
      expect.stringContaining('javascript:alert(1)'),
    ]);
  });

  it('rejects a # heading and headings below ###, accepts ## and ###', () => {
    expect(problems('## 小标题\n\n### 下一级\n\n正文。').length).toBe(0);
    expect(problems('# 大标题\n\n#### 四级').map((problem) => problem.line)).toEqual([1, 3]);
  });

  it('asks for a table’s caption line right above it', () => {
    const table = '| 类别 | 数量 |\n| --- | --- |\n| 项目 | 59 |';
    expect(problems(`表：签约项目\n\n${table}`)).toEqual([]);
    expect(problems(`正文。\n\n${table}`)).toEqual([expect.objectContaining({ line: 3, message: '表格上面缺少表题' })]);
  });

  it('accepts what editors normally write: text, bold, links, footnotes, components', () => {
    expect(problems('目前，**59个**[项目](/investment/)[^1]。\n\n<Figure caption="说明" />\n\n[^1]: 注释。')).toEqual(
      [],
    );
  });

  it('fails the compile with every problem of the file, in Chinese, as one editor error', () => {
    const plugin = remarkEditorMarkdown({ root: '/site' });
    expect(() => plugin(parse('![a](b.jpg)\n\n<script>x</script>') as never, { path: '/site/content/x.mdx' })).toThrow(
      /^发现 2 个问题：\n✗ content\/x\.mdx 第 1 行第 1 列\n/,
    );
  });
});
