/**
 * Scaffold placeholders: `npm run new:report` (scripts/new-report.mjs) fills every field of a new
 * report with a placeholder marked 【待填写】 (to be filled in) or 【示例】 (an example to replace or
 * delete), so the draft builds at once. A draft may keep them; a published report may not. A build
 * (`astro build`, src/integrations/publish-check.ts) refuses every placeholder left in a report that
 * is not a draft, and in content/site.json, naming the file, the line, the field and what to do.
 * A preview build (SHOW_DRAFTS=1) lets a draft keep its placeholders: the preview is not for publishing.
 *
 * Node-only, no Astro imports: config-time code uses it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors';
import { readEditorFile } from '../files/editor-text';
import { loadReport } from '../files/report-loader';
import { contentDir, reportFolder, reportsDir } from '../files/report-files';
import { isDraftReport } from './drafts';
import { notesIn, pendingNoteMark } from '../files/editor-notes';

/** The marks the scaffold writes, and what each asks of the editor. */
export const placeholderMarks = ['【待填写】', '【示例】'] as const;
export type PlaceholderMark = (typeof placeholderMarks)[number];

/** One placeholder found in a text: where it is and, when known, the field that holds it. */
export interface PlaceholderAt {
  mark: PlaceholderMark;
  /** 1-based line and column (in characters) of the mark. */
  line: number;
  column: number;
  /** The frontmatter field or JSON path (`leadPhoto.caption`, `values.0.label`); undefined in an MDX body. */
  field?: string;
  /** Whether the mark is in an MDX file's body (the text after the frontmatter). */
  body?: boolean;
}

/** Every mark in one line, with its 1-based column in characters. */
function marksIn(line: string): { mark: PlaceholderMark; column: number }[] {
  const found: { mark: PlaceholderMark; column: number; at: number }[] = [];
  for (const mark of placeholderMarks) {
    for (let at = line.indexOf(mark); at >= 0; at = line.indexOf(mark, at + mark.length))
      found.push({ mark, at, column: [...line.slice(0, at)].length + 1 });
  }
  return found.sort((a, b) => a.at - b.at).map(({ mark, column }) => ({ mark, column }));
}

/**
 * The placeholders in an MDX text: in the frontmatter with the field whose value holds them
 * (nested fields as `leadPhoto.caption`; YAML comments are not published and are skipped), in the
 * body as body text.
 */
