/**
 * /rss.xml: the series' RSS feed, one item per published report in series order (latest first),
 * each with its headline, its address and its own description, and the report's record where the
 * editor gives it (src/report/record.ts): its date (`pubDate`), its authors (`dc:creator`) and its
 * corrections and updates, newest first, after the description. Nothing of these when not given:
 * report 1's article gives no date or byline.
 * A feed needs absolute links, so it is written only when SITE_URL is set (like the sitemap).
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../report/content';
import { feedPath, reportPath, seriesHref, withBase } from '../report/paths';
import { site } from '../report/site';
import { siteOrigin } from '../report/deploy';
import { authorNames, chineseDate, correctionsFor } from '../report/record';

export const getStaticPaths = (() =>
  siteOrigin() ? [{ params: { feed: feedPath.replace(/\.xml$/, '') } }] : []) satisfies GetStaticPaths;

/** Text for XML (the feed's `content:encoded` holds HTML, escaped). */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async (context) => {
  const reports = (await getReports()).reverse();
  const withAuthors = reports.some((report) => report.data.authors?.length);
  return rss({
    title: site.series.name,
    description: site.series.name,
    site: new URL(seriesHref(), context.site).href,
    ...(withAuthors && { xmlns: { dc: 'http://purl.org/dc/elements/1.1/' } }),
    items: reports.map((report) => {
      const corrections = correctionsFor(report.data, null);
      const names = authorNames(report.data.authors);
      return {
        title: report.data.headline,
        link: new URL(withBase(reportPath(report.id)), context.site).href,
        description: report.data.description,
        ...(report.data.published && { pubDate: new Date(`${report.data.published}T00:00:00Z`) }),
        ...(names.length && { customData: `<dc:creator>${escapeHtml(names.join('、'))}</dc:creator>` }),
        ...(corrections.length && {
          content: [
            `<p>${escapeHtml(report.data.description)}</p>`,
            ...corrections.map(
              (correction) =>
                `<p>${correction.kind}（${chineseDate(correction.date)}）：${escapeHtml(correction.text)}</p>`,
            ),
          ].join(''),
        }),
      };
    }),
    customData: '<language>zh-CN</language>',
    trailingSlash: true,
  });
};
