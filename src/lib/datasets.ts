/**
 * The datasets as the site uses them: loaded through the content collection,
 * checked against the article (the build fails on any mismatch), and tied to
 * the pages their sentences are on.
 */
import { getCollection } from 'astro:content';
import path from 'node:path';
import type { IdentifiedDataset } from '../schemas/dataset';
import { checkProvenance, formatProblems } from './provenance';
import { readContentFile } from './dataset-files';
import { componentError } from './component-props';
import { chartInput, tableRows, type PageFor, type TableRow } from './dataset-view';
import { getChapters, getPublishedReport } from './content';
import { chapterHref, withBase } from './paths';
import { ui } from './site';

const contentDir = path.join(process.cwd(), 'content');

/** Reads an MDX file under content/ (the text the provenance check compares against). */
export const readSource = (source: string) => readContentFile(contentDir, source);

let loaded: Promise<IdentifiedDataset[]> | undefined;

/** Every dataset, sorted by id, after the provenance check. Throws naming file, dataset and value. */
export function getDatasets(): Promise<IdentifiedDataset[]> {
  loaded ??= (async () => {
    const entries = await getCollection('datasets');
    const datasets = entries.map((entry) => ({ ...entry.data, id: entry.id })).sort((a, b) => a.id.localeCompare(b.id));
    const problems = checkProvenance(datasets, readSource);
    if (problems.length) throw new Error(`Datasets do not match the article\n${formatProblems(problems)}`);
    return datasets;
  })();
  return loaded;
}

/** Page path and title for each MDX file of the published report. */
export async function getPageFor(): Promise<PageFor> {
  const report = await getPublishedReport();
  const chapters = await getChapters(report.id);
  const pages = new Map<string, { href: string; title: string }>();
  const relative = (filePath: string | undefined) => (filePath ?? '').replace(/^(?:\.\/)?content\//, '');
  pages.set(relative(report.filePath), { href: withBase('/'), title: ui.lede });
  for (const chapter of chapters) {
    pages.set(relative(chapter.filePath), { href: chapterHref(chapter.data.slug), title: chapter.data.title });
  }
  return (source) => pages.get(source) ?? { href: withBase('data/'), title: source };
}

/** A dataset with what its figure needs: table rows, and the chart input for charts. */
export interface DatasetView {
  dataset: IdentifiedDataset;
  rows: TableRow[];
  /** The page (title and path) its sentences are on. */
  page: { href: string; title: string };
}

/** Builds the view of a dataset. */
export async function viewOf(dataset: IdentifiedDataset): Promise<DatasetView> {
  const pageFor = await getPageFor();
  return { dataset, rows: tableRows(dataset, readSource, pageFor), page: pageFor(dataset.source) };
}

/**
 * The dataset an editor asked for in MDX: `<Chart id>` or `<KeyFigures id>`.
 * Fails the build naming the MDX file on an unknown id, on a dataset of the
 * other kind, or on a dataset whose sentences are in another file.
 */
export async function datasetForComponent(
  component: 'Chart' | 'KeyFigures',
  id: string,
  sourceFile: unknown,
): Promise<DatasetView> {
  const datasets = await getDatasets();
  const dataset = datasets.find((candidate) => candidate.id === id);
  const wantsChart = component === 'Chart';
  if (!dataset) {
    const ids = datasets.filter((candidate) => (candidate.display !== 'cards') === wantsChart).map((d) => d.id);
    throw componentError(
      component,
      'id',
      sourceFile,
      `no dataset "${id}" in content/data/; expected one of: ${ids.join(', ')}`,
    );
  }
  if ((dataset.display !== 'cards') !== wantsChart) {
    throw componentError(
      component,
      'id',
      sourceFile,
      `dataset "${id}" is shown as ${dataset.display}; use <${wantsChart ? 'KeyFigures' : 'Chart'} id="${id}" />`,
    );
  }
  if (typeof sourceFile === 'string' && sourceFile !== `content/${dataset.source}`) {
    throw componentError(
      component,
      'id',
      sourceFile,
      `dataset "${id}" comes from content/${dataset.source}; place it there, next to the sentences it quotes`,
    );
  }
  return viewOf(dataset);
}

export { chartInput };
