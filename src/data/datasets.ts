/**
 * A report's datasets as the site uses them: checked against the report's own text
 * (the build fails on any mismatch) and tied to the pages their sentences are on.
 *
 * Each report keeps its datasets in `content/reports/<report>/data/`; a dataset quotes only
 * its own report's MDX files, and its id need only be unique within the report. The files come
 * from the one report loader (`loadReport`, src/files/report-loader.ts) and are checked with the
 * collection's own zod schema, once per build (`derive`), so the same code runs in the build, in
 * the rehype plugin at config time, in Node tests and under the Container API.
 */
import type { IdentifiedDataset } from '../schemas/dataset';
import { checkProvenance } from './provenance';
import { parseDatasetFiles } from './dataset-files';
import { componentError, editorError, type ComponentSource } from '../errors';
import { chartInput, tableRows, type PageFor, type TableRow } from './dataset-view';
import { chapterHref, dataPageHref, reportHref } from '../report/paths';
import { reportFolder, reportOfFile } from '../files/report-files';
import { derive, loadReport } from '../files/report-loader';
import { ui } from '../report/site';
import { frontmatterText } from '../report/frontmatter';

const root = process.cwd();

/** Reads an MDX file of a report, by its path in the report's folder (`report.mdx`, `chapters/01-x.mdx`). */
const readReportSource = (reportId: string) => (source: string) => loadReport(root, reportId).read(source);

/**
 * The datasets of the report in `projectRoot`, sorted by id, checked against their schema (not yet
 * against the text): what the rehype plugin links. Worked out once while the files are unchanged.
 */
export function reportDatasets(projectRoot: string, reportId: string): IdentifiedDataset[] {
  const files = loadReport(projectRoot, reportId);
  return derive(files, 'datasets', () =>
    parseDatasetFiles(
      files.datasets.map((dataset) => ({
        name: dataset.name.slice('data/'.length),
        file: dataset.file,
        get text() {
          return dataset.text;
        },
      })),
    ),
  );
}

/**
 * The datasets of the report in `projectRoot` (a project folder), sorted by id, after the provenance check.
 * Throws naming file, dataset and value. Synchronous and free of Astro, so the bad-input catalogue
 * runs the build's own check on a copy of the site.
 */
export function checkedDatasets(projectRoot: string, reportId: string): IdentifiedDataset[] {
  const files = loadReport(projectRoot, reportId);
  return derive(files, 'checked datasets', () => {
    const all = reportDatasets(projectRoot, reportId);
    const problems = checkProvenance(all, files.read, files.folder, (id) => files.read(`data/${id}.json`));
    if (problems.length) throw editorError(problems);
    return all;
  });
}

/** A report's datasets, sorted by id, after the provenance check. Throws naming file, dataset and value. */
export async function getDatasets(reportId: string): Promise<IdentifiedDataset[]> {
  return checkedDatasets(root, reportId);
}

/** Page path, title and reading order for each MDX file of a report. */
async function getPageFor(reportId: string): Promise<PageFor> {
  const pages = new Map<string, { href: string; title: string; order: number }>();
  pages.set('report.mdx', { href: reportHref(reportId), title: ui.lede, order: 0 });
  for (const chapter of loadReport(root, reportId).chapters) {
    const slug = frontmatterText(chapter.text, 'slug');
    if (!slug) continue;
    pages.set(chapter.name, {
      href: chapterHref(reportId, slug),
      title: frontmatterText(chapter.text, 'title') ?? slug,
      order: Number(frontmatterText(chapter.text, 'order') ?? Infinity),
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
