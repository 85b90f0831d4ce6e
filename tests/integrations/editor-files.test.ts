import { describe, expect, it } from 'vitest';
import { decodeEditorFile, normaliseText } from '../../src/files/editor-text';

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
