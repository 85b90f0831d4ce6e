/**
 * Downloads: CSV (UTF-8 with a byte-order mark, so Excel opens Chinese
 * correctly), JSON, and the Frictionless Data Package that lists them.
 */
import type { IdentifiedDataset } from '../schemas/dataset';
import { formatValue } from './format';
import { computeDerived, formatComputed, formulaText } from './derived';

/** The byte-order mark Excel needs to read a CSV as UTF-8. */
export const BOM = '\uFEFF';

/** The CSV columns, with their Frictionless field types and descriptions. */
export const csvFields = [
  { name: 'key', type: 'string', description: 'Identifier of the figure within the dataset' },
  { name: 'label', type: 'string', description: 'What the figure is' },
  { name: 'kind', type: 'string', description: 'stated (in the article) or calculated (from its figures)' },
  { name: 'value', type: 'number', description: 'The number; empty for a range or for N' },
  { name: 'value_low', type: 'number', description: 'Low end of a range' },
  { name: 'value_high', type: 'number', description: 'High end of a range' },
  { name: 'unit', type: 'string', description: 'Unit as the article writes it' },
  { name: 'qualifier', type: 'string', description: '超, 超过, 约, 达 or 及以下, as the article writes it' },
  { name: 'as_written', type: 'string', description: 'The figure as the article writes it, with its unit' },
  { name: 'quote', type: 'string', description: 'The exact words of the article (or the formula, when calculated)' },
  { name: 'source', type: 'string', description: 'The MDX file of the article the quote is in' },
] as const;

type CsvRow = Record<(typeof csvFields)[number]['name'], string>;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"):
 * `= + - @`, tab and carriage return, and their full-width forms, which some CJK
 * spreadsheets also accept.
 */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A plain number as `String(number)` writes it: the one thing a number column holds. */
const plainNumber = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/;

/**
 * One CSV cell. A text that a spreadsheet would run as a formula gets a leading `'`, as OWASP
 * advises, so it shows as text; a number in a number column stays a number. Cells holding a
 * comma, a quotation mark or a line end are quoted (RFC 4180). Only the CSV is changed: the
 * JSON download keeps every value exactly as written.
 */
export function csvCell(text: string, type: 'string' | 'number' = 'string'): string {
  const safe = formulaStart.test(text) && !(type === 'number' && plainNumber.test(text)) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The value, value_low and value_high cells: a number fills `value`, a range the other two, N none. */
function valueColumns(value: unknown): Pick<CsvRow, 'value' | 'value_low' | 'value_high'> {
  return {
    value: typeof value === 'number' ? String(value) : '',
    value_low: Array.isArray(value) ? String(value[0]) : '',
    value_high: Array.isArray(value) ? String(value[1]) : '',
  };
}

/** One CSV row per stated value and per calculated figure. */
function csvRows(dataset: IdentifiedDataset, folder = 'content'): CsvRow[] {
  const stated = dataset.values.map((value) => ({
    key: value.key,
    label: value.label,
    kind: 'stated',
    ...valueColumns(value.value),
    unit: value.unit,
    qualifier: value.qualifier ?? '',
    as_written: formatValue(value),
    quote: value.quote,
    source: `${folder}/${value.source ?? dataset.source}`,
  }));
  const calculated = computeDerived(dataset).map((figure) => ({
    key: figure.key,
    label: figure.label,
    kind: 'calculated',
    ...valueColumns(figure.value),
    unit: figure.unit,
    qualifier: '',
    as_written: formatComputed(figure),
    quote: formulaText(figure),
    source: '',
  }));
  return [...stated, ...calculated];
}

/** The dataset as CSV text, with a byte-order mark and CRLF line ends (RFC 4180). */
export function datasetCsv(dataset: IdentifiedDataset, folder = 'content'): string {
  const header = csvFields.map((field) => csvCell(field.name)).join(',');
  const rows = csvRows(dataset, folder).map((row) =>
    csvFields.map((field) => csvCell(row[field.name], field.type)).join(','),
  );
  return BOM + [header, ...rows].join('\r\n') + '\r\n';
}

/** The dataset as JSON: the file as written, its id, and the calculated figures with their results. */
export function datasetJson(dataset: IdentifiedDataset): string {
  const derived = computeDerived(dataset).map(({ inputs: _inputs, ...figure }) => ({
    ...figure,
    calculatedFrom: formulaText({ ...figure, inputs: _inputs }),
  }));
  return JSON.stringify({ ...dataset, derived }, null, 2) + '\n';
}

/** A Frictionless Data Package (datapackage.json) describing every dataset's CSV. */
export function dataPackage(datasets: readonly IdentifiedDataset[], meta: { name: string; title: string }) {
  return {
    profile: 'data-package',
    name: meta.name,
    title: meta.title,
    resources: datasets.map((dataset) => ({
      profile: 'tabular-data-resource',
      name: dataset.id,
      path: `${dataset.id}.csv`,
      title: dataset.title,
      description: dataset.takeaway,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: { fields: csvFields.map((field) => ({ ...field })), missingValues: [''], primaryKey: ['key'] },
    })),
  };
}
