/**
 * Every address of the site, built in one place. A report lives under its own prefix
 * (`/<report>/`, `/<report>/<chapter>/`, `/<report>/full/`, `/<report>/data/`…); the series page is `/`.
 * Helpers return site paths with the configured base (`BASE_PATH`) unless named `…Path`.
 */

import { siteBase } from './deploy';

/**
 * Prefixes a site-absolute path with the configured base (`BASE_PATH`), so the
 * site works from a sub-folder as well as from the root.
 */
export function withBase(path: string, base: string = siteBase()): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** Path (without base) of a report's cover: `<report>/`. */
export const reportPath = (reportId: string) => `${reportId}/`;
/** Path (without base) of a chapter page: `<report>/<slug>/`. */
export const chapterPath = (reportId: string, slug: string) => `${reportId}/${slug}/`;
/** Path (without base) of a report's one-page edition. */
export const fullPath = (reportId: string) => `${reportId}/full/`;
/** Path (without base) of a report's data page (数据与来源). */
export const dataPagePath = (reportId: string) => `${reportId}/data/`;
/** Path (without base) of a dataset download: `<report>/data/<id>.csv` or `.json`. */
const datasetFilePath = (reportId: string, datasetId: string, extension: 'csv' | 'json') =>
  `${reportId}/data/${datasetId}.${extension}`;
/** Path (without base) of a report's Frictionless Data Package. */
export const dataPackagePath = (reportId: string) => `${reportId}/data/datapackage.json`;
/** Path (without base) of a share card: `<report>/og/<card>.png`, or `og/<card>.png` for the series page's. */
export const shareCardPath = (reportId: string | undefined, card: string) =>
  reportId ? `${reportId}/og/${card}.png` : `og/${card}.png`;
/** Path (without base) of the series' RSS feed. */
export const feedPath = 'rss.xml';

/** The URL of the series page. */
export const seriesHref = (base?: string) => withBase('/', base);
/** The URL of a report's cover. */
export const reportHref = (reportId: string, base?: string) => withBase(reportPath(reportId), base);
/** The URL of a chapter page. */
export const chapterHref = (reportId: string, slug: string, base?: string) =>
  withBase(chapterPath(reportId, slug), base);
/** The URL of a report's one-page edition. */
export const fullHref = (reportId: string, base?: string) => withBase(fullPath(reportId), base);
/** The URL of a report's data page. */
export const dataPageHref = (reportId: string, base?: string) => withBase(dataPagePath(reportId), base);
/** The URL of a dataset download. */
export const datasetFileHref = (reportId: string, datasetId: string, extension: 'csv' | 'json', base?: string) =>
  withBase(datasetFilePath(reportId, datasetId, extension), base);

/** The kinds of build-time image of a chart: the chart alone in either theme (column or phone width), or the download. */
export type ChartImageKind = 'light' | 'dark' | 'light-narrow' | 'dark-narrow' | 'download';

/** Path (without base) of a chart's image (src/pages/[report]/charts/[image].png.ts). */
export function chartImageFile(reportId: string, datasetId: string, kind: ChartImageKind): string {
  return `${reportId}/charts/${datasetId}${kind === 'download' ? '' : `-${kind}`}.png`;
}

/** The URL of a chart's build-time image. */
export function chartImageHref(reportId: string, datasetId: string, kind: ChartImageKind, base?: string): string {
  return withBase(chartImageFile(reportId, datasetId, kind), base);
}

/** The URL of a chart's embed page, the one page other sites may frame: `/embed/<report>/<id>/` (under the one framing rule). */
export function embedHref(reportId: string, datasetId: string, base?: string): string {
  return withBase(`embed/${reportId}/${datasetId}/`, base);
}

/** The URL of a chart's input (dataset and source sentences) as JSON, for pages that do not carry it inline (/full/). */
export function chartInputHref(reportId: string, datasetId: string, base?: string): string {
  return withBase(`${dataPagePath(reportId)}${datasetId}.chart.json`, base);
}
