/** Sentences of Chinese running text: where a quote sits, and the whole sentence around it. */

/** Start and end offsets of each sentence in `text`; a closing quote stays with its sentence. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(/[^。！？\n]+(?:[。！？]+”?|$)/gm)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  // Contiguous: whatever the pattern skipped (a stray mark, a line break) joins the sentence after it.
  ranges.forEach((range, index) => (range[0] = index === 0 ? 0 : ranges[index - 1]![1]));
  if (ranges.length) ranges[ranges.length - 1]![1] = text.length;
  return ranges;
}

/** The offsets of the sentence (or run of sentences) containing text[start, end). */
export function sentenceSpan(text: string, start: number, end: number): [number, number] {
  const ranges = sentenceRanges(text);
  const first = ranges.find(([, to]) => to > start) ?? [start, end];
  const last = [...ranges].reverse().find(([from]) => from < end) ?? [start, end];
  return [Math.min(first[0], start), Math.max(last[1], end)];
}

/** The sentence of `text` that contains `quote`, trimmed; undefined when the quote is not there. */
export function sentenceOf(text: string, quote: string): string | undefined {
  const at = text.indexOf(quote);
  if (at === -1) return undefined;
  const [from, to] = sentenceSpan(text, at, at + quote.length);
  return text.slice(from, to).trim();
}
