import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, getPublishedReport } from '../../report/content';
import { renderShareCard } from '../../head/og-image';
import { chartShareCards, shareCards, type ShareCard } from '../../head/share-cards';
import { getDatasets } from '../../data/datasets';
import { ui } from '../../report/site';

/** One share card (og:image) per page, the charts' embed pages included, drawn at build time: /og/<id>.png. */
export const getStaticPaths = (async () => {
  const report = await getPublishedReport();
  const chapters = await getChapters(report.id);
  const charts = (await getDatasets()).filter((dataset) => dataset.display !== 'cards');
  return [
    ...shareCards(report.data, chapters, { fullEdition: ui.fullEdition, dataPage: ui.dataPageTitle }),
    ...chartShareCards(report.data, charts),
  ].map((card) => ({
    params: { card: card.id },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
