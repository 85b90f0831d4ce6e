import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDownloadPaths } from '../../../data/datasets';
import { datasetJson } from '../../../data/dataset-export';
import { getReports } from '../../../report/content';

export const getStaticPaths = (async () =>
  datasetDownloadPaths((await getReports()).map((report) => report.id))) satisfies GetStaticPaths;

/** /<report>/data/<id>.json: the dataset with its calculated figures. */
export const GET: APIRoute = ({ props }) =>
  new Response(datasetJson(props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