export function mdxPlaceholders(text: string): PlaceholderAt[] {
  const lines = text.split('\n');
  const found: PlaceholderAt[] = [];
  const hasFrontmatter = lines[0]?.trimEnd() === '---';
  const end = hasFrontmatter ? lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---') : -1;
  const keys: { indent: number; key: string }[] = [];
  lines.forEach((line, index) => {
    const inFrontmatter = hasFrontmatter && (end < 0 || index < end) && index > 0;
    if (inFrontmatter) {
      if (/^\s*#/.test(line)) return;
      const key = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*[:：]/.exec(line);
      if (key) {
        const indent = key[1]!.length;
        while (keys.length && keys.at(-1)!.indent >= indent) keys.pop();
        keys.push({ indent, key: key[2]! });
      }
    }
    if (index === 0 && hasFrontmatter) return;
    if (index === end) return;
    for (const { mark, column } of marksIn(line)) {
      found.push(
        inFrontmatter
          ? { mark, line: index + 1, column, ...(keys.length ? { field: keys.map((k) => k.key).join('.') } : {}) }
          : { mark, line: index + 1, column, body: true },
      );
    }
  });
  return found;
}

/**
 * The placeholders in a JSON text, each with the path of the string that holds it (`values.0.label`,
 * `notes.0`, `ui.dataPageIntro`). A text that is not JSON yet (its syntax is reported by the build's
 * next step) gives its placeholders by line, without a field.
 */
export function jsonPlaceholders(text: string): PlaceholderAt[] {
  const lines = text.split('\n');
  const byLine = (): PlaceholderAt[] =>
    lines.flatMap((line, index) => marksIn(line).map(({ mark, column }) => ({ mark, line: index + 1, column })));
  try {
    JSON.parse(text);
  } catch {
    return byLine();
  }
  const found: PlaceholderAt[] = [];
  // A small walk over text that is valid JSON: the path to each string, and whether it is a key.
  const stack: { array: boolean; index: number; key?: string; expectKey: boolean }[] = [];
  const pathOf = () =>
    stack
      .map((frame) => (frame.array ? String(frame.index) : frame.key))
      .filter((part) => part !== undefined)
      .join('.');
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '\n') {
      line++;
      lineStart = at + 1;
    } else if (char === '{' || char === '[') {
      stack.push({ array: char === '[', index: 0, expectKey: char === '{' });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const frame = stack.at(-1);
      if (frame?.array) frame.index++;
      else if (frame) frame.expectKey = true;
    } else if (char === '"') {
      let close = at + 1;
      while (text[close] !== '"') close += text[close] === '\\' ? 2 : 1;
      const raw = text.slice(at, close + 1);
      const value = JSON.parse(raw) as string;
      const frame = stack.at(-1);
      if (frame && !frame.array && frame.expectKey) {
        frame.key = value;
        frame.expectKey = false;
      } else {
        for (const mark of placeholderMarks) {
          if (!value.includes(mark)) continue;
          // Where the mark is written (an escaped mark, \uXXXX, is pointed at by its string's start).
          const written = raw.indexOf(mark);
          const offset = written >= 0 ? at + written : at;
          found.push({ mark, line, column: [...text.slice(lineStart, offset)].length + 1, field: pathOf() });
        }
      }
      at = close;
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** What to do about a mark left in a report (`report` is its id), or in site.json (no report). */
function placeholderHint(mark: PlaceholderMark, report?: string): string {
  const fix =
    mark === '【待填写】'
      ? '把“【待填写】”连同它后面的提示换成原文的文字。'
      : '把【示例】的内容换成原文，或者整段删掉（示例数据要连同正文里用它的 <KeyFigures> 或 <Chart> 一起删）。';
  return report
    ? `${fix}还没写完就先不要发布：在 ${reportFolder(report)}/report.mdx 的资料卡里加回 draft: true 这一行，它就是草稿，正式构建不发布。`
    : `${fix}`;
}

/** One problem per placeholder in `text` (an editor's file named `file`, of report `report` if any). */
export function placeholderProblems(text: string, file: string, report?: string): Problem[] {
  const found = file.endsWith('.json') ? jsonPlaceholders(text) : mdxPlaceholders(text);
  const lines = text.split('\n');
  return found.map(({ mark, line, column, field, body }) => {
    const where = field ? `字段 ${field} 里` : body ? '正文里' : '这一行';
    const kind = mark === '【待填写】' ? '占位文字' : '示例内容';
    return {
      file,
      line,
      column,
      source: lines[line - 1] ?? '',
      message: report
        ? `${where}还留着新建报道时的${kind}“${mark}”，这篇报道不是草稿，发布后读者会看到它`
        : `${where}还留着${kind}“${mark}”，发布后读者会看到它`,
      hint: placeholderHint(mark, report),
      en: `scaffold placeholder ${mark === '【待填写】' ? '(to be filled in)' : '(example)'} left in a published ${report ? 'report' : 'file'}`,
    };
  });
}

/**
 * One problem per note starting with 待核 in an MDX text: the text around it is not checked yet
 * (src/files/editor-notes.ts). Notes never publish, but a report that still has one is not ready.
 */
export function pendingNoteProblems(text: string, file: string, report?: string): Problem[] {
  const lines = text.split('\n');
  return notesIn(text)
    .filter((note) => note.text.startsWith(pendingNoteMark))
    .map(({ line, column, text: words }) => ({
      file,
      line,
      column,
      source: lines[line - 1] ?? '',
      message: `这里有一条“${pendingNoteMark}”备注（${words.length > 20 ? `${words.slice(0, 19)}…` : words}），说明这里还没有核对完，这篇报道不能发布`,
      hint: `核对完，删掉这条备注再构建（备注本身不会出现在网页上，只是“${pendingNoteMark}”开头的备注不让发布）。${
        report
          ? `还没核对完就先不要发布：在 ${reportFolder(report)}/report.mdx 的资料卡里加回 draft: true 这一行，它就是草稿，正式构建不发布。`
          : ''
      }`,
      en: `a note starting with ${pendingNoteMark} (to be checked) left in a published ${report ? 'report' : 'file'}`,
    }));
}

/**
 * Every placeholder that a build of the project at `root` would publish: in each report that is not
 * a draft (report.mdx, chapters/*.mdx, data/*.json) and in content/site.json. A file that cannot be
 * read yet (not UTF-8) is skipped here: the build's next step names its encoding.
 */
export function publishedPlaceholderProblems(root: string): Problem[] {
  const reportIds = (() => {
    try {
      return readdirSync(path.join(root, reportsDir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    } catch {
      return [];
    }
  })();
  const files: { file: string; text: () => string; report?: string }[] = [];
  for (const id of reportIds) {
    if (isDraftReport(path.join(root, reportFolder(id)))) continue;
    const report = loadReport(root, id);
    for (const entry of [...(report.report ? [report.report] : []), ...report.chapters, ...report.datasets])
      files.push({ file: entry.file, text: () => entry.text, report: id });
  }
  const siteJson = `${contentDir}/site.json`;
  files.push({ file: siteJson, text: () => readEditorFile(path.join(root, siteJson), siteJson) });
  return files.flatMap(({ file, text, report }) => {
    let contents: string;
    try {
      contents = text();
    } catch {
      return [];
    }
    return [
      ...placeholderProblems(contents, file, report),
      ...(file.endsWith('.mdx') ? pendingNoteProblems(contents, file, report) : []),
    ].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : 0));
  });
}
