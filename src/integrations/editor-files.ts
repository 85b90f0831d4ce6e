/**
 * Reading what editors save. Editors' tools save UTF-8 with or without a byte-order mark (BOM),
 * with Unix (LF) or Windows (CRLF) line endings; all of these are read as the same text, so the
 * same page is built. Anything else (GBK from an old Windows editor, UTF-16 from Word's "Unicode
 * text") fails with one message naming the file and the encoding it needs.
 *
 * Three doors, one rule (`decodeEditorFile`):
 * - `readEditorFile`: our own readers (datasets, site.json, the provenance check, link sources);
 * - `editorGlob`: the content collections' loader (frontmatter and JSON data);
 * - `editorFilesVite`: the MDX compiler (Vite loads each MDX file through it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { Plugin } from 'vite';
import { editorError, jsonPathLine, yamlFieldLine, zodOptions, zodProblems } from '../errors';
import type { z } from 'astro/zod';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';

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

/**
 * Vite plugin: MDX files under content/ are loaded through `readEditorFile`, so the MDX compiler
 * sees the same text as the collection's loader (a BOM would otherwise hide the frontmatter).
 */
export function editorFilesVite(root: string = process.cwd()): Plugin {
  return {
    name: 'editor-files',
    enforce: 'pre',
    load: {
      filter: { id: /\.mdx$/ },
      handler(id) {
        const file = id.split('?')[0]!;
        if (!file.startsWith(path.join(root, 'content'))) return undefined;
        const name = path.relative(root, file).split(path.sep).join('/');
        const text = readEditorFile(file, name);
        checkMdxSyntax(text, name);
        return text;
      },
    },
  };
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);

/**
 * Parses an MDX text once before the compiler does, so a syntax mistake (a tag never closed, a stray
 * `{` or `<`) is reported in Chinese with its line; the compiler's own words follow for developers.
 */
export function checkMdxSyntax(text: string, file: string): void {
  // Frontmatter lines blanked, not removed, so line numbers stay the file's.
  const body = text.replace(/^---\n[\s\S]*?\n---(?=\n|$)/, (frontmatter) => frontmatter.replace(/[^\n]/g, ''));
  try {
    mdxParser.parse(body);
  } catch (error) {
    const { line, column, reason, message } = error as {
      line?: number;
      column?: number;
      reason?: string;
      message: string;
    };
    throw editorError({
      file,
      ...(line ? { line, column: column ?? 1 } : {}),
      message: 'MDX 写法有错，文件从这里起读不下去',
      hint: '常见原因：组件标签没有闭合（<Figure … /> 结尾要有 />，<EditorNote> 要有 </EditorNote>）；属性的引号没配对；正文里单独用了 { } 或 < 符号（改成全角 ｛ ｝ ＜）。',
      en: reason ?? message,
    });
  }
}

/** The frontmatter block of an MDX text, for finding a field's line. */
const frontmatterOf = (text: string) => text.match(/^---\n([\s\S]*?)\n---/)?.[0] ?? '';

/**
 * Checks an entry's data (an MDX file's frontmatter, a JSON file's value) with `schema`, as the
 * collections' loader does: throws one editor error naming the file and each bad field's line in
 * `text` (the decoded file). Exported so the bad-input catalogue runs the loader's own check in-process.
 */
export function checkEntryData(file: string, text: string, data: unknown, schema: z.ZodType): void {
  const result = schema.safeParse(data, zodOptions);
  if (result.success) return;
  const isJson = file.endsWith('.json');
  throw editorError(
    zodProblems(file, result.error, (keys) =>
      isJson ? jsonPathLine(text, keys) : yamlFieldLine(frontmatterOf(text), keys[0]),
    ),
  );
}

/**
 * Astro's glob loader, reading files the editors' way: decoded by `decodeEditorFile`, then
 * validated with `schema` so a mistake is reported in Chinese with file and line before Astro's
 * own (English) check would see it.
 */
/** Astro passes the glob loader the content entry types (how to read .mdx, .json), though its type does not say so. */
interface EntryType {
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => unknown;
}
type GlobLoaderContext = LoaderContext & { entryTypes: Map<string, EntryType> };

export function editorGlob(options: Parameters<typeof glob>[0], schema: z.ZodType): Loader {
  const inner = glob(options);
  return {
    name: 'editor-glob',
    load: async (loaderContext: LoaderContext) => {
      const context = loaderContext as GlobLoaderContext;
      const texts = new Map<string, string>();
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, entryType]) => [
          extension,
          {
            ...entryType,
            getEntryInfo: (params: { contents: string; fileUrl: URL }) => {
              const absolute = decodeURIComponent(params.fileUrl.pathname);
              const file = path.relative(decodeURIComponent(context.config.root.pathname), absolute);
              const contents = readEditorFile(absolute, file);
              texts.set(absolute, contents);
              return entryType.getEntryInfo({ ...params, contents });
            },
          },
        ]),
      );
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath
          ? path.relative(decodeURIComponent(context.config.root.pathname), props.filePath)
          : props.id;
        checkEntryData(file, props.filePath ? (texts.get(props.filePath) ?? '') : '', props.data, schema);
        return context.parseData(props);
      };
      return inner.load({ ...context, entryTypes, parseData } as GlobLoaderContext);
    },
  };
}
