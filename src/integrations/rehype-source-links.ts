/**
 * Rehype plugin: links each figure's sentence in the text to its chart, both
 * ways. In every paragraph that states a dataset value, the sentence is wrapped
 * in `<span class="source-sentence">` holding an empty `<span id="q-<dataset>-<key>">`
 * (the target of links from tables and tooltips), and the quoted words become a
 * link to the chart. Only elements are added: the paragraph's text is unchanged.
 * Paragraphs are read as text (bold, italic, links, line breaks and footnote marks
 * do not count), under the same matching rules as the provenance check.
 */
import path from 'node:path';
import type { IdentifiedDataset } from '../schemas/dataset';
import { reportDatasets } from '../data/datasets';
import { loadReport } from '../files/report-loader';
import { missingQuoteProblem } from '../data/provenance';
import { datasetAnchor, valueAnchor, valueSource } from '../data/dataset-view';
import { sentenceRanges } from '../report/sentences';
import { findQuote } from '../data/text-match';
import { editorError } from '../errors';
import { dataPageHref } from '../report/paths';
import { reportFolder } from '../files/report-files';
import { draftsHidden, isDraftReport } from '../report/drafts';
import { requiredBase } from '../report/deploy';
import { fillUi } from '../report/ui-format';
import type { HastElement, HastNode, HastText } from './hast';

/** A value whose quote is in the file being compiled. */
interface QuotedValue {
  dataset: IdentifiedDataset;
  key: string;
  quote: string;
}

export interface RehypeSourceLinksOptions {
  /** The project root; a report's datasets are read from `<root>/content/reports/<report>/data`. */
  root?: string;
  /** The site's base path, for links to the data page (required: astro.config.mjs passes the deploy's). */
  base: string;
  /** Datasets to use instead of reading them (tests). */
  datasets?: IdentifiedDataset[];
  /** Template of the link title; `{title}` is the chart's title. */
  linkTitle?: string;
}

const element = (tagName: string, properties: Record<string, unknown>, children: HastNode[] = []): HastElement => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** A footnote mark (`[^1]` renders as <sup><a data-footnote-ref>1</a></sup>): not part of the sentence's text. */
const isFootnoteRef = (node: HastNode) =>
  node.type === 'element' &&
  (node as HastElement).tagName === 'sup' &&
  (node as HastElement).children.some(
    (child) => child.type === 'element' && (child as HastElement).properties.dataFootnoteRef !== undefined,
  );

/** Length of a node's text as the provenance check reads it (footnote marks count as nothing). */
function lengthOf(node: HastNode): number {
  if (node.type === 'text') return (node as HastText).value.length;
  if (isFootnoteRef(node)) return 0;
  return ((node as { children?: HastNode[] }).children ?? []).reduce((sum, child) => sum + lengthOf(child), 0);
}

/** The text of inline nodes (footnote marks left out). */
function textOf(nodes: readonly HastNode[]): string {
  return nodes
    .map((node) =>
      node.type === 'text'
        ? (node as HastText).value
        : isFootnoteRef(node)
          ? ''
          : textOf((node as { children?: HastNode[] }).children ?? []),
    )
    .join('');
}

/**
 * The part of inline `nodes` that holds text [from, to): text nodes cut, elements that straddle
 * an edge copied with their children cut the same way (so **bold** across a sentence end stays
 * bold on both sides). A node without text (a line break, a footnote mark) goes with the range it
 * sits in; at the very end of the paragraph (`last`), with the last range.
 */
function slice(nodes: readonly HastNode[], from: number, to: number, last: boolean): HastNode[] {
  const out: HastNode[] = [];
  let position = 0;
  for (const node of nodes) {
    const length = lengthOf(node);
    const start = position;
    const end = position + length;
    position = end;
    if (length === 0) {
      if ((start >= from && start < to) || (last && start === to)) out.push(node);
      continue;
    }
    if (end <= from || start >= to) continue;
    if (node.type === 'text') {
      out.push({ type: 'text', value: (node as HastText).value.slice(Math.max(0, from - start), to - start) });
    } else if (start >= from && end <= to) {
      out.push(node);
    } else {
      const element = node as HastElement;
      out.push({
        ...element,
        properties: { ...element.properties },
        children: slice(element.children, from - start, to - start, last && end <= to),
      });
    }
  }
  return out;
}

const containsLink = (nodes: readonly HastNode[]): boolean =>
  nodes.some(
    (node) =>
      node.type === 'element' &&
      ((node as HastElement).tagName === 'a' || containsLink((node as HastElement).children)),
  );

