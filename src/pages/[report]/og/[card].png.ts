import type { APIRoute, GetStaticPaths } from 'astro';
import { reportsInSeries } from '../../../report/series';
import { renderShareCard } from '../../../head/og-image';
import { chartShareCards, shareCards, type ShareCard } from '../../../head/share-cards';
import { getDatasets } from '../../../data/datasets';
import { ui } from '../../../report/site';
import { toHantDeep } from '../../../hant/edition';

/** One share card (og:image) per page of a report, its charts' embed pages included: /<report>/og/<card>.png. */
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      (await reportsInSeries()).map(async ({ report, chapters }) => {
        const charts = (await getDatasets(report.id)).filter((dataset) => dataset.display !== 'cards');
        return [
          ...shareCards(report.data, chapters, { fullEdition: ui.fullEdition, dataPage: ui.dataPageTitle }),
          ...chartShareCards(report.data, charts),
        ].map((card) => ({ params: { report: report.id, card: card.id }, props: { card } }));
      }),
    )
  ).flat()) satisfies GetStaticPaths;

/** The route's cards for one edition: the simplified original, or the 繁體 edition's (every word converted). */
export const shareCardRoute =
  (edition: 'hans' | 'hant'): APIRoute<{ card: ShareCard }> =>
  async ({ props }) =>
    new Response(new Uint8Array(await renderShareCard(edition === 'hant' ? toHantDeep(props.card) : props.card)), {
      headers: { 'Content-Type': 'image/png' },
    });

export const GET = shareCardRoute('hans');
