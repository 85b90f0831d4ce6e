/**
 * Editors' files into Astro: three doors, one rule (`decodeEditorFile`, src/files/editor-text.ts):
 * - `readEditorFile`: our own readers (datasets, site.json, the provenance check, link sources);
 * - `editorGlob`: the content collections' loader (frontmatter and JSON data);
 * - `editorFilesVite`: the MDX compiler (Vite loads each MDX file through it).
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { Plugin } from 'vite';
import { editorError, jsonPathLine, yamlPathLine, zodOptions, zodProblems } from '../errors';
import { readEditorFile } from '../files/editor-text';
import type { z } from 'astro/zod';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { checkFrontmatter, jsonSyntaxProblem } from '../files/syntax-problems';
import { mdxWithNotes } from '../files/editor-notes';

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
        checkFrontmatter(text, name);
        checkMdxSyntax(text, name);
        // Editors' <!-- notes --> as MDX comments, which publish nothing (src/files/editor-notes.ts).
        return mdxWithNotes(text);
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
    mdxParser.parse(mdxWithNotes(body));
  } catch (error) {
    const { line, column, reason, message } = error as {
      line?: number;
      column?: number;
      reason?: string;
      message: string;
    };
    // The line as the editor wrote it, shown with a ^ under the place.
    const source = line ? { source: text.split('\n')[line - 1] ?? '' } : {};
    const lineText = line ? [...(text.split('\n')[line - 1] ?? '')] : [];
    // 增速<5%: a < that starts no tag, the commonest case; said plainly, pointing at the <.
    if (line && column && /^Unexpected character .* before name/.test(reason ?? '') && lineText[column - 2] === '<') {
      throw editorError({
        file,
        line,
        column: column - 1,
        ...source,
        message: '这里的 < 后面不是组件或标签的名字：MDX 把 < 当成标签的开头，正文里的小于号不能直接写',
        hint: `改成全角的 ＜（例如 ${lineText.slice(Math.max(0, column - 4), column - 2).join('')}＜${lineText.slice(column - 1, column + 2).join('')}），或者写成文字“小于”。`,
        en: reason ?? message,
      });
    }
    throw editorError({
      file,
      ...(line ? { line, column: column ?? 1, ...source } : {}),
      message: 'MDX 写法有错，文件从这里起读不下去',
      hint: '常见原因：组件标签没有闭合（<Figure … /> 结尾要有 />，<EditorNote> 要有 </EditorNote>）；属性的引号没配对；正文里单独用了 { } 或 < 符号（改成全角 ｛ ｝ ＜）；内部备注写成 <!-- … -->，要有结尾的 -->。',
      en: reason ?? message,
    });
  }
}

/**
 * Frontmatter and JSON syntax, checked before Astro parses the file: its own messages are js-yaml's
 * English with a stack trace, and its JSON loader lets a trailing comma through.
 */
export function checkEntrySyntax(text: string, file: string): void {
  if (file.endsWith('.mdx')) checkFrontmatter(text, file);
  if (file.endsWith('.json')) {
    try {
      JSON.parse(text);
    } catch (error) {
      throw editorError(jsonSyntaxProblem(file, text, error as Error));
    }
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
    zodProblems(
      file,
      result.error,
      (keys) => (isJson ? jsonPathLine(text, keys) : yamlPathLine(frontmatterOf(text), keys)),
      text,
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
              checkEntrySyntax(contents, file.split(path.sep).join('/'));
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
