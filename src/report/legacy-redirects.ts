/**
 * Every address the site served before it became a series, and where each now lives: the one map
 * behind the static redirect pages (src/pages/[...legacy].astro), the `_redirects` file for
 * Netlify and Cloudflare Pages, the `return 301` rules of deploy/nginx.conf (checked against this
 * map by tests/deploy) and the copies of old download and share-card files (src/integrations/legacy-files.ts).
 *
 * Until then the site published one report at its root. Its pages moved under `/<report>/`.
 * `/` stays valid: it is the series page now. Paths are site paths without the base path.
 */

/** The report the site published at its root, before the series page. */
export const legacyReport = 'cong-xin-chu-fa';

/** Old HTML page → its new address. */
export const legacyPages: Readonly<Record<string, string>> = {
  'industry-clusters/': `${legacyReport}/industry-clusters/`,
  'investment/': `${legacyReport}/investment/`,
  'innovation/': `${legacyReport}/innovation/`,
  'reporters-note/': `${legacyReport}/reporters-note/`,
  'full/': `${legacyReport}/full/`,
  'data/': `${legacyReport}/data/`,
};

/**
 * Old folders of files (dataset downloads, the data package, share cards) → the new folder whose
 * files they were. On a plain static host a file cannot redirect, so the build writes each file of
 * the new folder, byte for byte, at its old address too.
 */
export const legacyFileFolders: readonly { from: string; to: string; extensions: readonly string[] }[] = [
  { from: 'data/', to: `${legacyReport}/data/`, extensions: ['.csv', '.json'] },
  { from: 'og/', to: `${legacyReport}/og/`, extensions: ['.png'] },
];

/**
 * Names a report folder may not take: its address would be one of the site's own (share cards,
 * build assets, the feed) or an old page's.
 */
export const reservedReportIds: readonly string[] = [
  'og',
  '_astro',
  'rss',
  'zh-hant',
  '404',
  ...Object.keys(legacyPages).map((page) => page.replace(/\/$/, '')),
];

/**
 * `_redirects` lines (Netlify, Cloudflare Pages) for the old pages, and the chapters' old addresses
 * (`moved`, src/report/slug-redirects.ts), with and without the trailing slash.
 */
export function redirectsFile(base: string, moved: readonly { from: string; to: string }[] = []): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const follow = (to: string) => moved.find((redirect) => redirect.from === to)?.to ?? to;
  const pages = [
    ...Object.entries(legacyPages).map(([from, to]) => [from, follow(to)]),
    ...moved.map((m) => [m.from, m.to]),
  ];
  const lines = pages.flatMap(([from, to]) => [
    `${prefix}${from} ${prefix}${to} 301`,
    `${prefix}${from.replace(/\/$/, '')} ${prefix}${to} 301`,
  ]);
  return [
    '# Written by the build from src/report/legacy-redirects.ts: the addresses of the site before it became a series.',
    ...lines,
    '',
  ].join('\n');
}
