import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDownloadPaths } from '../../../data/datasets';
import { datasetCsv } from '../../../data/dataset-export';
import { getReports } from '../../../report/content';
import { reportFolder } from '../../../files/report-files';

export const getStaticPaths = (async () =>
  datasetDownloadPaths((await getReports()).map((report) => report.id))) satisfies GetStaticPaths;

/** /<report>/data/<id>.csv: UTF-8 with a byte-order mark. */
export const GET: APIRoute = ({ props }) =>
  new Response(datasetCsv(props.dataset, reportFolder(props.report)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
