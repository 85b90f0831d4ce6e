/**
 * The editors' guide (docs/编辑指南.md) quotes the build's messages so an editor recognises them. Each
 * quoted line (`✗ …`, `问题：…`, `怎么改：…`; a trailing …… quotes the start of a line) must be one the
 * build really prints: it is looked up in the catalogue's snapshots of whole messages
 * (tests/content/__snapshots__/, tests/build/__snapshots__/), so a quote of a hint the code never
 * printed fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';

/** Line and column numbers depend on the example the guide shows; the words must not. */
const withoutPlace = (line: string) => line.replace(/ 第 \d+ 行(?:第 \d+ 列)?/, ' 第 N 行');

const guide = readFileSync(path.join(projectRoot, 'docs/编辑指南.md'), 'utf8');
/** The messages a snapshot file holds (a message, or a list of them), as the build prints them. */
function snapshotMessages(file: string): string[] {
  const values: Record<string, string> = {};
  new Function('exports', readFileSync(path.join(projectRoot, file), 'utf8'))(values);
  return Object.values(values).flatMap((value) => {
    const text = value.trim();
    // Vitest writes a string in double quotes, a list as `[ "…", ]`, neither escaped.
    if (text.startsWith('[')) return [...text.matchAll(/^\s*"([\s\S]*?)",$/gm)].map((match) => match[1]!);
    return [text.slice(1, -1)];
  });
}

/** Every line of every snapshot, as an editor sees it, places as N. */
const printed = [
  'tests/content/__snapshots__/bad-input.test.ts.snap',
  'tests/build/__snapshots__/bad-input.test.ts.snap',
]
  .flatMap(snapshotMessages)
  .flatMap((message) => message.split('\n'))
  .map((line) => withoutPlace(line.trim()));

/** The message lines the guide quotes, in backticks (in a table cell or a code block). */
export function quotedMessages(markdown: string): string[] {
  const inline = [...markdown.matchAll(/`((?:✗ |问题：|怎么改：)[^`]+)`/g)].map((match) => match[1]!);
  const blocks = [...markdown.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].flatMap((match) =>
    match[1]!.split('\n').filter((line) => /^\s*(?:✗ |问题：|怎么改：)/.test(line)),
  );
  return [...inline, ...blocks].map((line) => line.trim());
}

/** Whether `quote` is a line the build prints (a quote ending in …… is the start of one). */
const isPrinted = (quote: string) => {
  const start = withoutPlace(quote).replace(/……$/, '');
  const hint = start.replace(/^怎么改：/, '');
  return printed.some(
    (line) =>
      line === start ||
      (quote.endsWith('……') && line.startsWith(start)) ||
      line === hint ||
      (quote.endsWith('……') && line.startsWith(hint) && hint !== start),
  );
};

describe('quotedMessages', () => {
  it('finds quoted message lines in table cells and code blocks', () => {
    expect(quotedMessages('| x | `✗ a.mdx`<br>`问题：错了` |\n\n```\n✗ b.mdx\n  怎么改：改\n```\n')).toEqual([
      '✗ a.mdx',
      '问题：错了',
      '✗ b.mdx',
      '怎么改：改',
    ]);
  });
});

describe("the editors' guide", () => {
  const quotes = quotedMessages(guide);

  it('quotes the build’s messages', () => {
    expect(quotes.length).toBeGreaterThan(20);
  });

  it('quotes only messages the build prints, word for word', () => {
    expect(quotes.filter((quote) => !isPrinted(quote))).toEqual([]);
  });
});
