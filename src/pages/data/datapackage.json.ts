import type { APIRoute } from 'astro';
import { getDatasets } from '../../lib/datasets';
import { dataPackage } from '../../lib/dataset-export';
import { site } from '../../lib/site';

/** /data/datapackage.json: a Frictionless Data Package listing every dataset's CSV. */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(dataPackage(await getDatasets(), { name: `${site.report}-data`, title: site.siteName }), null, 2) +
      '\n',
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
