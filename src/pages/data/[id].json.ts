import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../lib/datasets';
import { datasetJson } from '../../lib/dataset-export';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({
    params: { id: dataset.id },
    props: { dataset },
  }))) satisfies GetStaticPaths;

/** /data/<id>.json: the dataset with its calculated figures. */
export const GET: APIRoute = ({ props }) =>
  new Response(datasetJson(props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
