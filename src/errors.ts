/**
 * The one error path. Every check of ours (frontmatter and dataset schemas, the props of the
 * components editors call in MDX, the provenance check, the Markdown checks, links, file
 * encodings) describes what it found as a `Problem`, and `editorError` turns problems into one
 * `AstroError` (from 'astro/errors') with file, line, message and hint, so the terminal and the
 * dev server's error overlay show the same thing.
 *
 * Messages are for the editors, Chinese-speaking newsroom staff: Chinese first (which file, which
 * line, what is wrong, what to do), then a short English gist for developers. No message sends an
 * editor to a bundler option.
 */
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';

/** One thing an editor has to fix. */
export interface Problem {
  /** The file to open, relative to the project (e.g. `content/reports/<report>/chapters/02-investment.mdx`). */
  file: string;
  /** 1-based line and column in that file, where known. */
  line?: number;
  column?: number;
  /** What is wrong, in Chinese. */
  message: string;
  /** What to do, in Chinese. */
  hint?: string;
  /** A short English gist for developers. */
  en?: string;
  /** The line as the editor wrote it, shown under the message with a `^` under `column`. */
  source?: string;
  /** Where the `^` goes in `source` when it shows a stretch of a long line, not the whole (1-based). */
  sourceColumn?: number;
}

/** Each problem printed by `formatProblem` starts with this mark (the build's summary line counts them). */
const problemMark = '✗';

/** `content/x.mdx 第 12 行第 3 列`: where a problem is, as an editor reads it. */
function formatWhere(problem: Pick<Problem, 'file' | 'line' | 'column'>): string {
  if (!problem.line) return problem.file;
  return `${problem.file} 第 ${problem.line} 行${problem.column ? `第 ${problem.column} 列` : ''}`;
}

/** Columns a character takes in a terminal: Chinese characters and full-width signs take two. */
const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const columns = (text: string) => [...text].reduce((sum, char) => sum + (wide.test(char) ? 2 : 1), 0);

/**
 * The line an editor wrote, numbered, with a `^` under the column (a tab shown as `→`, so it can
 * be seen and the marker stays in place).
 */
function sourceExcerpt(problem: Pick<Problem, 'line' | 'column' | 'source' | 'sourceColumn'>): string[] {
  if (problem.source === undefined || !problem.line) return [];
  const text = problem.source.replace(/\t/g, '→');
  const gutter = `    ${problem.line} | `;
  const column = problem.sourceColumn ?? problem.column;
  const marker = column
    ? [`${' '.repeat(gutter.length - 2)}| ${' '.repeat(columns([...text].slice(0, column - 1).join('')))}^`]
    : [];
  return [`${gutter}${text}`, ...marker];
}

