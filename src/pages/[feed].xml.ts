/**
 * /rss.xml: the series' RSS feed, one item per published report in series order (latest first),
 * each with its headline, its address and its own description. No dates: the article gives none.
 * A feed needs absolute links, so it is written only when SITE_URL is set (like the sitemap).
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../report/content';
import { feedPath, reportPath, seriesHref, withBase } from '../report/paths';
import { site } from '../report/site';
import { siteOrigin } from '../report/deploy';

export const getStaticPaths = (() =>
  siteOrigin() ? [{ params: { feed: feedPath.replace(/\.xml$/, '') } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) =>
  rss({
    title: site.series.name,
    description: site.series.name,
    site: new URL(seriesHref(), context.site).href,
    items: (await getReports()).reverse().map((report) => ({
      title: report.data.headline,
      link: new URL(withBase(reportPath(report.id)), context.site).href,
      description: report.data.description,
    })),
    customData: '<language>zh-CN</language>',
    trailingSlash: true,
  });
