import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDownloadPaths } from '../../data/datasets';
import { datasetJson } from '../../data/dataset-export';

export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

/** /data/<id>.json: the dataset with its calculated figures. */
export const GET: APIRoute = ({ props }) =>
  new Response(datasetJson(props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
