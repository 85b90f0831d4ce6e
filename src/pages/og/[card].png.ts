import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, getPublishedReport } from '../../report/content';
import { renderShareCard } from '../../head/og-image';
import { shareCards, type ShareCard } from '../../head/share-cards';
import { ui } from '../../report/site';

/** One share card (og:image) per page, drawn at build time: /og/<id>.png. */
export const getStaticPaths = (async () => {
  const report = await getPublishedReport();
  const chapters = await getChapters(report.id);
  return shareCards(report.data, chapters, { fullEdition: ui.fullEdition, dataPage: ui.dataPageTitle }).map((card) => ({
    params: { card: card.id },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
