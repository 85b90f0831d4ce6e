import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import {
  checkProps,
  editorError,
  editorNote,
  formatProblem,
  jsonPathLine,
  parseOrThrow,
  takeEditorNotes,
  yamlFieldLine,
  yamlPathLine,
} from '../src/errors';

describe('the one error path', () => {
  it('turns one problem into an AstroError: file and line, Chinese message, hint, location', () => {
    const error = editorError({
      file: 'content/x.mdx',
      line: 12,
      column: 3,
      message: '这里错了',
      hint: '这样改',
      en: 'wrong here',
    });
    expect(error).toBeInstanceOf(AstroError);
    expect(error.message).toBe('✗ content/x.mdx 第 12 行第 3 列\n  问题：这里错了');
    expect(error.hint).toBe('这样改\n(wrong here)');
    expect((error as unknown as { loc: object }).loc).toEqual({
      file: expect.stringMatching(/\/content\/x\.mdx$/),
      line: 12,
      column: 3,
    });
  });

  it('lists several problems, each with its own hint', () => {
    const error = editorError([
      { file: 'a.json', message: '一', hint: '改一' },
      { file: 'b.json', line: 2, message: '二' },
    ]);
    expect(error.message).toBe('发现 2 个问题：\n✗ a.json\n  问题：一\n  怎么改：改一\n✗ b.json 第 2 行\n  问题：二');
  });

  it('puts no invisible character into a message (an editor copies what it shows)', () => {
    expect(editorError({ file: 'x', message: '![车间](x.jpg) 和 **粗体**' }).message).toBe(
      '✗ x\n  问题：![车间](x.jpg) 和 **粗体**',
    );
    expect(formatProblem({ file: 'x', message: 'm' })).toBe('✗ x\n  问题：m');
  });

  it('prints a note once, without the ✗ the summary counts, and hands it to tests once', () => {
    takeEditorNotes();
    const note = { file: 'a.mdx', line: 3, column: 2, message: '已去掉', source: 'x⟨U+200B⟩y' };
    editorNote(note);
    editorNote(note);
    expect(takeEditorNotes()).toEqual(['提醒 a.mdx 第 3 行第 2 列\n  已去掉\n    3 | x⟨U+200B⟩y\n      |  ^']);
    expect(takeEditorNotes()).toEqual([]);
  });

  it('reports schema mistakes in Chinese with the field and its line', () => {
    const schema = z.strictObject({ values: z.array(z.strictObject({ key: z.string(), value: z.number() })) });
    const text =
      '{\n  "values": [\n    { "key": "a", "value": 1 },\n    { "key": "b",\n      "value": "59个" }\n  ]\n}';
    expect(() => parseOrThrow(schema, JSON.parse(text), 'content/data/x.json', text)).toThrow(
      '✗ content/data/x.json 第 5 行\n  问题：字段 values.1.value：应为数字，写的是 "59个"（文字）',
    );
    expect(jsonPathLine(text, ['values', 0, 'key'])).toBe(3);
    expect(yamlFieldLine('---\nreport: r\ntitle: 标题\n---', 'title')).toBe(3);
  });

  it('finds a nested frontmatter value’s line by its path: list items, keys on the dash line, lists at the key’s indent', () => {
    const text = [
      '---', // 1
      'title: 标题', // 2
      'authors:', // 3
      '  - 记者 张三', // 4
      '  - ""', // 5
      'corrections:', // 6
      '- date: 2024-07-21', // 7
      '  text: 第一条', // 8
      '', // 9
      '- text: 第二条', // 10
      '  # 备注', // 11
      '  date: 2099-01-01', // 12
      '  chapter: nope', // 13
      'editor: 赵六', // 14
      '---',
    ].join('\n');
    expect(yamlPathLine(text, ['title'])).toBe(2);
    expect(yamlPathLine(text, ['authors', 1])).toBe(5);
    expect(yamlPathLine(text, ['corrections', 0, 'date'])).toBe(7);
    expect(yamlPathLine(text, ['corrections', 1, 'date'])).toBe(12);
    expect(yamlPathLine(text, ['corrections', 1, 'chapter'])).toBe(13);
    // A key not written: the deepest part found; a first key not written: none.
    expect(yamlPathLine(text, ['corrections', 1, 'kind'])).toBe(10);
    expect(yamlPathLine(text, ['editor'])).toBe(14);
    expect(yamlPathLine(text, ['publisher'])).toBeUndefined();
  });

  it('checks a component’s props, naming the MDX file, line, component and prop', () => {
    const schema = z.strictObject({ id: z.string() });
    expect(() => checkProps('Chart', schema, { sourceFile: 'content/x.mdx', sourceLine: 7, ids: 'a' })).toThrow(
      /^发现 2 个问题：\n✗ content\/x\.mdx 第 7 行\n {2}问题：<Chart> 的 id：缺少这一项/,
    );
    expect(checkProps('Chart', schema, { sourceFile: 'content/x.mdx', id: 'a' })).toEqual({ id: 'a' });
  });
});
