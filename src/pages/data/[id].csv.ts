import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../lib/datasets';
import { datasetCsv } from '../../lib/dataset-export';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({
    params: { id: dataset.id },
    props: { dataset },
  }))) satisfies GetStaticPaths;

/** /data/<id>.csv: UTF-8 with a byte-order mark. */
export const GET: APIRoute = ({ props }) =>
  new Response(datasetCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
