/**
 * Characters no editor means to type and no reader can see: zero-width spaces and joiners, soft
 * hyphens, word joiners, a byte-order mark in the middle of a file (pasted from a web page, a PDF or
 * Word). In a paragraph they break lines and searches where readers see nothing; between `]` and `(`
 * one turns a link into text; in a quote they make it differ from the text though both look the same.
 * So every editor's file is read without them (src/files/editor-text.ts), and a note names each one
 * removed, shown as ⟨U+200B⟩ in its line, with the file's own line and column.
 *
 * Also read away: full-width spaces at the start of an MDX paragraph (U+3000 ×2, Word's first-line
 * indent), which would indent that paragraph alone; one note per file names the lines.
 */
import type { Problem } from '../errors';

/** The invisible characters removed, with their names for the note. */
export const invisibleCharacters: Readonly<Record<string, string>> = {
  '\u00ad': '软连字符',
  '\u180e': '蒙古文元音分隔符',
  '\u200b': '零宽空格',
  '\u200c': '零宽不连字',
  '\u200d': '零宽连字',
  '\u200e': '从左到右标记',
  '\u200f': '从右到左标记',
  '\u2060': '单词连接符',
  '\u2061': '不可见函数符',
  '\u2062': '不可见乘号',
  '\u2063': '不可见分隔符',
  '\u2064': '不可见加号',
  '\ufeff': '字节顺序标记（BOM）',
};

const invisible = new RegExp(`[${Object.keys(invisibleCharacters).join('')}]`, 'gu');

/** A character as a note shows it: ⟨U+200B⟩. */
export const visibleCode = (char: string) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** Whether `text` holds an invisible character. */
export const hasInvisible = (text: string) => new RegExp(invisible.source, 'u').test(text);

/** A stretch of a long line around a column, with its invisible characters shown. */
function excerpt(line: string, column: number): { text: string; column: number } {
  const chars = [...line];
  const from = Math.max(0, column - 1 - 30);
  const to = Math.min(chars.length, column + 40);
  const shown = (part: string[]) => part.map((char) => (invisibleCharacters[char] ? visibleCode(char) : char)).join('');
  const head = (from > 0 ? '…' : '') + shown(chars.slice(from, column - 1));
  return {
    text: head + shown(chars.slice(column - 1, to)) + (to < chars.length ? '…' : ''),
    column: [...head].length + 1,
  };
}

/** Frontmatter of an MDX text (its lines are YAML: no paragraph starts there). */
const frontmatter = /^---\n[\s\S]*?\n---(?=\n|$)/;

/**
 * `text` (an editor's file, named `file`) without invisible characters and, in an MDX body, without
 * full-width spaces at the start of a line; with a note for what was removed. Lines stay where they are.
 */
export function cleanEditorText(text: string, file: string): { text: string; notes: Problem[] } {
  const notes: Problem[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(invisible)) {
      const column = [...line.slice(0, match.index)].length + 1;
      const shown = excerpt(line, column);
      notes.push({
        file,
        line: index + 1,
        column,
        source: shown.text,
        sourceColumn: shown.column,
        message: `这里有一个看不见的字符 ${visibleCode(match[0])}（${invisibleCharacters[match[0]]}），读者看不见它，它却会让链接、引文核对和换行出错：网站已经把它去掉`,
        hint: '不用改：网页上没有它。想让文件也干净，把这一处删掉再保存（它常常来自从网页、PDF 或 Word 复制的文字）。',
        en: `invisible ${visibleCode(match[0])} removed`,
      });
    }
  });
  let cleaned = text.replace(invisible, '');
  if (file.endsWith('.mdx')) {
    const head = frontmatter.exec(cleaned)?.[0] ?? '';
    // The body's first piece is the rest of the frontmatter's last line (or, without one, line 1).
    const lineOf = (index: number) => (head ? head.split('\n').length + index : index + 1);
    const indented: number[] = [];
    const body = cleaned
      .slice(head.length)
      .split('\n')
      .map((line, index) => {
        const indent = /^[\u3000 ]*\u3000[\u3000 ]*/.exec(line)?.[0];
        if (!indent) return line;
        indented.push(lineOf(index));
        return line.slice(indent.length);
      });
    if (indented.length) {
      cleaned = head + body.join('\n');
      notes.push({
        file,
        line: indented[0]!,
        message: `第 ${indented.join('、')} 行开头有全角空格（Word 的首行缩进）：网站已经去掉，每段都和别的段落一样不缩进`,
        hint: '不用改：段落的样式由网站统一设定。想让文件也干净，删掉这些行开头的空格。',
        en: `full-width spaces at the start of ${indented.length} line(s) removed`,
      });
    }
  }
  return { text: cleaned, notes };
}

/**
 * Emoji: pictures a font draws, not characters of the article. The site's fonts have none, so an
 * emoji in a title leaves a gap in its share card and chart images, and each phone draws it its own
 * way. An emoji (a character shown as a picture by default, or any pictograph followed by U+FE0F), with
 * the joiners and modifiers of its sequence, is one problem, named by its line and column.
 */
const emojiSequence =
  /(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:[\u{1F3FB}-\u{1F3FF}\uFE0F]|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic})\uFE0F?)*/gu;

/** A problem for each emoji in `text` (an editor's file named `file`). */
export function emojiProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(emojiSequence)) {
      const column = [...line.slice(0, match.index)].length + 1;
      const shown = excerpt(line, column);
      const codes = [...match[0]].map((char) => visibleCode(char).slice(1, -1)).join(' ');
      problems.push({
        file,
        line: index + 1,
        column,
        source: shown.text,
        sourceColumn: shown.column,
        message: `这里有表情符号“${match[0]}”（${codes}）：网站的字体里没有表情符号，分享图和图表图片上会缺字，各种手机显示得也不一样`,
        hint: '删掉它，或者换成文字（原报道里没有表情符号）。',
        en: `emoji ${codes}: the site's fonts have none`,
      });
    }
  });
  return problems;
}
