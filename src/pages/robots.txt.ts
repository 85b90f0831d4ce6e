import type { APIRoute } from 'astro';
import { robotsTxt } from '../head/robots';
import { siteBase } from '../report/deploy';

/** robots.txt: everything may be crawled; the sitemap is named when SITE_URL gives it an absolute URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site, siteBase()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
