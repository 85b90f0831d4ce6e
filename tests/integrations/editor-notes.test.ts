import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { describe, expect, it } from 'vitest';
import { isCommentOnly, mdxWithNotes, notesIn, withoutNotes } from '../../src/files/editor-notes';
import { pendingNoteProblems } from '../../src/report/placeholders';
import { mdxParagraphs } from '../../src/data/mdx-text';
import { mdxReadableText } from '../../src/report/reading-time';

const chapter =
  '---\ntitle: <!-- 不是备注 -->\n---\n\n第一段。<!-- 待核：59个 -->\n\n<!--\n多行备注 */\n-->\n\n{/* 待核：8GW */}\n';

describe('mdxWithNotes', () => {
  it('makes each HTML comment of the body an MDX comment, keeping lines and columns, leaving the frontmatter', () => {
    const text = mdxWithNotes(chapter);
    expect(text.split('\n').map((line) => line.length)).toEqual(chapter.split('\n').map((line) => line.length));
    expect(text).toContain('title: <!-- 不是备注 -->');
    expect(text).toContain('第一段。{/** 待核：59个 */}');
    expect(() =>
      unified()
        .use(remarkParse)
        .use(remarkMdx)
        .parse(text.replace(/^---[\s\S]*?---/, '')),
    ).not.toThrow();
  });

  it('publishes nothing of a note: the page MDX renders holds none of its words', async () => {
    const { evaluate } = await import('@mdx-js/mdx');
    // A runtime that renders elements as plain objects, so the page's text can be read back.
    interface Element {
      props: { children?: unknown };
    }
    const element = (_type: unknown, props: Element['props']): Element => ({ props });
    const runtime = { Fragment: 'fragment', jsx: element, jsxs: element };
    const { default: Content } = await evaluate(mdxWithNotes(chapter).replace(/^---[\s\S]*?---/, ''), runtime as never);
    const textOf = (node: unknown): string =>
      typeof node === 'string'
        ? node
        : Array.isArray(node)
          ? node.map(textOf).join('')
          : node && typeof node === 'object'
            ? textOf((node as Element).props.children)
            : '';
    expect(textOf(Content({})).trim()).toBe('第一段。');
  });

  it('leaves an unclosed <!-- for the MDX check to report', () => {
    expect(mdxWithNotes('正文 <!-- 没有结尾')).toBe('正文 <!-- 没有结尾');
  });
});

describe('isCommentOnly', () => {
  it('is true only for comments and white space', () => {
    expect(isCommentOnly('/* 待核 */')).toBe(true);
    expect(isCommentOnly(' /* a */ // b\n ')).toBe(true);
    expect(isCommentOnly('/* a */ x')).toBe(false);
    expect(isCommentOnly('/* a')).toBe(false);
    expect(isCommentOnly('')).toBe(false);
  });
});

describe('notes in the text readers read', () => {
  it('are not part of the paragraphs, the reading time or the summary', () => {
    expect(mdxParagraphs(chapter)).toEqual(['第一段。']);
    expect(mdxReadableText('第一段。<!-- 待核 -->{/* 注 */}')).toBe('第一段。');
    expect(withoutNotes('甲<!-- x -->乙{/* y */}丙')).toBe('甲乙丙');
  });
});

describe('pendingNoteProblems', () => {
  it('names each note starting with 待核, in either form, with line and column', () => {
    expect(notesIn(chapter).map(({ text, line, column }) => [text, line, column])).toEqual([
      ['待核：59个', 5, 5],
      ['多行备注 */', 7, 1],
      ['待核：8GW', 11, 1],
    ]);
    const problems = pendingNoteProblems(chapter, 'content/reports/r/chapters/01-x.mdx', 'r');
    expect(problems.map(({ line, column, message }) => [line, column, message])).toEqual([
      [5, 5, '这里有一条“待核”备注（待核：59个），说明这里还没有核对完，这篇报道不能发布'],
      [11, 1, '这里有一条“待核”备注（待核：8GW），说明这里还没有核对完，这篇报道不能发布'],
    ]);
  });
});
