/**
 * A report's datasets as the site uses them: checked against the report's own text
 * (the build fails on any mismatch) and tied to the pages their sentences are on.
 *
 * Each report keeps its datasets in `content/reports/<report>/data/`; a dataset quotes only
 * its own report's MDX files, and its id need only be unique within the report. The files are
 * read with the collection's own zod schema straight from the folder, so the same code runs in
 * the build, in the rehype plugin at config time, in Node tests and under the Container API.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { IdentifiedDataset } from '../schemas/dataset';
import { checkProvenance } from './provenance';
import { readDatasetFiles, readProjectFile } from './dataset-files';
import { componentError, editorError, type ComponentSource } from '../errors';
import { chartInput, tableRows, type PageFor, type TableRow } from './dataset-view';
import { chapterHref, dataPageHref, reportHref } from '../report/paths';
import { reportFolder, reportOfFile } from '../files/report-files';
import { ui } from '../report/site';
import { frontmatterText } from '../report/frontmatter';

const root = process.cwd();

/** Reads an MDX file of a report, by its path in the report's folder (`report.mdx`, `chapters/01-x.mdx`). */
export const readReportSource = (reportId: string) => (source: string) =>
  readProjectFile(root, `${reportFolder(reportId)}/${source}`);

const loaded = new Map<string, Promise<IdentifiedDataset[]>>();

/**
 * The datasets of the report in `root` (a project folder), sorted by id, after the provenance check.
 * Throws naming file, dataset and value. Synchronous and free of Astro, so the bad-input catalogue
 * runs the build's own check on a copy of the site.
 */
export function checkedDatasets(projectRoot: string, reportId: string): IdentifiedDataset[] {
  const folder = reportFolder(reportId);
  const all = readDatasetFiles(path.join(projectRoot, folder, 'data'), `${folder}/data`);
  const problems = checkProvenance(
    all,
    (source) => readProjectFile(projectRoot, `${folder}/${source}`),
    folder,
    (id) => readProjectFile(projectRoot, `${folder}/data/${id}.json`),
  );
  if (problems.length) throw editorError(problems);
  return all;
}

/** A report's datasets, sorted by id, after the provenance check. Throws naming file, dataset and value. */
export function getDatasets(reportId: string): Promise<IdentifiedDataset[]> {
  // In dev, read afresh so an edited dataset shows on the next request.
  if (import.meta.env.DEV) loaded.delete(reportId);
  let datasets = loaded.get(reportId);
  if (!datasets) {
    datasets = (async () => checkedDatasets(root, reportId))();
    loaded.set(reportId, datasets);
  }
  return datasets;
}

/** Page path, title and reading order for each MDX file of a report. */
export async function getPageFor(reportId: string): Promise<PageFor> {
  const pages = new Map<string, { href: string; title: string; order: number }>();
  pages.set('report.mdx', { href: reportHref(reportId), title: ui.lede, order: 0 });
  const folder = path.join(root, reportFolder(reportId), 'chapters');
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((file) => file.endsWith('.mdx'));
  } catch {
    names = [];
  }
  for (const name of names) {
    const source = readReportSource(reportId)(`chapters/${name}`) ?? '';
    const slug = frontmatterText(source, 'slug');
    if (!slug) continue;
    pages.set(`chapters/${name}`, {
      href: chapterHref(reportId, slug),
      title: frontmatterText(source, 'title') ?? slug,
      order: Number(frontmatterText(source, 'order') ?? Infinity),
    });
  }
  return (source) => pages.get(source) ?? { href: dataPageHref(reportId), title: source, order: Infinity };
}

/** getStaticPaths for the per-dataset download endpoints (/<report>/data/<id>.csv, .json). */
export async function datasetDownloadPaths(reportIds: readonly string[]) {
  const paths = await Promise.all(
    reportIds.map(async (report) =>
      (await getDatasets(report)).map((dataset) => ({
        params: { report, id: dataset.id },
        props: { report, dataset },
      })),
    ),
  );
  return paths.flat();
}

/** A dataset with what its figure needs: table rows, and the chart input for charts. */
export interface DatasetView {
  /** The report the dataset belongs to: its id and headline (for the source line). */
  report: { id: string; headline: string };
  dataset: IdentifiedDataset;
  rows: TableRow[];
  /** The page (title, path, reading order) its sentences are on. */
  page: { href: string; title: string; order: number };
}

