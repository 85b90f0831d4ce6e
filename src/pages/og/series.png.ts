import type { APIRoute } from 'astro';
import { renderShareCard } from '../../head/og-image';
import { seriesCard } from '../../head/share-cards';
import { site } from '../../report/site';

/** The series page's share card: /og/series.png. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderShareCard(seriesCard(site.series.name))), {
    headers: { 'Content-Type': 'image/png' },
  });
