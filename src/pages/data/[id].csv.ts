import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDownloadPaths } from '../../data/datasets';
import { datasetCsv } from '../../data/dataset-export';

export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

/** /data/<id>.csv: UTF-8 with a byte-order mark. */
export const GET: APIRoute = ({ props }) =>
  new Response(datasetCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
