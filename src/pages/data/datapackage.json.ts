import type { APIRoute } from 'astro';
import { getDatasets } from '../../data/datasets';
import { dataPackage } from '../../data/dataset-export';
import { site } from '../../report/site';

/** /data/datapackage.json: a Frictionless Data Package listing every dataset's CSV. */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(dataPackage(await getDatasets(), { name: `${site.report}-data`, title: site.siteName }), null, 2) +
      '\n',
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
