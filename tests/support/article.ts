/**
 * Reads the source article (tests/fixtures/article.txt, a copy of the report as
 * extracted from the printed page) and mends it as the source README describes:
 * layout lines (captions, headline, section and note titles) are set aside, and
 * a line that ends without closing punctuation runs on into the next non-empty one.
 */
import { readFileSync } from 'node:fs';

const text = readFileSync(new URL('../fixtures/article.txt', import.meta.url), 'utf8');
/** The article's lines, numbered from 1 as in the source README. */
export const articleLines = text.split('\n');
const line = (n: number) => (articleLines[n - 1] ?? '').trim();

/** Line numbers of layout debris that is not running text (source README table). */
const captionLines = [15, 37, 57, 80, 84, 88];
const headlineLine = 17;
const sectionTitleLines = [19, 39, 59];
const noteTitleLine = 94;

export const captions = captionLines.map(line);
const [headline, kicker] = line(headlineLine).split(/\s*——/) as [string, string];
export { headline, kicker };
export const sectionTitles = sectionTitleLines.map(line);
/** 涵养好生态 培育好企业, without its 记者手记： label. */
export const noteTitle = line(noteTitleLine).replace(/^记者手记：\s*/, '');
export const noteLabel = '记者手记';

const layoutLines = new Set([...captionLines, headlineLine, ...sectionTitleLines, noteTitleLine]);
const closing = /[。！？”…；]$/;

/** The article's paragraphs in reading order, page breaks mended. */
export const paragraphs: string[] = (() => {
  const result: string[] = [];
  let current = '';
  articleLines.forEach((raw, index) => {
    const content = raw.trim();
    if (!content || layoutLines.has(index + 1)) return;
    current += content;
    if (closing.test(content)) {
      result.push(current);
      current = '';
    }
  });
  if (current) result.push(current);
  return result;
})();

/** Splits a paragraph into sentences, keeping closing quotes with their sentence. */
export function splitSentences(paragraph: string): string[] {
  return (
    paragraph
      .match(/[^。！？]+(?:[。！？]+”?|$)/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  );
}

/** Every sentence of the article, in reading order. */
export const sentences: string[] = paragraphs.flatMap(splitSentences);