/** Builds the view of a dataset of a report. */
export async function viewOf(reportId: string, dataset: IdentifiedDataset): Promise<DatasetView> {
  const pageFor = await getPageFor(reportId);
  const headline = frontmatterText(readReportSource(reportId)('report.mdx') ?? '', 'headline') ?? reportId;
  return {
    report: { id: reportId, headline },
    dataset,
    rows: tableRows(dataset, readReportSource(reportId), pageFor),
    page: pageFor(dataset.source),
  };
}

/**
 * The dataset an editor asked for in MDX: `<Chart id>` or `<KeyFigures id>`, looked up in the
 * MDX file's own report. Fails the build naming the MDX file on an unknown id, on a dataset of
 * the other kind, or on a dataset whose sentences are in another file.
 */
export async function datasetForComponent(
  component: 'Chart' | 'KeyFigures',
  id: string,
  where: ComponentSource,
  /** The report, for a page template that shows a dataset outside MDX (an embed page). */
  report?: string,
): Promise<DatasetView> {
  const reportId = report ?? reportOfFile(where.sourceFile);
  if (!reportId) {
    throw componentError(
      component,
      'id',
      where,
      `只能用在报道文件夹（${reportFolder('<报道>')}/）里的 MDX 文件中`,
      '把组件放进本篇报道的 report.mdx 或 chapters/ 里的文件。',
    );
  }
  return viewOf(reportId, pickDataset(component, id, where, reportId, await getDatasets(reportId)));
}

/**
 * The dataset `<Chart id>` or `<KeyFigures id>` names among a report's `datasets`; throws naming the
 * MDX file on an unknown id, on a dataset of the other kind, or on one whose sentences are in another file.
 */
export function pickDataset(
  component: 'Chart' | 'KeyFigures',
  id: string,
  where: ComponentSource,
  reportId: string,
  datasets: readonly IdentifiedDataset[],
): IdentifiedDataset {
  const folder = reportFolder(reportId);
  const dataset = datasets.find((candidate) => candidate.id === id);
  const wantsChart = component === 'Chart';
  if (!dataset) {
    const ids = datasets.filter((candidate) => (candidate.display !== 'cards') === wantsChart).map((d) => d.id);
    throw componentError(
      component,
      'id',
      where,
      `没有叫“${id}”的数据集（${folder}/data/ 里没有 ${id}.json）`,
      `id 写数据文件的名字（不带 .json），可用的有：${ids.join('、') || '（还没有）'}`,
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
  if (typeof where.sourceFile === 'string' && where.sourceFile !== `${folder}/${dataset.source}`) {
    throw componentError(
      component,
      'id',
      where,
      `数据集“${id}”引用的是 ${folder}/${dataset.source} 里的句子，图表不能放在别的文件里`,
      `把 <${component} id="${id}" /> 移到 ${folder}/${dataset.source}，放在它引用的那几句话旁边。`,
    );
  }
  return dataset;
}

export { chartInput };

/** A report's datasets grouped by the page their sentences are on, pages in reading order (the data page). */
export async function datasetsByPage(reportId: string): Promise<{ page: DatasetView['page']; views: DatasetView[] }[]> {
  const views = await Promise.all((await getDatasets(reportId)).map((dataset) => viewOf(reportId, dataset)));
  const pageOrder = [...new Set(views.sort((a, b) => a.page.order - b.page.order).map((view) => view.page.href))];
  return pageOrder.map((href) => ({
    page: views.find((view) => view.page.href === href)!.page,
    views: views.filter((view) => view.page.href === href),
  }));
}

/**
 * A chart's input as the JSON the page carries (inline in <chart-figure>, or at
 * /<report>/data/<id>.chart.json for the one-page edition); `<` escaped so it cannot close a <script>.
 */
export function chartInputJson(view: DatasetView): string {
  const words = { keys: ui.chartKeys, item: ui.chartItem };
  return JSON.stringify({ ...chartInput(view.dataset, view.rows), words }).replace(/</g, '\\u003c');
}

/** getStaticPaths for /<report>/data/<id>.chart.json: every dataset of these reports shown as a chart. */
export async function chartInputPaths(reportIds: readonly string[]) {
  const paths = await Promise.all(
    reportIds.map(async (report) =>
      (await getDatasets(report))
        .filter((dataset) => dataset.display !== 'cards')
        .map((dataset) => ({ params: { report, id: dataset.id }, props: { report, dataset } })),
    ),
  );
  return paths.flat();
}
