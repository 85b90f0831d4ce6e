/**
 * Rehype plugin: links each figure's sentence in the text to its chart, both
 * ways. In every paragraph that states a dataset value, the sentence is wrapped
 * in `<span class="source-sentence">` holding an empty `<span id="q-<dataset>-<key>">`
 * (the target of links from tables and tooltips), and the quoted words become a
 * link to the chart. Only elements are added: the paragraph's text is unchanged.
 */
import path from 'node:path';
import type { IdentifiedDataset } from '../schemas/dataset';
import { readDatasetFiles } from '../data/dataset-files';
import { datasetAnchor, valueAnchor, valueSource } from '../data/dataset-view';
import { sentenceRanges } from '../report/sentences';
import { dataPageHref, reportFolder } from '../report/paths';
import { draftsHidden, isDraftReport } from '../report/drafts';

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[] };

/** A value whose quote is in the file being compiled. */
interface QuotedValue {
  dataset: IdentifiedDataset;
  key: string;
  quote: string;
}

export interface RehypeSourceLinksOptions {
  /** The project root; a report's datasets are read from `<root>/content/reports/<report>/data`. */
  root?: string;
  /** The site's base path, for links to the data page. */
  base?: string;
  /** Datasets to use instead of reading the report's (tests). */
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

/** Rebuilds one paragraph's text as sentences, wrapping those that state values. */
function linkParagraph(
  text: string,
  values: QuotedValue[],
  currentFile: string,
  reportId: string,
  options: RehypeSourceLinksOptions,
) {
  const found = values
    .map((value) => ({ ...value, at: text.indexOf(value.quote) }))
    .filter((value) => value.at >= 0)
    .sort((a, b) => a.at - b.at || b.quote.length - a.quote.length);
  if (!found.length) return { children: undefined, found };
  // Sentences, merged where a quote runs across a sentence end.
  const ranges: Array<[number, number]> = [];
  for (const [from, to] of sentenceRanges(text)) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] > from) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
    const current = ranges[ranges.length - 1]!;
    for (const value of found) {
      if (value.at >= current[0] && value.at < current[1])
        current[1] = Math.max(current[1], value.at + value.quote.length);
    }
  }
  const children: HastNode[] = [];
  for (const [from, to] of ranges) {
    const inSentence = found.filter((value) => value.at >= from && value.at < to);
    if (!inSentence.length) {
      children.push({ type: 'text', value: text.slice(from, to) });
      continue;
    }
    const parts: HastNode[] = inSentence.map((value) =>
      element('span', { id: valueAnchor(value.dataset.id, value.key), className: ['source-anchor'] }),
    );
    let cursor = from;
    for (const value of inSentence) {
      if (value.at < cursor) continue; // overlaps a quote already linked: its anchor is enough
      if (value.at > cursor) parts.push({ type: 'text', value: text.slice(cursor, value.at) });
      const samePage = value.dataset.source === currentFile;
      const href = samePage
        ? `#${datasetAnchor(value.dataset.id)}`
        : `${dataPageHref(reportId, options.base ?? '/')}#${datasetAnchor(value.dataset.id)}`;
      parts.push(
        element(
          'a',
          {
            href,
            className: ['source-number'],
            // A function replacement: a title holding `$&` or `$'` is inserted as written, not expanded.
            title: (options.linkTitle ?? '{title}').replace('{title}', () => value.dataset.title),
            dataDataset: value.dataset.id,
          },
          [{ type: 'text', value: value.quote }],
        ),
      );
      cursor = value.at + value.quote.length;
    }
    if (cursor < to) parts.push({ type: 'text', value: text.slice(cursor, to) });
    children.push(element('span', { className: ['source-sentence'] }, parts));
  }
  return { children, found };
}

/** The plugin. Fails the build when a quote said to be in this file is not in any of its paragraphs. */
export function rehypeSourceLinks(options: RehypeSourceLinksOptions = {}) {
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
    const datasets = options.datasets ?? readDatasetFiles(path.join(root, folder, 'data'), `${folder}/data`);
    const values: QuotedValue[] = datasets.flatMap((dataset) =>
      dataset.values
        .filter((value) => valueSource(dataset, value) === relative)
        .map((value) => ({ dataset, key: value.key, quote: value.quote })),
    );
    if (!values.length) return;
    const linked = new Set<QuotedValue>();
    const visit = (node: HastNode) => {
      if (node.type === 'element' && (node as HastElement).tagName === 'p') {
        const paragraph = node as HastElement;
        if (paragraph.children.every((child) => child.type === 'text')) {
          const text = paragraph.children.map((child) => (child as HastText).value).join('');
          const result = linkParagraph(text, values, relative, reportId, options);
          if (result.children) paragraph.children = result.children;
          result.found.forEach((value) =>
            linked.add(values.find((v) => v.dataset === value.dataset && v.key === value.key)!),
          );
        }
        return;
      }
      (node as { children?: HastNode[] }).children?.forEach(visit);
    };
    visit(tree);
    const missing = values.filter((value) => !linked.has(value));
    if (missing.length) {
      throw new Error(
        missing
          .map(
            (value) =>
              `${folder}/data/${value.dataset.id}.json: dataset "${value.dataset.id}": value "${value.key}": quote "${value.quote}" is not in a paragraph of ${folder}/${relative}`,
          )
          .join('\n'),
      );
    }
  };
}
