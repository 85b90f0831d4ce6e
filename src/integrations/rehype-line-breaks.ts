/**
 * Rehype plugin: line breaking as clreq asks, in the text editors write (src/typesetting/line-breaks.ts).
 * Runs last, on the finished tree; only elements are added, never a character changed.
 *
 * - Every number with its unit (10亿元, 59个, 8GW) is kept on one line: `<span class="unbroken number">`.
 *   Browsers otherwise break between a digit and a Chinese character (10 | 亿元). In a sentence a figure
 *   cites, the number is what carries the link's mark at rest (src/styles/charts.css).
 * - A paragraph's last word, with a one-character word before it and the stop after it, is kept on one
 *   line too, so the last line never holds a lone character (卷。). `text-wrap: pretty` does this where
 *   it keeps the text justified (Chromium); WebKit sets a `pretty` paragraph ragged and Firefox has no
 *   `pretty`, so the tail is held together here, in every engine.
 */
import { lastLineTail, noLineStart, numberClass, unbrokenClass, unbrokenNumbers } from '../typesetting/line-breaks';
import type { HastElement, HastNode, HastText } from './hast';

const isElement = (node: HastNode | undefined): node is HastElement => node?.type === 'element';
/** Elements whose text is not running text: code, scripts, drawings, footnote marks. */
const skipped = new Set(['code', 'pre', 'script', 'style', 'svg', 'math', 'sup']);
const isUnbroken = (node: HastElement) =>
  Array.isArray(node.properties.className) && node.properties.className.includes(unbrokenClass);

/** A run held on one line; a number with its unit also carries `numberClass` (the mark a cited figure gets). */
const unbroken = (text: string, number = false): HastElement => ({
  type: 'element',
  tagName: 'span',
  properties: { className: number ? [unbrokenClass, numberClass] : [unbrokenClass] },
  children: [{ type: 'text', value: text }],
});

/** A text node and where it stands: its parent and its index there. */
interface TextPlace {
  parent: HastElement;
  index: number;
  text: string;
}

/** The text nodes of `node` a reader sees, in order (not inside a footnote mark or code). */
function textPlaces(node: HastElement, places: TextPlace[] = []): TextPlace[] {
  node.children.forEach((child, index) => {
    if (child.type === 'text') places.push({ parent: node, index, text: (child as HastText).value });
    else if (isElement(child) && !skipped.has(child.tagName)) textPlaces(child, places);
  });
  return places;
}

/**
 * Holds a paragraph's tail together: the text node its last word stands in, cut where the tail starts.
 * When the paragraph ends in closing marks after a link (…成长型工业企业”</a>。), the tail is the link's
 * last word: no line may begin with a closing mark, so the marks stay on its line.
 */
function holdTail(paragraph: HastElement) {
  const places = textPlaces(paragraph).filter((place) => place.text.trim());
  let place = places.pop();
  while (place && [...place.text.trim()].every((character) => noLineStart.has(character))) place = places.pop();
  if (!place) return;
  const text = place.text.trimEnd();
  const start = lastLineTail(text);
  if (start === undefined || start === 0) return;
  const rest = place.text.slice(text.length);
  place.parent.children.splice(
    place.index,
    1,
    { type: 'text', value: text.slice(0, start) },
    unbroken(text.slice(start)),
    ...(rest ? [{ type: 'text', value: rest } as HastText] : []),
  );
}

/** Wraps each number with its unit in the text under `node` (not already held together). */
function holdNumbers(node: HastNode) {
  const children = (node as { children?: HastNode[] }).children;
  if (!children) return;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type === 'text') {
      const pieces = unbrokenNumbers((child as HastText).value);
      if (pieces.length === 1) continue;
      const replaced: HastNode[] = pieces.map((piece) =>
        piece.unbroken ? unbroken(piece.text, true) : { type: 'text', value: piece.text },
      );
      children.splice(index, 1, ...replaced);
      index += replaced.length - 1;
    } else if (!isElement(child) || (!skipped.has(child.tagName) && !isUnbroken(child))) {
      holdNumbers(child);
    }
  }
}

export function rehypeLineBreaks() {
  return (tree: HastNode) => {
    const paragraphs: HastElement[] = [];
    const find = (node: HastNode) => {
      if (isElement(node) && node.tagName === 'p') paragraphs.push(node);
      for (const child of (node as { children?: HastNode[] }).children ?? []) find(child);
    };
    find(tree);
    paragraphs.forEach(holdTail);
    holdNumbers(tree);
  };
}