/** One problem as the terminal prints it: where, what, the line itself, what to do, English gist. */
export function formatProblem(problem: Problem): string {
  return [
    `${problemMark} ${formatWhere(problem)}`,
    `  问题：${problem.message}`,
    ...sourceExcerpt(problem),
    ...(problem.hint ? [`  怎么改：${problem.hint}`] : []),
    ...(problem.en ? [`  (${problem.en})`] : []),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Notes: what the build changed or noticed without stopping (an invisible character removed, a
// paragraph's indent taken away, a word that looks traditional). Printed once each, never with ✗
// (the summary line counts ✗ problems only).

/** Each note starts with this word. */
const noteMark = '提醒';

/** One note as the terminal prints it: where, what, the line itself, what to do, English gist. */
export function formatNote(note: Problem): string {
  return [
    `${noteMark} ${formatWhere(note)}`,
    `  ${note.message}`,
    ...sourceExcerpt(note),
    ...(note.hint ? [`  怎么改：${note.hint}`] : []),
    ...(note.en ? [`  (${note.en})`] : []),
  ].join('\n');
}

/** The notes this process printed and no one has taken yet (shared by every copy of this module). */
const notes = ((globalThis as { __editorNotes?: { printed: Set<string>; taken: string[] } }).__editorNotes ??= {
  printed: new Set(),
  taken: [],
});

/** Prints a note for an editor, once per process (a file read again, unchanged, does not repeat it). */
export function editorNote(note: Problem): void {
  const text = formatNote(note);
  if (notes.printed.has(text)) return;
  notes.printed.add(text);
  notes.taken.push(text);
  if (!process.env.VITEST) console.warn(text);
}

/** The notes printed since the last call, and forgets them (for tests: the bad-input catalogue's notes). */
export function takeEditorNotes(): string[] {
  const taken = notes.taken.splice(0);
  notes.printed.clear();
  return taken;
}

/** Said under every list of several problems. */
const severalHint = '按每条的“怎么改”逐条修改并保存，再运行 npm run build；用 npm run dev 预览时页面会自动刷新。';

/**
 * One `AstroError` for one or more problems: the message names file and line and says what is
 * wrong; the hint says what to do; `loc` lets the dev overlay open the file at the line.
 */
export function editorError(problems: Problem | readonly Problem[]): AstroError {
  const list = Array.isArray(problems) ? (problems as readonly Problem[]) : [problems as Problem];
  const first = list[0]!;
  const single = list.length === 1;
  const message = single
    ? formatProblem({ ...first, hint: undefined, en: undefined })
    : `发现 ${list.length} 个问题：\n${list.map(formatProblem).join('\n')}`;
  const hint = single
    ? [first.hint, first.en && `(${first.en})`].filter(Boolean).join('\n') || severalHint
    : severalHint;
  const error = new AstroError(message, hint);
  error.name = '内容问题';
  // The problems themselves, so a check that reads many files can list every file's in one message.
  (error as AstroError & { problems?: readonly Problem[] }).problems = list;
  // No stack trace: it would say where our check ran (through node_modules), not where the mistake is;
  // file and line are in the message and in `loc`.
  error.stack = '';
  // The MDX compiler copies `line` and `column` into the location it reports.
  Object.assign(error, first.line ? { line: first.line, column: first.column ?? 1 } : {});
  // What the site generates (`页面 /x/`, `分享图 og/x.png`) is no file to open.
  if (!/^(?:页面|分享图) /.test(first.file))
    (error as AstroError & { loc?: object }).loc = {
      file: path.resolve(first.file),
      ...(first.line ? { line: first.line, column: first.column ?? 1 } : {}),
    };
  return error;
}

/** The problems an editor error was made from (none for any other error). */
export const problemsOf = (error: unknown): readonly Problem[] =>
  isEditorError(error) ? ((error as { problems?: readonly Problem[] }).problems ?? []) : [];

/** The problems an error carries, when it came from `editorError` (for tests and the build summary). */
export function isEditorError(error: unknown): error is AstroError {
  return error instanceof Error && error.name === '内容问题';
}

// ---------------------------------------------------------------------------------------------
// Schema problems (frontmatter, datasets, site.json, component props)

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表 [ … ]',
  object: '一组字段 { … }',
  tuple: '列表 [ … ]',
  undefined: '空',
  null: '空',
  nan: '数字',
};
const typeName = (type: string) => typeNames[type] ?? type;
const describe = (value: unknown) =>
  value === undefined
    ? '没有填写'
    : `写的是 ${JSON.stringify(value)}（${Array.isArray(value) ? typeName('array') : typeName(typeof value)}）`;

/** Chinese for zod's issues, for every check that parses editors' files with a schema. */
function zodMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少这一项，需要填写${typeName(issue.expected)}`;
      // A list (`- ` lines, or `[ ]`) where one value belongs: the usual YAML slip.
      if (Array.isArray(issue.input) && !['array', 'tuple'].includes(issue.expected))
        return `应为${typeName(issue.expected)}，这里写成了列表 ${JSON.stringify(issue.input)}（以“- ”开头的几行，或 [ ]），只能写一个值`;
      return `应为${typeName(issue.expected)}，${describe(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? issue.minimum === 1
          ? '不能为空'
          : `至少 ${issue.minimum} 个字`
        : issue.origin === 'number'
          ? `应大于${issue.inclusive ? '或等于' : ''} ${issue.minimum}`
          : `至少 ${issue.minimum} 项`;
    case 'too_big':
      return `最多 ${issue.maximum}${issue.origin === 'string' ? ' 个字' : issue.origin === 'number' ? '' : ' 项'}`;
    case 'invalid_value':
      return `只能是 ${issue.values.map((value) => JSON.stringify(value)).join('、')} 之一，${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `不认识的字段 ${issue.keys.map((key) => `"${key}"`).join('、')}（拼写错了，或者这里不该有）`;
    case 'invalid_union':
      return `格式不对，${describe(issue.input)}`;
    case 'invalid_format':
      return `格式不对，${describe(issue.input)}`;
    default:
      return issue.message ?? '格式不对';
  }
}

/** Parse options that make zod speak Chinese (schema-level messages, written in Chinese, still win). */
export const zodOptions = { error: (issue: z.core.$ZodRawIssue) => zodMessage(issue) };

/** The 1-based line of a frontmatter field (`title:`) in an MDX/YAML text, if found. */
export function yamlFieldLine(text: string, field: PropertyKey | undefined): number | undefined {
  if (typeof field !== 'string') return undefined;
  const lines = text.split('\n');
  const index = lines.findIndex((line) =>
    new RegExp(`^\\s*${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(line),
  );
  return index >= 0 ? index + 1 : undefined;
}

/** Spaces before a YAML line's content. */
const indentOf = (line: string) => line.match(/^ */)![0].length;

/**
 * The 1-based line of a value in a YAML frontmatter, found by walking its path: `['corrections', 1, 'date']`
 * is the `date:` of the second `- ` item under `corrections:` (also `- date: …` on the dash's own line).
 * Where the walk cannot go on (a key not written), the line of the deepest part found; undefined when
 * not even the first key is there.
 */
export function yamlPathLine(text: string, keys: readonly PropertyKey[]): number | undefined {
  const lines = text.split('\n');
  const blank = (line: string) => line.trim() === '' || /^\s*#/.test(line);
  let [from, end, parent, found] = [0, lines.length, -1, undefined as number | undefined];
  for (const key of keys) {
    if (typeof key === 'number') {
      // The list's items: dash lines at the first dash's indent.
      const first = lines.slice(from, end).findIndex((line) => /^\s*-(?:\s|$)/.test(line));
      if (first < 0) break;
      const dash = indentOf(lines[from + first]!);
      let item = -1;
      let at = -1;
      for (let index = from + first; index < end; index++) {
        const line = lines[index]!;
        if (indentOf(line) === dash && /^\s*-(?:\s|$)/.test(line) && ++item === key) {
          at = index;
          break;
        }
      }
      if (at < 0) break;
      let stop = at + 1;
      while (stop < end && (blank(lines[stop]!) || indentOf(lines[stop]!) > dash)) stop++;
      [from, end, parent, found] = [at, stop, dash, at + 1];
    } else if (typeof key === 'string') {
      const pattern = new RegExp(`^(\\s*(?:-\\s+)?)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      let at = -1;
      let own = 0;
      for (let index = from; index < end; index++) {
        const match = lines[index]!.match(pattern);
        if (match && match[1]!.length > parent) {
          at = index;
          own = match[1]!.length;
          break;
        }
      }
      if (at < 0) break;
      // Its value: the lines below indented deeper, or a list whose dashes stand at its own indent.
      let stop = at + 1;
      while (
        stop < end &&
        (blank(lines[stop]!) ||
          indentOf(lines[stop]!) > own ||
          (indentOf(lines[stop]!) === own && /^\s*-(?:\s|$)/.test(lines[stop]!)))
      )
        stop++;
      [from, end, parent, found] = [at + 1, stop, own, at + 1];
      // A key on a dash line (`- date:`) is at the dash's indent + 2; keys below it stand there too.
    } else break;
  }
  return found;
}

/**
 * The 1-based line of a value in a JSON text, found by walking its path: keys by their quoted
 * name, array items by counting the objects that open after the array's key. Close enough for
 * the flat files editors write; undefined when the walk gets lost.
 */
export function jsonPathLine(text: string, keys: readonly PropertyKey[]): number | undefined {
  let at = 0;
  for (const key of keys) {
    if (typeof key === 'number') {
      for (let item = 0; item <= key; item++) {
        const next = text.indexOf('{', at + (item ? 1 : 0));
        if (next < 0) return undefined;
        at = next;
      }
    } else {
      const next = text.indexOf(`"${String(key)}"`, at);
      if (next < 0) break;
      at = next;
    }
  }
  return at ? lineAt(text, at) : undefined;
}

/** The 1-based line of character offset `at` in `text`. */
export function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Names editors may give a report's record fields (src/schemas/record.ts), and the field they mean. */
const recordFieldNames: Record<string, [field: string, what: string]> = Object.fromEntries(
  (
    [
      ['published', '发表日期', ['date', 'pubDate', 'publishDate', 'datePublished', '日期', '发表日期', '发布日期']],
      ['updated', '更新日期', ['modified', 'dateModified', 'lastUpdated', '更新日期']],
      ['authors', '作者', ['author', 'byline', '作者', '记者']],
      ['editor', '责任编辑', ['editors', '责任编辑', '责编']],
      ['publisher', '刊发媒体', ['source', 'newspaper', '来源', '媒体']],
      ['page', '版次', ['edition', '版次', '版面']],
      ['corrections', '更正', ['correction', '更正', 'errata']],
    ] as const
  ).flatMap(([field, what, names]) => names.map((name) => [name, [field, what]])),
);

/** Field path as editors see it: `values.3.value`. */
const fieldName = (keys: readonly PropertyKey[]) => (keys.length ? keys.map(String).join('.') : '（整个文件）');

/**
 * One problem per zod issue, naming the field; `lineOf` finds the field's line in the file, and
 * with the file's `text` the problem shows that line.
 */
export function zodProblems(
  file: string,
  error: z.ZodError,
  lineOf?: (keys: readonly PropertyKey[]) => number | undefined,
  text?: string,
): Problem[] {
  return error.issues.map((issue) => {
    // A field the schema does not know: named and found by its own name, with a hint that points nowhere
    // it does not exist (`date:` once sent editors to a section of the guide about a field it has not).
    if (issue.code === 'unrecognized_keys') {
      const keys = [...issue.path, issue.keys[0]!];
      const line = lineOf?.(keys);
      // A report's record written under another name (date: for published:): the name to use.
      const meant = file.endsWith('.mdx') && !issue.path.length ? recordFieldNames[issue.keys[0]!] : undefined;
      return {
        file,
        ...(line ? { line, ...(text === undefined ? {} : { source: text.split('\n')[line - 1] ?? '' }) } : {}),
        message: `字段 ${issue.keys.join('、')}：网站不认识这个字段（拼写错了，或者这里不该有）`,
        hint: meant
          ? `${meant[1]}的字段名是 ${meant[0]}：把 ${issue.keys[0]} 改成 ${meant[0]}（见《编辑指南》“报道的日期、作者和更正”）。`
          : '检查字段名的拼写；网站用不到的信息就删掉这一行。能写的字段：各章见《编辑指南》“写一章”的表格，数据文件见“图表、数据和引文”。',
        en: meant
          ? `${fieldName(keys)}: unknown field; did you mean ${meant[0]}?`
          : `${fieldName(keys)}: unknown field`,
      };
    }
    const line = lineOf?.(issue.path);
    return {
      file,
      ...(line ? { line, ...(text === undefined ? {} : { source: text.split('\n')[line - 1] ?? '' }) } : {}),
      message: `字段 ${fieldName(issue.path)}：${issue.message}`,
      // A schema's own issue may say what to do (`params.hint`); otherwise the guide does.
      hint: (issue as { params?: { hint?: string } }).params?.hint ?? '对照《编辑指南》里这个字段的说明改正。',
      // `params.field`: the gist does not name its field (a check used by several fields, src/schemas/record.ts).
      en: (({ en, field } = {}) =>
        en === undefined ? `${fieldName(issue.path)}: invalid value` : field ? `${fieldName(issue.path)}: ${en}` : en)(
        (issue as { params?: { en?: string; field?: true } }).params,
      ),
    };
  });
}

/** Formats zod issues as `file: field: message` lines (schema unit tests read them). */
export function formatIssues(file: string, error: z.ZodError): string {
  return zodProblems(file, error)
    .map((problem) => `${problem.file}: ${problem.message}`)
    .join('\n');
}

/** Parses `value` with `schema`, or throws one editor error naming the file and each bad field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, file: string, text?: string): z.infer<T> {
  const result = schema.safeParse(value, zodOptions);
  if (!result.success)
    throw editorError(zodProblems(file, result.error, text ? (keys) => jsonPathLine(text, keys) : undefined, text));
  return result.data;
}

// ---------------------------------------------------------------------------------------------
// Components editors call in MDX (<Figure>, <Chart>, <KeyFigures>)

/**
 * Validates the props an editor gave a component in MDX. On a mistake it throws one editor
 * error naming the MDX file (from the `sourceFile` prop our remark plugin adds), the line
 * (`sourceLine`), the component and each bad prop.
 */
export function checkProps<T extends z.ZodType>(
  component: string,
  schema: T,
  props: Record<string, unknown>,
): z.infer<T> {
  const { sourceFile, sourceLine, ...rest } = props;
  const result = schema.safeParse(rest, zodOptions);
  if (result.success) return result.data;
  throw editorError(
    result.error.issues.map((issue) =>
      componentProblem(
        component,
        issue.path.length ? issue.path.join('.') : '',
        { sourceFile, sourceLine },
        issue.code === 'unrecognized_keys' ? `<${component}> 没有 ${issue.keys.join('、')} 这一项` : issue.message,
        issue.code === 'unrecognized_keys'
          ? `检查拼写；<${component}> 能写的项见《编辑指南》。`
          : `照《编辑指南》里 <${component}> 的例子改写。`,
      ),
    ),
  );
}

/** Where a component was written: the MDX file and line our remark plugin passes as props. */
export interface ComponentSource {
  sourceFile?: unknown;
  sourceLine?: unknown;
}

/** One problem with a component's prop (`prop` empty for the component as a whole). */
export function componentProblem(
  component: string,
  prop: string,
  source: ComponentSource,
  message: string,
  hint?: string,
): Problem {
  return {
    file: typeof source.sourceFile === 'string' ? source.sourceFile : '（页面模板）',
    ...(typeof source.sourceLine === 'number' ? { line: source.sourceLine } : {}),
    message: `<${component}>${prop ? ` 的 ${prop}` : ''}：${message}`,
    ...(hint ? { hint } : {}),
    en: `<${component}>${prop ? ` prop "${prop}"` : ''} is wrong`,
  };
}

/** Throws `componentProblem` as an editor error. */
export function componentError(
  component: string,
  prop: string,
  source: ComponentSource,
  message: string,
  hint?: string,
): AstroError {
  return editorError(componentProblem(component, prop, source, message, hint));
}
