import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEditorFile, maxDatasetBytes, normaliseText, readEditorFile } from '../../src/files/editor-text';
import { cleanEditorText } from '../../src/files/invisible-characters';

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = 'content/chapters/r/01-x.mdx';
const text = '---\ntitle: 标题\n---\n\n正文第一段。\n\n第二段。\n';

describe('reading what editors save', () => {
  it('reads UTF-8 with or without a BOM, with LF or CRLF (or old Mac CR) line endings, as the same text', () => {
    const variants = [
      text,
      `\uFEFF${text}`,
      text.replace(/\n/g, '\r\n'),
      `\uFEFF${text.replace(/\n/g, '\r\n')}`,
      text.replace(/\n/g, '\r'),
    ];
    for (const variant of variants) expect(decodeEditorFile(utf8(variant), file)).toBe(text);
    expect(normaliseText(`\uFEFF{"a":\r\n1}`)).toBe('{"a":\n1}');
  });

  it('fails on UTF-16 (with and without its mark), naming the file and the encoding it needs', () => {
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const be = new Uint8Array([
      0xfe,
      0xff,
      ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    const bare = le.subarray(2);
    for (const bytes of [le, be, bare]) {
      expect(() => decodeEditorFile(bytes, file)).toThrow(
        /content\/chapters\/r\/01-x\.mdx\n {2}问题：文件的编码是 UTF-16.*不是 UTF-8/,
      );
    }
    expect(() => decodeEditorFile(le, file)).toThrow(
      expect.objectContaining({ hint: expect.stringMatching(/另存为”UTF-8/) }),
    );
  });

  it('fails on GBK, saying so', () => {
    // 正文 in GBK.
    const gbk = new Uint8Array([0xd5, 0xfd, 0xce, 0xc4]);
    expect(() => decodeEditorFile(gbk, file)).toThrow(/文件的编码是 GBK 或 GB2312，不是 UTF-8/);
  });
});

// Issue 34: a 53 MB dataset kept the build busy for over ten minutes with no output.
describe('the size of a dataset file', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'xinzhi-editor-text-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  /** A file of `bytes` bytes at `file` (a project path) under `work`: sparse, so the test writes nothing. */
  const sized = (file: string, bytes: number, text = '') => {
    const absolute = path.join(work, file);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    truncateSync(absolute, bytes);
    return absolute;
  };

  it('refuses a dataset over the limit before reading it, naming the file, its size and the limit', () => {
    const dataset = 'content/reports/r/data/big.json';
    const absolute = sized(dataset, 53 * 1024 * 1024);
    const started = performance.now();
    expect(() => readEditorFile(absolute, dataset)).toThrow(
      /^✗ content\/reports\/r\/data\/big\.json\n {2}问题：这个数据文件有 53\.0 MB，超过了数据文件的上限 256\.0 KB，网站不读这么大的文件$/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(() => readEditorFile(absolute, dataset)).toThrow(
      expect.objectContaining({ hint: expect.stringMatching(/^数据文件只放报道里写到的数字和它们的原话/) }),
    );
    expect(() => readEditorFile(sized(dataset, maxDatasetBytes + 1, '{}'), dataset)).toThrow(/上限 256\.0 KB/);
  });

  it('reads a dataset at the limit, and other files of any size', () => {
    const atLimit = `{"a":"${'x'.repeat(maxDatasetBytes - 8)}"}`;
    expect(Buffer.byteLength(atLimit)).toBe(maxDatasetBytes);
    const dataset = 'content/reports/r/data/full.json';
    writeFileSync(sized(dataset, 0), atLimit);
    expect(readEditorFile(path.join(work, dataset), dataset)).toBe(atLimit);
    const chapter = 'content/reports/r/chapters/01-x.mdx';
    const long = `${text}${'正文。'.repeat(40_000)}`;
    writeFileSync(sized(chapter, 0), long);
    expect(readEditorFile(path.join(work, chapter), chapter)).toBe(long);
  });
});

describe('invisible characters and Word’s indents, read away', () => {
  it('removes each invisible character with a note naming the line and column, shown visibly', () => {
    const { text, notes } = cleanEditorText(
      '---\ntitle: 招商\u00ad引资\n---\n\n目前，全区\u200b59个[链接]\u2060(/x/)。\n',
      'c.mdx',
    );
    expect(text).toBe('---\ntitle: 招商引资\n---\n\n目前，全区59个[链接](/x/)。\n');
    expect(notes.map(({ line, column, source }) => [line, column, source])).toEqual([
      [2, 10, 'title: 招商⟨U+00AD⟩引资'],
      [5, 6, '目前，全区⟨U+200B⟩59个[链接]⟨U+2060⟩(/x/)。'],
      [5, 14, '目前，全区⟨U+200B⟩59个[链接]⟨U+2060⟩(/x/)。'],
    ]);
  });

  it('removes full-width spaces at the start of MDX body lines, one note naming the lines', () => {
    const { text, notes } = cleanEditorText(
      '---\ntitle: x\n---\n\n\u3000\u3000第一段。\n\n\u3000\u3000第二段。\n',
      'c.mdx',
    );
    expect(text).toBe('---\ntitle: x\n---\n\n第一段。\n\n第二段。\n');
    expect(notes.map(({ line, message }) => [line, message])).toEqual([
      [5, '第 5、7 行开头有全角空格（Word 的首行缩进）：网站已经去掉，每段都和别的段落一样不缩进'],
    ]);
    expect(cleanEditorText('\u3000\u3000第一段。', 'c.mdx').notes[0]!.line).toBe(1);
    // Not in a dataset: its strings are no paragraphs.
    expect(cleanEditorText('{"a": "\u3000\u3000x"}', 'd.json').notes).toEqual([]);
  });

  it('is what every reader of editors’ files gets', () => {
    expect(decodeEditorFile(new TextEncoder().encode('正\u200b文'), 'c.mdx')).toBe('正文');
  });
});
