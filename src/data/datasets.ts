/**
 * The datasets as the site uses them: checked against the article (the build
 * fails on any mismatch) and tied to the pages their sentences are on.
 *
 * The files are read with the collection's own zod schema straight from
 * content/data (the `datasets` collection validates them too, at sync), so the
 * same code runs in the build, in the rehype plugin at config time, in Node
 * tests and under the Container API, where collections are empty.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { IdentifiedDataset } from '../schemas/dataset';
import { checkProvenance } from './provenance';
import { readContentFile, readDatasetFiles, readProjectFile } from './dataset-files';
import { componentError, editorError, type ComponentSource } from '../errors';
import { contentFile, dataDir, datasetFile } from '../report/content-paths';
import { chartInput, tableRows, type PageFor, type TableRow } from './dataset-view';
import { chapterHref, withBase } from '../report/paths';
import { site, ui } from '../report/site';

const contentDir = path.join(process.cwd(), 'content');

/** Reads an MDX file under content/ (the text the provenance check compares against). */
export const readSource = (source: string) => readContentFile(contentDir, source);

let loaded: Promise<IdentifiedDataset[]> | undefined;

/** Every dataset, sorted by id, after the provenance check. Throws naming file, dataset and value. */
export function getDatasets(): Promise<IdentifiedDataset[]> {
  // In dev, read afresh so an edited dataset shows on the next request.
  if (import.meta.env.DEV) loaded = undefined;
  loaded ??= (async () => {
    const datasets = readDatasetFiles(path.join(process.cwd(), dataDir));
    const problems = checkProvenance(datasets, readSource, (id) => readProjectFile(process.cwd(), datasetFile(id)));
    if (problems.length) throw editorError(problems);
    return datasets;
  })();
  return loaded;
}

/** A frontmatter field of an MDX file (the simple `key: value` lines our files use). */
function frontmatterField(source: string, field: string): string | undefined {
  const frontmatter = source.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  return frontmatter.match(new RegExp(`^${field}:\\s*(.+)$`, 'm'))?.[1]?.trim();
}

/** Page path, title and reading order for each MDX file of the published report. */
/** getStaticPaths for the per-dataset download endpoints (/data/<id>.csv, /data/<id>.json). */
export async function datasetDownloadPaths() {
  return (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}

export async function getPageFor(): Promise<PageFor> {
  const pages = new Map<string, { href: string; title: string; order: number }>();
  pages.set(`reports/${site.report}.mdx`, { href: withBase('/'), title: ui.lede, order: 0 });
  const folder = `chapters/${site.report}`;
  for (const name of readdirSync(path.join(contentDir, folder)).filter((file) => file.endsWith('.mdx'))) {
    const source = readSource(`${folder}/${name}`) ?? '';
    const slug = frontmatterField(source, 'slug');
    if (!slug) continue;
    pages.set(`${folder}/${name}`, {
      href: chapterHref(slug),
      title: frontmatterField(source, 'title') ?? slug,
      order: Number(frontmatterField(source, 'order') ?? Infinity),
    });
  }
  return (source) => pages.get(source) ?? { href: withBase('data/'), title: source, order: Infinity };
}

/** A dataset with what its figure needs: table rows, and the chart input for charts. */
export interface DatasetView {
  dataset: IdentifiedDataset;
  rows: TableRow[];
  /** The page (title, path, reading order) its sentences are on. */
  page: { href: string; title: string; order: number };
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
  where: ComponentSource,
): Promise<DatasetView> {
  const datasets = await getDatasets();
  const dataset = datasets.find((candidate) => candidate.id === id);
  const wantsChart = component === 'Chart';
  if (!dataset) {
    const ids = datasets.filter((candidate) => (candidate.display !== 'cards') === wantsChart).map((d) => d.id);
    throw componentError(
      component,
      'id',
      where,
      `没有叫“${id}”的数据集（${dataDir}/ 里没有 ${id}.json）`,
      `id 写数据文件的名字（不带 .json），可用的有：${ids.join('、')}`,
    );
  }
  if ((dataset.display !== 'cards') !== wantsChart) {
    throw componentError(
      component,
      'id',
      where,
      `数据集“${id}”的 display 是 ${dataset.display}，要用另一个组件显示`,
      `改成 <${wantsChart ? 'KeyFigures' : 'Chart'} id="${id}" />。`,
    );
  }
  if (typeof where.sourceFile === 'string' && where.sourceFile !== contentFile(dataset.source)) {
    throw componentError(
      component,
      'id',
      where,
      `数据集“${id}”引用的是 ${contentFile(dataset.source)} 里的句子，图表不能放在别的文件里`,
      `把 <${component} id="${id}" /> 移到 ${contentFile(dataset.source)}，放在它引用的那几句话旁边。`,
    );
  }
  return viewOf(dataset);
}

export { chartInput };

/**
 * A chart's input as the JSON the page carries (inline in <chart-figure>, or at
 * /data/<id>.chart.json for the one-page edition); `<` escaped so it cannot close a <script>.
 */
export function chartInputJson(view: DatasetView): string {
  return JSON.stringify(chartInput(view.dataset, view.rows)).replace(/</g, '\\u003c');
}

/** getStaticPaths for /data/<id>.chart.json: every dataset shown as a chart. */
export async function chartInputPaths() {
  return (await getDatasets())
    .filter((dataset) => dataset.display !== 'cards')
    .map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}
