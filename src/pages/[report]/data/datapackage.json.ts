import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../../data/datasets';
import { dataPackage } from '../../../data/dataset-export';
import { getReports } from '../../../report/content';

export const getStaticPaths = (async () =>
  (await getReports()).map((report) => ({
    params: { report: report.id },
    props: { report },
  }))) satisfies GetStaticPaths;

/** /<report>/data/datapackage.json: a Frictionless Data Package listing every dataset's CSV of the report. */
export const GET: APIRoute = async ({ props }) =>
  new Response(
    JSON.stringify(
      dataPackage(await getDatasets(props.report.id), {
        name: `${props.report.id}-data`,
        title: props.report.data.headline,
      }),
      null,
      2,
    ) + '\n',
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