/** Rebuilds one paragraph's inline content as sentences, wrapping those that state values. */
function linkParagraph(
  inline: readonly HastNode[],
  values: QuotedValue[],
  currentFile: string,
  reportId: string,
  options: RehypeSourceLinksOptions,
) {
  const text = textOf(inline);
  const found = values
    .map((value) => ({ ...value, range: findQuote(text, value.quote) }))
    .filter((value): value is QuotedValue & { range: { start: number; end: number } } => value.range !== undefined)
    .map((value) => ({ ...value, at: value.range.start, end: value.range.end }))
    .sort((a, b) => a.at - b.at || b.end - a.end);
  if (!found.length) return { children: undefined, found };
  // Sentences, merged where a quote runs across a sentence end.
  const ranges: Array<[number, number]> = [];
  for (const [from, to] of sentenceRanges(text)) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] > from) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
    const current = ranges[ranges.length - 1]!;
    for (const value of found) {
      if (value.at >= current[0] && value.at < current[1]) current[1] = Math.max(current[1], value.end);
    }
  }
  const children: HastNode[] = [];
  ranges.forEach(([from, to], rangeIndex) => {
    const last = rangeIndex === ranges.length - 1;
    const inSentence = found.filter((value) => value.at >= from && value.at < to);
    if (!inSentence.length) {
      children.push(...slice(inline, from, to, last));
      return;
    }
    const parts: HastNode[] = inSentence.map((value) =>
      element('span', { id: valueAnchor(value.dataset.id, value.key), className: ['source-anchor'] }),
    );
    let cursor = from;
    for (const value of inSentence) {
      if (value.at < cursor) continue; // overlaps a quote already linked: its anchor is enough
      if (value.at > cursor) parts.push(...slice(inline, cursor, value.at, false));
      const quoted = slice(inline, value.at, value.end, false);
      const samePage = value.dataset.source === currentFile;
      const href = samePage
        ? `#${datasetAnchor(value.dataset.id)}`
        : `${dataPageHref(reportId, options.base)}#${datasetAnchor(value.dataset.id)}`;
      // A quote that already holds a link keeps it (a link inside a link is not allowed).
      if (containsLink(quoted)) parts.push(...quoted);
      else
        parts.push(
          element(
            'a',
            {
              href,
              className: ['source-number'],
              // fillUi inserts the title as written (a title holding `$&` or `$'` is not expanded).
              title: fillUi(options.linkTitle ?? '{title}', { title: value.dataset.title }),
            },
            quoted,
          ),
        );
      cursor = value.end;
    }
    if (cursor < to || last) parts.push(...slice(inline, cursor, to, last));
    children.push(element('span', { className: ['source-sentence'] }, parts));
  });
  return { children, found };
}

/** The plugin. Fails the build when a quote said to be in this file is not in any of its paragraphs. */
export function rehypeSourceLinks(given: RehypeSourceLinksOptions) {
  const options = { ...given, base: requiredBase(given?.base, 'rehypeSourceLinks') };
  const root = options.root ?? process.cwd();
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const filePath = file.path ?? file.history?.[0];
    if (!filePath) return;
    // content/reports/<report>/<relative>: datasets quote only their own report's files.
    const inReports = path
      .relative(path.join(root, 'content', 'reports'), filePath)
      .split(path.sep)
      .join('/');
    const match = inReports.match(/^([^/.][^/]*)\/(.+)$/);
    if (!match) return;
    const [, reportId, relative] = match as unknown as [string, string, string];
    const folder = reportFolder(reportId);
    // A draft is not published by a production build: its half-checked figures must not stop a deploy.
    if (!options.datasets && draftsHidden() && isDraftReport(path.join(root, folder))) return;
    const datasets = options.datasets ?? reportDatasets(root, reportId);
    const values: QuotedValue[] = datasets.flatMap((dataset) =>
      dataset.values
        .filter((value) => valueSource(dataset, value) === relative)
        .map((value) => ({ dataset, key: value.key, quote: value.quote })),
    );
    if (!values.length) return;
    const linked = new Set<QuotedValue>();
    const paragraphTexts: string[] = [];
    const visit = (node: HastNode) => {
      if (node.type === 'element' && (node as HastElement).properties.dataFootnotes !== undefined) return;
      if (node.type === 'element' && (node as HastElement).tagName === 'p') {
        const paragraph = node as HastElement;
        paragraphTexts.push(textOf(paragraph.children));
        const result = linkParagraph(paragraph.children, values, relative, reportId, options);
        if (result.children) paragraph.children = result.children;
        result.found.forEach((value) =>
          linked.add(values.find((v) => v.dataset === value.dataset && v.key === value.key)!),
        );
        return;
      }
      (node as { children?: HastNode[] }).children?.forEach(visit);
    };
    visit(tree);
    const missing = values.filter((value) => !linked.has(value));
    if (missing.length) {
      throw editorError(
        missing.map((value) =>
          missingQuoteProblem(
            value.dataset,
            value,
            relative,
            paragraphTexts,
            folder,
            options.datasets ? undefined : loadReport(root, reportId).read(`data/${value.dataset.id}.json`),
          ),
        ),
      );
    }
  };
}
