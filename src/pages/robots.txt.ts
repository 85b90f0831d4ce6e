import type { APIRoute } from 'astro';
import { robotsTxt } from '../head/robots';

/** robots.txt: everything may be crawled; the sitemap is named when SITE_URL gives it an absolute URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
