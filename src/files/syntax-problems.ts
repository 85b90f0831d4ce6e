/**
 * Syntax mistakes in editors' files, found before Astro reads them, and said in Chinese with the
 * file, line and column, the line itself and what to do (through `editorError`, src/errors.ts).
 *
 * - Frontmatter (the `---` block of an MDX file) is parsed with Astro's own parser
 *   (`parseFrontmatter`, js-yaml), so what passes here passes there; when it fails, the line it
 *   names is read again to tell the editor which habit caused it: a half-width colon in a value,
 *   a tab, an unclosed quote, a full-width colon after the field name, a key written twice, a
 *   list line under a field that takes one value. A missing `---` is found before parsing (Astro
 *   would read the file as having no frontmatter, and the schema would report every field missing).
 * - JSON (datasets, site.json) is parsed with `JSON.parse`; when it fails, a small scanner finds
 *   where and why in editors' terms: a comma after the last item, a Chinese comma, colon or quote
 *   used as syntax, a bracket never closed, a missing comma. Astro's own JSON loader forgives some
 *   of these (a trailing comma); the site's own readers would not, so every door is this strict.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { editorError, lineAt, type Problem } from '../errors';

// ---------------------------------------------------------------------------------------------
// Frontmatter

/** `title:` at the start of a line: a frontmatter field (also with a full-width colon, a common slip). */
const fieldLine = /^([A-Za-z_][\w-]*)\s*[:：]/;

/** The problem with an MDX text's frontmatter, or undefined when it parses as Astro will parse it. */
export function frontmatterProblem(text: string, file: string): Problem | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return undefined;
  const problem = (line: number, rest: Omit<Problem, 'file' | 'line' | 'source'>): Problem => ({
    file,
    line,
    source: lines[line - 1] ?? '',
    ...rest,
  });
  if (!lines[first]!.startsWith('---')) {
    // A file without frontmatter is left to the schema (it names each missing field); one whose
    // first line is a field lost its opening `---`.
    if (!fieldLine.test(lines[first]!)) return undefined;
    return problem(first + 1, {
      column: 1,
      message: '资料卡（frontmatter）开头缺少一行 ---，这几行字段会被当成正文',
      hint: `在第 ${first + 1} 行上面加一行 ---（三个半角减号），资料卡要用上下两行 --- 括起来。`,
      en: 'frontmatter: the opening --- line is missing',
    });
  }
  const close = lines.findIndex((line, index) => index > first && line.startsWith('---'));
  if (close < 0) {
    // The fields end at the first line that is neither a field, an indented continuation nor a list item.
    const after = lines.findIndex((line, index) => index > first && !(fieldLine.test(line) || /^[\s-]/.test(line)));
    const last = (after < 0 ? lines.length : after) - 1;
    const lastField = lines.slice(0, last + 1).findLastIndex((line) => line.trim() !== '');
    return problem(lastField + 1, {
      message: '资料卡（frontmatter）只有开头的 ---，没有结尾的 ---',
      hint: `在第 ${lastField + 1} 行（资料卡最后一个字段）下面加一行 ---，再空一行写正文。`,
      en: 'frontmatter: the closing --- line is missing',
    });
  }
  try {
    parseFrontmatter(text, { frontmatter: 'remove' });
    return undefined;
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
    if (!reason || !mark) throw error;
    // js-yaml counts lines from the `---` line (the frontmatter text starts just after it), from 0.
    return yamlProblem(lines, first + 1 + mark.line, mark.column + 1, reason, problem);
  }
}

/** Throws the frontmatter problem of an MDX text as an editor error. */
export function checkFrontmatter(text: string, file: string): void {
  const problem = frontmatterProblem(text, file);
  if (problem) throw editorError(problem);
}

type Make = (line: number, rest: Omit<Problem, 'file' | 'line' | 'source'>) => Problem;

