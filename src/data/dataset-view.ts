/**
 * How datasets meet the text: anchors, the sentence each value comes from, and
 * the rows of a data table. Pure, so the tests run it without Astro.
 */
import type { DatasetValue, IdentifiedDataset } from '../schemas/dataset';
import type { ChartInput } from '../charts/chart-input';
import { formatValue } from './format';
import { computeDerived, formatComputed, formulaText } from './derived';
import { mdxParagraphs } from './mdx-text';
import { findQuote } from './text-match';
import { sentenceSpan } from '../report/sentences';
import { lineBreaks } from '../typesetting/line-breaks';

/** The sentence of the running text of an MDX source that holds `quote` (matching rules of text-match.ts). */
function sentenceIn(source: string, quote: string): string | undefined {
  for (const paragraph of mdxParagraphs(source)) {
    const at = findQuote(paragraph, quote);
    if (!at) continue;
    const [from, to] = sentenceSpan(paragraph, at.start, at.end);
    return paragraph.slice(from, to).trim();
  }
  return undefined;
}

/** Id of the figure that shows a dataset: the target of links from the text. */
export const datasetAnchor = (datasetId: string) => `dataset-${datasetId}`;

/** Id of the marker inside the sentence a value comes from: the target of links from tables and tooltips. */
export const valueAnchor = (datasetId: string, key: string) => `q-${datasetId}-${key}`;

/** The MDX file (under content/) a value's quote is in. */
export const valueSource = (dataset: IdentifiedDataset, value: DatasetValue) => value.source ?? dataset.source;

/** Finds a page for an MDX file: its path on the site (with base) and its title. */
export type PageFor = (source: string) => { href: string; title: string; order: number };

/** One row of a data table. */
export interface TableRow {
  key: string;
  label: string;
  /** The figure with its unit, as the article writes it (or as computed). */
  value: string;
  /** Stated by the article, or calculated by the site. */
  kind: 'stated' | 'calculated';
  /** The quote (stated) or the formula (calculated). */
  quote: string;
  /** The whole sentence the quote is in (stated only). */
  sentence?: string;
  /** Link to the sentence in the text (stated only). */
  href?: string;
  note?: string;
}

/** The rows of a dataset's table: the stated values, then the calculated ones. */
export function tableRows(
  dataset: IdentifiedDataset,
  readSource: (source: string) => string | undefined,
  pageFor: PageFor,
): TableRow[] {
  const stated: TableRow[] = dataset.values.map((value) => {
    const source = valueSource(dataset, value);
    const text = readSource(source);
    return {
      key: value.key,
      label: value.label,
      value: formatValue(value),
      kind: 'stated',
      quote: value.quote,
      sentence: text === undefined ? undefined : sentenceIn(text, value.quote),
      href: `${pageFor(source).href}#${valueAnchor(dataset.id, value.key)}`,
      note: value.note,
    };
  });
  const calculated: TableRow[] = computeDerived(dataset).map((figure) => ({
    key: figure.key,
    label: figure.label,
    value: formatComputed(figure),
    kind: 'calculated',
    quote: formulaText(figure),
  }));
  return [...stated, ...calculated];
}

/** What a chart needs in the browser: the dataset and each value's sentence, link and written figure. */
export function chartInput(dataset: IdentifiedDataset, rows: readonly TableRow[]): ChartInput {
  const sentences: ChartInput['sentences'] = {};
  const values: ChartInput['values'] = {};
  for (const row of rows) {
    if (row.kind !== 'stated') continue;
    sentences[row.key] = { sentence: row.sentence ?? row.quote, href: row.href ?? '' };
    values[row.key] = row.value;
  }
  const labelBreaks = Object.fromEntries(
    dataset.values.map((value) => [value.key, [...lineBreaks(value.label), value.label.length]]),
  );
  return { dataset, sentences, values, labelBreaks };
}
