import { appendFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartInput, getDatasets, viewOf } from '../../../data/datasets';
import {
  downloadText,
  narrowChartImageWidth,
  renderChartImage,
  renderDownloadImage,
} from '../../../images/chart-image';
import { chartImageFile, reportHref, type ChartImageKind } from '../../../report/paths';
import { getReports } from '../../../report/content';
import { ui } from '../../../report/site';
import { toHantDeep } from '../../../hant/edition';
import { hantUrl } from '../../../hant/addresses';
import { siteBase } from '../../../report/deploy';

const kinds: ChartImageKind[] = ['light', 'dark', 'light-narrow', 'dark-narrow', 'download'];

/**
 * The build-time images of every chart (src/images/chart-image.ts): /<report>/charts/<id>-light.png and
 * /charts/<id>-dark.png, and -light-narrow / -dark-narrow at a phone's width (the chart alone, for
 * readers without JavaScript and for feeds) and
 * /charts/<id>.png (the 下载图片 download, with title, takeaway, source and the site's name).
 */
export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    (await getReports()).map(async (report) =>
      (await getDatasets(report.id))
        .filter((dataset) => dataset.display !== 'cards')
        .flatMap((dataset) =>
          kinds.map((kind) => ({
            params: {
              report: report.id,
              image: chartImageFile(report.id, dataset.id, kind).replace(/^.*\/charts\/|\.png$/g, ''),
            },
            props: { reportId: report.id, dataset, kind },
          })),
        ),
    ),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

type Props = { reportId: string; dataset: Awaited<ReturnType<typeof getDatasets>>[number]; kind: ChartImageKind };

/**
 * The route's images for one edition: the simplified original, or the 繁體 edition's
 * (src/pages/zh-hant/[report]/charts/[image].png.ts): every word converted, credited to its 繁體 address.
 */
export const chartImageRoute =
  (edition: 'hans' | 'hant'): APIRoute<Props> =>
  async ({ props: { reportId, dataset, kind }, site: siteUrl }) => {
    const started = performance.now();
    const view = await viewOf(reportId, dataset);
    const words = <T>(value: T): T => (edition === 'hant' ? toHantDeep(value) : value);
    const address = (href: string) => (edition === 'hant' ? hantUrl(href, siteBase()) : href);
    const input = words(chartInput(dataset, view.rows));
    const png =
      kind === 'download'
        ? await renderDownloadImage(
            input,
            words(
              downloadText(
                dataset,
                view.page,
                // Credited to its own report: the headline and the report's address.
                {
                  siteName: view.report.headline,
                  url: siteUrl ? new URL(address(reportHref(reportId)), siteUrl).href : undefined,
                },
                ui,
              ),
            ),
          )
        : kind === 'light-narrow' || kind === 'dark-narrow'
          ? await renderChartImage(input, kind === 'light-narrow' ? 'light' : 'dark', narrowChartImageWidth)
          : await renderChartImage(input, kind);
    // `npm run bench` reports the time spent drawing chart images (scripts/bench.mjs).
    if (process.env.CHART_IMAGE_TIMINGS) {
      appendFileSync(process.env.CHART_IMAGE_TIMINGS, `${dataset.id}\t${kind}\t${performance.now() - started}\n`);
    }
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  };

export const GET = chartImageRoute('hans');
