import type { APIRoute, GetStaticPaths } from 'astro';
import { chartInputJson, chartInputPaths, viewOf } from '../../../data/datasets';
import { getReports } from '../../../report/content';
import type { IdentifiedDataset } from '../../../schemas/dataset';

export const getStaticPaths = (async () =>
  chartInputPaths((await getReports()).map((report) => report.id))) satisfies GetStaticPaths;

/**
 * /<report>/data/<id>.chart.json: what a chart draws from, the same JSON a chapter page carries inline.
 * The one-page edition fetches it when the chart comes near instead of carrying eight charts'
 * inputs in its HTML (issue 13).
 */
export const GET: APIRoute = async ({ props }) =>
  new Response(chartInputJson(await viewOf(props.report as string, props.dataset as IdentifiedDataset)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
