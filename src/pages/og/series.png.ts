import type { APIRoute } from 'astro';
import { renderShareCard } from '../../head/og-image';
import { seriesCard } from '../../head/share-cards';
import { site } from '../../report/site';
import { toHant } from '../../hant/edition';

/** The series page's share card in one edition: /og/series.png, or /zh-hant/og/series.png converted. */
export const seriesCardRoute =
  (edition: 'hans' | 'hant'): APIRoute =>
  async () =>
    new Response(
      new Uint8Array(
        await renderShareCard(seriesCard(edition === 'hant' ? toHant(site.series.name) : site.series.name)),
      ),
      { headers: { 'Content-Type': 'image/png' } },
    );

export const GET = seriesCardRoute('hans');
