/**
 * The provenance check: every value of every dataset is traced, by machine, to
 * the words of the article that state it. Pure (the caller supplies the text of
 * each MDX file), so the build and the tests run the same check.
 */
import type { DatasetValue, IdentifiedDataset } from '../schemas/dataset';
import { parseUnit } from './format';
import { formatProblem, jsonPathLine, type Problem } from '../errors';
import { mdxBody, mdxParagraphs } from './mdx-text';
import { findQuote, matchable, quoteDifference } from './text-match';
import { unstatedNumbers } from './stated-numbers';
import { computeDerived, formatComputed } from './derived';

/** One failed check, phrased for the editor who has to fix it (see src/errors.ts). */
interface ProvenanceProblem extends Problem {
  dataset: string;
  /** The value's key, when the problem is with one value. */
  value?: string;
}

export { mdxBody };

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
  const { unit, qualifier } = value;
  // Read under the matching rules (text-match.ts): ５９ = 59, 1,750 = 1750, ％ = %.
  const quote = matchable(value.quote);
  const written = value.written === undefined ? undefined : matchable(value.written);
  if (written !== undefined) {
    if (!quote.includes(written)) return `写法“${value.written}”不在引文“${value.quote}”里`;
    if (value.value === 'N') return written.includes('N') ? undefined : `写法“${value.written}”里没有 N`;
    const wanted = Array.isArray(value.value) ? value.value : [value.value];
    const found = numbersIn(written);
    const missing = wanted.filter((n) => !found.includes(n));
    return missing.length ? `写法“${value.written}”说的不是 ${missing.join('、')}` : undefined;
  }
  const u = escape(matchable(unit));
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
  return `${qualifier && qualifier !== '及以下' ? qualifier : ''}${stated}${unit}${after} 不在引文“${value.quote}”里`;
}

/** How messages name a report's files: its datasets (`data/<id>.json`) and the MDX files they quote. */
function filesOf(folder: string) {
  return {
    datasetFile: (id: string) => `${folder}/data/${id}.json`,
    sourceFile: (source: string) => `${folder}/${source}`,
  };
}

/**
 * The problem of a quote that is in no paragraph of its MDX file (the provenance check and the
 * rehype plugin report it the same way), with the line of the quote in the dataset's file.
 */
export function missingQuoteProblem(
  dataset: IdentifiedDataset,
  value: { key: string; quote: string },
  source: string,
  paragraphs: readonly string[],
  folder: string,
  json?: string,
): ProvenanceProblem {
  const { datasetFile, sourceFile } = filesOf(folder);
  const index = dataset.values.findIndex((candidate) => candidate.key === value.key);
  const line = json ? jsonPathLine(json, ['values', index, 'quote']) : undefined;
  return {
    file: datasetFile(dataset.id),
    ...(line ? { line } : {}),
    dataset: dataset.id,
    value: value.key,
    message: `数据集 ${dataset.id} 的 ${value.key}：引文“${value.quote}”在 ${sourceFile(source)} 的正文里找不到；${differenceText(paragraphs, value.quote)}`,
    hint: '引文（quote）要从正文的一个段落里一字不差地复制过来（不能跨段，也不能出自标题、表格或图片说明）。全角/半角数字、千位逗号（1,750）、全角/半角标点可以不同，其余必须一样。',
    en: `quote "${value.quote}" is not word for word in a paragraph of ${sourceFile(source)}`,
  };
}

/** How a quote that is not in the text differs from the nearest place that is. */
function differenceText(paragraphs: readonly string[], quote: string): string {
  const difference = quoteDifference(paragraphs, quote);
  if (!difference) return '正文里没有这句话';
  const show = (char: string) => (char ? `“${char}”` : '（没有字）');
  return `从第 ${difference.position} 个字起对不上：引文是${show(difference.quoteChar)}，正文是${show(difference.textChar)}（正文：“…${difference.context}…”）`;
}

/**
 * Checks every dataset against the article: each quote in its MDX file's running text (under the
 * matching rules of text-match.ts; bold, links and line breaks do not count), each number in its
 * quote in the stated unit, each period in the text. `folder` is the report's folder
 * (`content/reports/<report>`), which holds the datasets (`data/`) and the MDX files they quote;
 * `readSource(path)` returns the MDX file at `<folder>/<path>`, or undefined; `readDataset(id)`,
 * when given, the dataset's JSON text (for lines).
 */