/** What js-yaml's `reason` at `line` means in an editor's terms. */
function yamlProblem(lines: string[], line: number, column: number, reason: string, problem: Make): Problem {
  const text = lines[line - 1] ?? '';
  const en = `frontmatter YAML: ${reason}`;
  const tab = text.match(/^[ ]*\t/);
  if (/tab/.test(reason) || tab) {
    return problem(line, {
      column: tab ? tab[0].length : column,
      message: '这一行用制表符（Tab 键，显示为 →）缩进，资料卡只认空格',
      hint: '删掉行首的制表符：顶格的字段（title: …）前面什么都不要有；要缩进的地方用两个空格。',
      en,
    });
  }
  const quoted = /within a (double|single) quoted scalar/.exec(reason);
  if (quoted) {
    // The stream ended inside a quote: the line that opened it is the one to fix.
    const quote = quoted[1] === 'double' ? '"' : "'";
    const open = lines
      .slice(0, line)
      .findLastIndex((candidate) => new RegExp(`^\\s*[\\w-]+\\s*:\\s*${quote}`).test(candidate));
    const at = open >= 0 ? open + 1 : line;
    const written = open >= 0 ? /^\s*([\w-]+)\s*:\s*.(.*)$/.exec(lines[open]!) : null;
    const example = written ? `（${written[1]}: ${quote}${written[2]!.trim()}${quote}）` : '';
    return problem(at, {
      column: open >= 0 ? lines[open]!.indexOf(quote) + 1 : column,
      message: `这一行的值以英文引号 ${quote} 开头，但没有配对的结尾引号`,
      hint: `在值的末尾补上 ${quote}${example}；值里面要用引号时，请用中文引号“ ”。`,
      en,
    });
  }
  if (/duplicated mapping key/.test(reason)) {
    const key = fieldLine.exec(text)?.[1] ?? '';
    const earlier = lines.findIndex((candidate) => fieldLine.exec(candidate)?.[1] === key);
    return problem(line, {
      column: 1,
      message: `字段 ${key} 写了两次（第 ${earlier + 1} 行和第 ${line} 行）`,
      hint: `每个字段只能写一次：保留对的那一行，删掉另一行。`,
      en,
    });
  }
  if (/^\s*- /.test(text)) {
    const field = lines
      .slice(0, line - 1)
      .findLast((candidate) => fieldLine.test(candidate))
      ?.match(fieldLine)?.[1];
    return problem(line, {
      column: text.indexOf('-') + 1,
      message: `这一行以“- ”开头，是列表的写法，但${field ? `上面的字段 ${field} ` : '这里'}只能写一个值`,
      hint: `把这一行的文字接到${field ? ` ${field}: 后面` : '上一行的值里'}，写成一行，并去掉“- ”。`,
      en,
    });
  }
  // A field name without its `: ` (a full-width colon, or no space): js-yaml reads it as part of a
  // longer key and stops at the next line, so look at the lines above too.
  const noColon = [line, line - 1]
    .map((candidate) => ({ at: candidate, text: lines[candidate - 1] ?? '' }))
    .find(({ text: candidate }) => /^[A-Za-z_][\w-]*(?:：|:(?=\S))/.test(candidate) && !/:\s/.test(candidate));
  if (noColon && /multiline key|implicit key|mapping entry/.test(reason)) {
    const key = /^[A-Za-z_][\w-]*/.exec(noColon.text)![0];
    return problem(noColon.at, {
      column: key.length + 1,
      message: `字段名 ${key} 后面要用半角冒号加一个空格（${key}: …）`,
      hint: `改成 ${key}: 再写值：冒号是英文半角的“:”，后面空一格。`,
      en,
    });
  }
  const field = fieldLine.exec(text);
  if (field) {
    const value = text.slice(field[0].length);
    const colon = value.search(/:(?=\s|$)/);
    if (colon >= 0 && !/^\s*["']/.test(value)) {
      const key = field[1]!;
      const fixed = value.trim().replace(/:(?=\s|$)\s*/g, '：');
      return problem(line, {
        column: field[0].length + colon + 1,
        message: `${key} 的值里有一个半角冒号“:”，资料卡会把它当成下一个字段的开始，读不下去`,
        hint: `把这个冒号改成全角“：”（${key}: ${fixed}），或者把整个值放进英文双引号里（${key}: "${value.trim()}"）。`,
        en,
      });
    }
    if (/^\s*["']/.test(value)) {
      const key = field[1]!;
      return problem(line, {
        column,
        message: `${key} 的值在英文引号结束以后还有文字`,
        hint: `引号要括住整个值（${key}: "……"）；值里面要用引号时，请用中文引号“ ”。`,
        en,
      });
    }
  }
  if (/^\s+\S/.test(text)) {
    return problem(line, {
      column: 1,
      message: '这一行前面多了空格，资料卡的字段要顶格写',
      hint: '删掉行首的空格，让字段名（title: …）从第一列开始。',
      en,
    });
  }
  return problem(line, {
    column,
    message: '资料卡（frontmatter）这一行的写法读不出来',
    hint: '每个字段一行，写成“字段名: 值”（半角冒号，后面一个空格）；值里有半角冒号或以引号开头时，把整个值放进英文双引号里。',
    en,
  });
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Chinese punctuation typed where JSON needs its ASCII twin. */
const chinesePunctuation: Record<string, string> = {
  '，': ',',
  '：': ':',
  '“': '"',
  '”': '"',
  '‘': '"',
  '’': '"',
  '【': '[',
  '】': ']',
  '｛': '{',
  '｝': '}',
  '［': '[',
  '］': ']',
};

interface JsonSlip {
  /** Offset of the character to mark. */
  at: number;
  message: string;
  hint: string;
}

/**
 * Where and why a text that JSON.parse refused is not JSON, in editors' terms. A small scanner
 * (strings, numbers, words, brackets): it only runs after JSON.parse failed, to name the mistake.
 */
function jsonSlip(text: string): JsonSlip {
  let at = 0;
  const opened: { char: string; at: number }[] = [];
  const space = () => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  const describeChar = (char: string | undefined): JsonSlip => {
    if (char === undefined) {
      const open = opened.at(-1);
      return {
        at: open ? open.at : text.length,
        message: open
          ? `这里的 ${open.char} 一直到文件末尾都没有闭合（缺少 ${open.char === '{' ? '}' : ']'}）`
          : '文件在这里提前结束了',
        hint: `在这一组内容的末尾补上 ${open?.char === '{' ? '}' : ']'}；左右括号要一一成对。`,
      };
    }
    const ascii = chinesePunctuation[char];
    if (ascii)
      return {
        at,
        message: `这里的 ${char} 是中文标点，JSON 的格式符号要用英文半角的 ${ascii}`,
        hint: `把 ${char} 改成英文半角的 ${ascii}。引号、逗号、冒号、括号都要用英文半角；中文标点只能写在 " " 括起来的文字里面。`,
      };
    if (/[^\s,:{}[\]"]/.test(char))
      return {
        at,
        message: '这里的文字没有用英文双引号括起来（数字后面也不能直接带单位）',
        hint: '文字要写成 "文字"（英文半角双引号）；数字直接写，不加引号，单位写在 "unit" 里。',
      };
    return {
      at,
      message: `这里的 ${char} 不该出现`,
      hint: '检查这一行和上一行：每项之间要有英文逗号，最后一项后面不能有逗号，文字要用英文双引号 " " 括起来。',
    };
  };
  class Slip extends Error {
    readonly slip: JsonSlip;
    constructor(slip: JsonSlip) {
      super(slip.message);
      this.slip = slip;
    }
  }
  const fail = (slip: JsonSlip): never => {
    throw new Slip(slip);
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{' || char === '[') return group(char);
    if (char === '"') return string();
    const word = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(at));
    if (word) {
      at += word[0].length;
      return;
    }
    fail(describeChar(char));
  };
  const string = (): void => {
    const start = at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\n')
        fail({
          at: start,
          message: '这里的英文引号 " 到行末都没有配对的结尾引号',
          hint: '在文字末尾补上 "；文字里面要用引号时，请用中文引号“ ”。',
        });
      at += text[at] === '\\' ? 2 : 1;
    }
    if (at >= text.length) fail({ at: start, message: '这里的英文引号 " 没有配对', hint: '在文字末尾补上 "。' });
    at++;
  };
  const group = (open: string): void => {
    const close = open === '{' ? '}' : ']';
    opened.push({ char: open, at: at++ });
    space();
    if (text[at] === close) {
      at++;
      opened.pop();
      return;
    }
    for (;;) {
      if (open === '{') {
        space();
        if (text[at] !== '"') fail(describeChar(text[at]));
        string();
        space();
        if (text[at] !== ':' && !chinesePunctuation[text[at] ?? ''])
          fail({
            at,
            message: '字段名后面缺少英文冒号“:”',
            hint: '写成 "字段名": 值（冒号是英文半角的“:”）。',
          });
        if (text[at] !== ':') fail(describeChar(text[at]));
        at++;
      }
      value();
      space();
      const next = text[at];
      if (next === close) {
        at++;
        opened.pop();
        return;
      }
      if (next === ',') {
        const comma = at++;
        space();
        if (text[at] === '}' || text[at] === ']')
          fail({
            at: comma,
            message: '最后一项后面多了一个逗号',
            hint: `删掉这个逗号：${close} 前面的最后一项后面不能有逗号。`,
          });
        continue;
      }
      if (next === '"' || next === '{' || next === '[' || (next !== undefined && /[\d\w-]/.test(next))) {
        const outer = opened.at(-1)!;
        fail({
          at,
          message: `上一项后面缺少英文逗号“,”${open === '[' ? `，或者第 ${lineAt(text, outer.at)} 行的 [ 少了结尾的 ]` : ''}`,
          hint: `在上一项末尾加一个英文逗号；如果上一组已经写完，补上它的 ${close}。`,
        });
      }
      if (next === (open === '{' ? ']' : '}'))
        fail({
          at,
          message: `第 ${lineAt(text, opened.at(-1)!.at)} 行的 ${open} 在这之前没有闭合（缺少 ${close}）`,
          hint: `在这一组最后一项后面补上 ${close}；左右括号要一一成对。`,
        });
      if (next === ':' && open === '[')
        fail({
          at,
          message: `第 ${lineAt(text, opened.at(-1)!.at)} 行的 [ 在这之前没有闭合（缺少 ]）`,
          hint: '在这一组最后一项后面补上 ]；左右括号要一一成对。',
        });
      fail(describeChar(next));
    }
  };
  try {
    value();
    space();
    if (at < text.length)
      fail({ at, message: '文件在这里已经结束了，后面还有多余的内容', hint: '删掉多余的内容（括号要一一成对）。' });
  } catch (error) {
    if (error instanceof Slip) return error.slip;
    throw error;
  }
  return { at: 0, message: 'JSON 格式不对', hint: '检查括号、逗号和引号。' };
}

/** A JSON syntax error as a problem: file, line, column, the line itself and what to do. */
export function jsonSyntaxProblem(file: string, text: string, error: Error): Problem {
  const slip = jsonSlip(text);
  const before = text.slice(0, slip.at).split('\n');
  const line = before.length;
  return {
    file,
    line,
    column: [...before.at(-1)!].length + 1,
    source: text.split('\n')[line - 1] ?? '',
    message: `JSON 格式不对，文件读不出来：${slip.message}`,
    hint: slip.hint,
    en: `not valid JSON: ${error.message.split('\n')[0]}`,
  };
}
