/**
 * The provenance check: every value of every dataset is traced, by machine, to
 * the words of the article that state it. Pure (the caller supplies the text of
 * each MDX file), so the build and the tests run the same check.
 */
import type { DatasetValue, IdentifiedDataset } from '../schemas/dataset';
import { parseUnit } from './format';

/** One failed check, phrased for the editor who has to fix it. */
export interface ProvenanceProblem {
  /** The dataset file, e.g. `content/reports/cong-xin-chu-fa/data/hub-port.json`. */
  file: string;
  dataset: string;
  /** The value's key, when the problem is with one value. */
  value?: string;
  message: string;
}

/** Strips an MDX file's frontmatter, leaving the text editors wrote. */
export function mdxBody(source: string): string {
  return source.replace(/^---\n[\s\S]*?\n---\n/, '');
}

const chineseDigits: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Every number written in `text`: Arabic (66.34) and small Chinese numerals (二, 十, 二十三). */
export function numbersIn(text: string): number[] {
  const arabic = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
  const chinese = [...text.matchAll(/[一二两三四五六七八九十]+/g)].map((match) => {
    const [tens = '', units = ''] = match[0].includes('十') ? match[0].split('十') : ['', match[0]];
    const value = (match[0].includes('十') ? (tens ? chineseDigits[tens]! : 1) * 10 : 0) + (chineseDigits[units] ?? 0);
    return value;
  });
  return [...arabic, ...chinese];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A number as digits, not part of a longer number: 8 must not match inside 18.89. */
const digits = (n: number) => `(?<![\\d.])${escape(String(n))}(?![\\d.])`;

/**
 * Why `value`'s number is not stated in its own quote in its unit, or undefined
 * when it is. Ranges must read low…至…high+unit; qualifiers (超, 约, 及以下) must
 * stand next to the number.
 */
export function numberProblem(value: DatasetValue): string | undefined {
  const { quote, unit, qualifier, written } = value;
  if (written !== undefined) {
    if (!quote.includes(written)) return `its written form "${written}" is not in its quote`;
    if (value.value === 'N') return written.includes('N') ? undefined : `"${written}" does not contain N`;
    const wanted = Array.isArray(value.value) ? value.value : [value.value];
    const found = numbersIn(written);
    const missing = wanted.filter((n) => !found.includes(n));
    return missing.length ? `"${written}" does not state ${missing.join(', ')}` : undefined;
  }
  const u = escape(unit);
  const before = qualifier && qualifier !== '及以下' ? `${escape(qualifier)}(?:到)?` : '';
  const after = qualifier === '及以下' ? escape(qualifier) : '';
  let pattern: string;
  if (value.value === 'N') pattern = `${before}N${u}${after}`;
  else if (Array.isArray(value.value)) {
    const { scale } = parseUnit(unit);
    const lowUnit = scale ? `(?:${u}|${escape(scale)})?` : `(?:${u})?`;
    pattern = `${before}${digits(value.value[0])}${lowUnit}(?:至|到|—|-|～)${digits(value.value[1])}${u}${after}`;
  } else pattern = `${before}${digits(value.value)}${u}${after}`;
  if (new RegExp(pattern).test(quote)) return undefined;
  const stated = Array.isArray(value.value) ? value.value.join('–') : String(value.value);
  return `${qualifier && qualifier !== '及以下' ? qualifier : ''}${stated}${unit}${after} is not stated in its quote "${quote}"`;
}

/**
 * Checks every dataset against the article: each quote word for word in its
 * MDX file, each number in its quote in the stated unit, each period in the text.
 * `readSource(path)` returns the MDX file at `<folder>/<path>`, or undefined; `folder` is the
 * report's folder (`content/reports/<report>`), which holds the datasets (`data/`) and the MDX files they quote.
 */
export function checkProvenance(
  datasets: readonly IdentifiedDataset[],
  readSource: (path: string) => string | undefined,
  folder = 'content',
): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  const bodies = new Map<string, string | undefined>();
  const body = (path: string) => {
    if (!bodies.has(path)) {
      const source = readSource(path);
      bodies.set(path, source === undefined ? undefined : mdxBody(source));
    }
    return bodies.get(path);
  };
  for (const dataset of datasets) {
    const file = `${folder}/data/${dataset.id}.json`;
    const report = (message: string, value?: string) =>
      problems.push({ file, dataset: dataset.id, ...(value ? { value } : {}), message });
    const datasetText = body(dataset.source);
    if (datasetText === undefined) {
      report(`source: no file ${folder}/${dataset.source}`);
      continue;
    }
    if (dataset.period && !datasetText.includes(dataset.period)) {
      report(`period: "${dataset.period}" is not in ${folder}/${dataset.source}; use the article's own words`);
    }
    for (const value of dataset.values) {
      const source = value.source ?? dataset.source;
      const text = body(source);
      if (text === undefined) {
        report(`source: no file ${folder}/${source}`, value.key);
        continue;
      }
      if (!text.includes(value.quote)) {
        report(`quote "${value.quote}" is not word for word in ${folder}/${source}`, value.key);
        continue;
      }
      const problem = numberProblem(value);
      if (problem) report(problem, value.key);
    }
  }
  return problems;
}

/** One line per problem: `content/reports/<report>/data/x.json: dataset "x": value "y": message`. */
export function formatProblems(problems: readonly ProvenanceProblem[]): string {
  return problems
    .map(
      (problem) =>
        `${problem.file}: dataset "${problem.dataset}"${problem.value ? `: value "${problem.value}"` : ''}: ${problem.message}`,
    )
    .join('\n');
}