export function checkProvenance(
  datasets: readonly IdentifiedDataset[],
  readSource: (path: string) => string | undefined,
  folder: string,
  readDataset?: (id: string) => string | undefined,
): ProvenanceProblem[] {
  const { datasetFile, sourceFile } = filesOf(folder);
  const problems: ProvenanceProblem[] = [];
  const cache = new Map<string, string[] | undefined>();
  const paragraphsOf = (path: string) => {
    if (!cache.has(path)) {
      const source = readSource(path);
      cache.set(path, source === undefined ? undefined : mdxParagraphs(source));
    }
    return cache.get(path);
  };
  const inText = (paragraphs: readonly string[], quote: string) =>
    paragraphs.some((paragraph) => findQuote(paragraph, quote));
  for (const dataset of datasets) {
    const file = datasetFile(dataset.id);
    const json = readDataset?.(dataset.id);
    const report = (problem: { message: string; hint: string; en: string }, value?: string, field?: string) => {
      const line = json
        ? jsonPathLine(
            json,
            value ? ['values', dataset.values.findIndex((v) => v.key === value), field ?? 'key'] : [field ?? 'source'],
          )
        : undefined;
      problems.push({ file, ...(line ? { line } : {}), dataset: dataset.id, ...(value ? { value } : {}), ...problem });
    };
    const where = (value?: string) => `数据集 ${dataset.id}${value ? ` 的 ${value}` : ''}`;
    const missingSource = (source: string, value?: string) =>
      report(
        {
          message: `${where(value)}：source 写的文件 ${sourceFile(source)} 不存在`,
          hint: 'source 写本篇报道文件夹里的 MDX 文件路径，例如 chapters/02-investment.mdx（导语写 report.mdx）。',
          en: `source: no file ${sourceFile(source)}`,
        },
        value,
        'source',
      );
    const datasetText = paragraphsOf(dataset.source);
    if (datasetText === undefined) {
      missingSource(dataset.source);
      continue;
    }
    if (dataset.period && !inText(datasetText, dataset.period)) {
      report(
        {
          message: `${where()}：period（时间）“${dataset.period}”不在 ${sourceFile(dataset.source)} 的正文里`,
          hint: 'period 要照抄原文对时间的说法，例如“目前”“今年以来”。',
          en: `period "${dataset.period}" is not in ${sourceFile(dataset.source)}`,
        },
        undefined,
        'period',
      );
    }
    const sourceText = [dataset.source, ...dataset.values.map((value) => value.source ?? dataset.source)].flatMap(
      (source) => paragraphsOf(source) ?? [],
    );
    for (const problem of statedNumberProblems(dataset, sourceText))
      report(problem.problem, problem.value, problem.field);
    for (const value of dataset.values) {
      const source = value.source ?? dataset.source;
      const paragraphs = paragraphsOf(source);
      if (paragraphs === undefined) {
        missingSource(source, value.key);
        continue;
      }
      if (!inText(paragraphs, value.quote)) {
        problems.push(missingQuoteProblem(dataset, value, source, paragraphs, folder, json));
        continue;
      }
      const problem = numberProblem(value);
      if (problem) {
        report(
          {
            message: `${where(value.key)}：${problem}`,
            hint: 'value（数值）、unit（单位）和 qualifier（超、约等）要与引文里写的一致。',
            en: `${value.key}: the number is not stated in its quote in unit ${value.unit}`,
          },
          value.key,
          'value',
        );
      }
    }
  }
  return problems;
}

/** What each editor's field of a dataset is, in the message. */
const fieldNames: Record<string, string> = {
  title: 'title（标题）',
  takeaway: 'takeaway（一句话结论）',
  description: 'description（给读屏软件的说明）',
  notes: 'notes（注释）',
  label: 'label（名称）',
};

/**
 * The numbers a dataset's own words (title, takeaway, description, notes, each value's label) state
 * that its sources do not: the chart's headline, its image's alt text and its cards must say what
 * the bars say (src/data/stated-numbers.ts). A title and takeaway may repeat the dataset's quotes, its
 * `written` forms, its period and the figures computed under `derived`; a label only its own value's;
 * a description and notes, which give the context, also the running text of the dataset's files.
 */
function statedNumberProblems(dataset: IdentifiedDataset, sourceText: readonly string[]) {
  let derived: string[] = [];
  try {
    derived = computeDerived(dataset).map(formatComputed);
  } catch {
    // An uncomputable figure is the schema's problem, reported there.
  }
  const period = dataset.period ? [dataset.period] : [];
  const quotes = dataset.values.flatMap((value) => [value.quote, ...(value.written ? [value.written] : [])]);
  const sources = [...quotes, ...period, ...derived];
  const problem = (field: string, numbers: string[], from: string) => ({
    message: `数据集 ${dataset.id} 的 ${fieldNames[field]}写了“${numbers.join('”“')}”，${from}里没有这个数：图表、卡片和它们的说明会和正文对不上`,
    hint: `${field} 里的数字（连同单位）要照抄${from}里写的数；按文中数字算出来的数要写进 derived，由网站计算，构建时核对。改成原文的数，或者删掉这个数。`,
    en: `${field}: ${numbers.join(', ')} is stated in no quote of dataset ${dataset.id}`,
  });
  const problems: { problem: ReturnType<typeof problem>; value?: string; field: string }[] = [];
  for (const field of ['title', 'takeaway'] as const) {
    const numbers = unstatedNumbers(dataset[field], sources);
    if (numbers.length) problems.push({ problem: problem(field, numbers, '它的引文（quote）'), field });
  }
  const inText = `它的引文（quote）和 ${dataset.source} 的正文`;
  const description = unstatedNumbers(dataset.description, [...sources, ...sourceText]);
  if (description.length) problems.push({ problem: problem('description', description, inText), field: 'description' });
  for (const note of dataset.notes) {
    const numbers = unstatedNumbers(note, [...sources, ...sourceText]);
    if (numbers.length) problems.push({ problem: problem('notes', numbers, inText), field: 'notes' });
  }
  for (const value of dataset.values) {
    const own = [value.quote, ...(value.written ? [value.written] : []), ...period];
    const numbers = unstatedNumbers(value.label, own);
    if (numbers.length)
      problems.push({ problem: problem('label', numbers, `${value.key} 的引文`), value: value.key, field: 'label' });
  }
  return problems;
}

/** The problems as the terminal prints them (src/errors.ts). */
export function formatProblems(problems: readonly ProvenanceProblem[]): string {
  return problems.map(formatProblem).join('\n');
}
