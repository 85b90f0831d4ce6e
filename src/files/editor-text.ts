/**
 * Reading what editors save. Editors' tools save UTF-8 with or without a byte-order mark (BOM),
 * with Unix (LF) or Windows (CRLF) line endings; all of these are read as the same text, so the
 * same page is built. Anything else (GBK from an old Windows editor, UTF-16 from Word's "Unicode
 * text") fails with one message naming the file and the encoding it needs.
 *
 * The ground floor: every reader of editors' files decodes through `decodeEditorFile`, the
 * collections' loader, the MDX compiler (src/integrations/editor-files.ts) and the models alike.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { editorError, editorNote } from '../errors';
import { cleanEditorText, emojiProblems } from './invisible-characters';

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
  // Emoji first (an emoji's zero-width joiners are part of it, not stray characters to read away).
  const emoji = emojiProblems(normaliseText(text), file);
  if (emoji.length) throw editorError(emoji);
  // Invisible characters and Word's paragraph indents are read away, each with a note (invisible-characters.ts).
  const cleaned = cleanEditorText(normaliseText(text), file);
  for (const note of cleaned.notes) editorNote(note);
  return cleaned.text;
}

/** Removes a BOM and makes every line ending LF. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** What one read of a file gave: its text, or the error its bytes raise (thrown again on every ask). */
interface Read {
  stamp: string;
  text?: string;
  error?: unknown;
}

/**
 * The texts already read, by absolute path, and how many times each file was read from disk. Kept on
 * `globalThis`: one build loads this module more than once (astro.config.mjs, the content layer, the
 * MDX compiler and the prerendered pages each get their own copy), and all of them share one cache.
 */
interface Reads {
  texts: Map<string, Read>;
  counts: Map<string, number>;
}
const reads = ((globalThis as { __editorFileReads?: Reads }).__editorFileReads ??= {
  texts: new Map(),
  counts: new Map(),
});

/** What changes when a file is saved: its inode, size and modification time in nanoseconds; and its size. */
function stampOf(absolute: string): { stamp: string; size: number } {
  const stat = statSync(absolute, { bigint: true });
  return { stamp: `${stat.ino}:${stat.size}:${stat.mtimeNs}`, size: Number(stat.size) };
}

/**
 * The largest dataset file the build reads (`content/reports/<report>/data/*.json`): a hundred times the largest
 * the series has (about 2 KB). A 53 MB dataset kept the build busy for over ten minutes with no output, and a 5 MB
 * one for 41 s before its message (issue 34); over the limit, the file is refused before it is read.
 */
export const maxDatasetBytes = 256 * 1024;

/** A dataset file, by its path in the project. */
const isDatasetFile = (file: string) => /^content\/reports\/[^/]+\/data\/[^/]+\.json$/.test(file);

/** A file size as an editor's file manager shows it. */
const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuses a dataset file over `maxDatasetBytes`, before it is read. */
function checkSize(file: string, size: number): void {
  if (!isDatasetFile(file) || size <= maxDatasetBytes) return;
  throw editorError({
    file,
    message: `这个数据文件有 ${formatSize(size)}，超过了数据文件的上限 ${formatSize(maxDatasetBytes)}，网站不读这么大的文件`,
    hint: '数据文件只放报道里写到的数字和它们的原话，一组数字一个文件（现有的每个都只有一两 KB）。检查是不是把整张表格或别的文件存成了这个文件；确实需要这么多数据，请找开发人员。',
    en: `dataset file of ${formatSize(size)}, over the ${formatSize(maxDatasetBytes)} limit`,
  });
}

/**
 * Reads an editor's file at `absolute` (named `file` in messages): the one reader of editors' files.
 * Each file is read and decoded once per process while it stays unchanged (a saved file, in
 * `astro dev`, is read again); a file that cannot be decoded, or a dataset over `maxDatasetBytes` (refused
 * unread), throws the same error every time.
 */
export function readEditorFile(absolute: string, file: string = path.relative(process.cwd(), absolute)): string {
  const key = path.resolve(absolute);
  const { stamp, size } = stampOf(key);
  const name = file.split(path.sep).join('/');
  let read = reads.texts.get(key);
  if (read?.stamp !== stamp) {
    reads.counts.set(key, (reads.counts.get(key) ?? 0) + 1);
    try {
      checkSize(name, size);
      read = { stamp, text: decodeEditorFile(readFileSync(key), name) };
    } catch (error) {
      read = { stamp, error };
    }
    reads.texts.set(key, read);
  }
  if ('error' in read) throw read.error;
  return read.text!;
}

/** How many times each file (by absolute path) was read from disk by `readEditorFile` in this process. */
export const editorFileReads = (): ReadonlyMap<string, number> => new Map(reads.counts);

// EDITOR_READS_LOG=<file>: at exit, the process writes how often it read each editor's file there
// (the build tests check that a real build reads each file once).
if (process.env.EDITOR_READS_LOG && !(globalThis as { __editorReadsLogged?: boolean }).__editorReadsLogged) {
  (globalThis as { __editorReadsLogged?: boolean }).__editorReadsLogged = true;
  const log = process.env.EDITOR_READS_LOG;
  const relative = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');
  process.once('exit', () =>
    writeFileSync(log, JSON.stringify(Object.fromEntries([...reads.counts].map(([file, n]) => [relative(file), n])))),
  );
}
