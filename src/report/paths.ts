/**
 * Prefixes a site-absolute path with the configured base (`BASE_PATH`), so the
 * site works from a sub-folder as well as from the root.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The URL of a chapter page. */
export function chapterHref(slug: string, base?: string): string {
  return withBase(`${slug}/`, base);
}

/** The URL of the data page (数据与来源). */
export function dataPageHref(base?: string): string {
  return withBase('data/', base);
}

/** The kinds of build-time image of a chart: the chart alone in either theme (column or phone width), or the download. */
export type ChartImageKind = 'light' | 'dark' | 'light-narrow' | 'dark-narrow' | 'download';

/** Site-relative file name of a chart's image (src/pages/charts/[image].png.ts), before the base. */
export function chartImageFile(datasetId: string, kind: ChartImageKind): string {
  return `charts/${datasetId}${kind === 'download' ? '' : `-${kind}`}.png`;
}

/** The URL of a chart's build-time image. */
export function chartImageHref(datasetId: string, kind: ChartImageKind, base?: string): string {
  return withBase(chartImageFile(datasetId, kind), base);
}

/** The URL of a chart's embed page, the one page other sites may frame. */
export function embedHref(datasetId: string, base?: string): string {
  return withBase(`embed/${datasetId}/`, base);
}

/** The URL of the script a host page includes next to an embed's <iframe> to keep its height right. */
export function embedScriptHref(base?: string): string {
  return withBase('embed/resize.js', base);
}

/** The URL of a chart's input (dataset and source sentences) as JSON, for pages that do not carry it inline (/full/). */
export function chartInputHref(datasetId: string, base?: string): string {
  return withBase(`data/${datasetId}.chart.json`, base);
}
