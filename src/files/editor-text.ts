/**
 * Reading what editors save. Editors' tools save UTF-8 with or without a byte-order mark (BOM),
 * with Unix (LF) or Windows (CRLF) line endings; all of these are read as the same text, so the
 * same page is built. Anything else (GBK from an old Windows editor, UTF-16 from Word's "Unicode
 * text") fails with one message naming the file and the encoding it needs.
 *
 * The ground floor: every reader of editors' files decodes through `decodeEditorFile`, the
 * collections' loader, the MDX compiler (src/integrations/editor-files.ts) and the models alike.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { editorError } from '../errors';

/** The encoding a file that is not UTF-8 most likely has, for the message. */
function guessEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16（小端）';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16（大端）';
  // Every other byte zero: UTF-16 without a mark.
  const sample = bytes.subarray(0, 200);
  const zeros = sample.filter((byte) => byte === 0).length;
  if (zeros > sample.length / 4) return 'UTF-16';
  return 'GBK 或 GB2312';
}

/** The text of an editor's file: UTF-8 with its BOM removed and line endings made LF. Throws on any other encoding. */
export function decodeEditorFile(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new Error();
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error();
  } catch {
    throw editorError({
      file,
      message: `文件的编码是 ${guessEncoding(bytes)}，不是 UTF-8，网站读不了`,
      hint: '用编辑器把文件“另存为”UTF-8 编码（带不带 BOM 都可以），再保存。记事本：另存为 → 编码选“UTF-8”；VS Code：右下角点编码 → 通过编码保存 → UTF-8。',
      en: `not UTF-8 (looks like ${guessEncoding(bytes) === 'GBK 或 GB2312' ? 'GBK' : 'UTF-16'}); save it as UTF-8`,
    });
  }
  return normaliseText(text);
}

/** Removes a BOM and makes every line ending LF. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Reads an editor's file at `absolute` (named `file` in messages). */
export function readEditorFile(absolute: string, file: string = path.relative(process.cwd(), absolute)): string {
  return decodeEditorFile(readFileSync(absolute), file.split(path.sep).join('/'));
}
