/**
 * Where the 繁體 edition lives: every page, feed, share card, chart image and chart input of the
 * simplified site has a twin under `zh-hant/` (`/cong-xin-chu-fa/investment/` →
 * `/zh-hant/cong-xin-chu-fa/investment/`). Dataset downloads (CSV, JSON, the data package), build
 * assets and the embed script have none: the 繁體 pages link to the published ones (docs/zh-hant.md).
 * Paths here are site paths without the base path, as in src/report/paths.ts.
 */

/**
 * The language tag of the 繁體 pages, matching the converter (OpenCC's Taiwan standard characters,
 * src/hant/convert.ts): fonts pick Taiwan's glyph shapes from it (docs/zh-hant.md).
 */
export const hantLang = 'zh-Hant-TW';
/** The language tag of the simplified pages, the original. */
export const hansLang = 'zh-CN';
/** The Open Graph locale of the 繁體 pages. */
export const hantOgLocale = 'zh_TW';

/** The folder of the 繁體 edition, under the base path. */
export const hantFolder = 'zh-hant/';

/** Whether a site path (without base) is in the 繁體 edition. */
export const isHantPath = (path: string) => path.replace(/^\/+/, '').startsWith(hantFolder);

/** Whether a simplified site path (without base) has a 繁體 twin: pages, the feed, share cards, chart images and inputs. */
export function hasHantTwin(path: string): boolean {
  const clean = path.replace(/^\/+/, '').replace(/[?#].*$/, '');
  if (isHantPath(clean) || clean.startsWith('_astro/') || clean.startsWith('embed/resize.js')) return false;
  return (
    clean === '' ||
    clean.endsWith('/') ||
    clean.endsWith('.html') ||
    clean === 'rss.xml' ||
    clean.endsWith('.chart.json') ||
    /(^|\/)(og|charts)\/[^/]+\.png$/.test(clean)
  );
}

/** The 繁體 twin of a simplified site path (without base); the path itself when it has none. */
export function hantPath(path: string): string {
  const clean = path.replace(/^\/+/, '');
  return hasHantTwin(clean) ? `${hantFolder}${clean}` : clean;
}

/** The simplified original of a 繁體 site path (without base); the path itself when it is not in the edition. */
export function hansPath(path: string): string {
  const clean = path.replace(/^\/+/, '');
  return isHantPath(clean) ? clean.slice(hantFolder.length) : clean;
}

/**
 * The ways a page may write the base path: as given (`/专题/`, as Astro writes links) and
 * percent-encoded (`/%E4%B8%93%E9%A2%98/`, as a URL object writes it: canonical, og:url, JSON-LD, the
 * sitemap, `Astro.url`). The same for an ASCII base.
 */
export function basePrefixes(base: string): string[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let decoded = prefix;
  try {
    decoded = decodeURI(prefix);
  } catch {
    // A malformed escape: the deploy checks refuse such a base; compare it as written.
  }
  return [...new Set([decoded, encodeURI(decoded), prefix])];
}

/**
 * Rewrites a URL written in a simplified page so it leads to the 繁體 twin: root-relative
 * (`<base>…`) or absolute on the site's own origin, with the base written as given or
 * percent-encoded (a base with Chinese characters is written both ways). Other URLs (other sites,
 * #anchors, downloads, assets) come back unchanged. A `#anchor` is kept: ids are the same in both editions.
 */
export function hantUrl(url: string, base: string, site?: string): string {
  const origin = site ? new URL(site).origin : undefined;
  let head = '';
  let rest = url;
  if (origin && url.startsWith(`${origin}/`)) {
    head = origin;
    rest = url.slice(origin.length);
  }
  const prefix = basePrefixes(base).find((candidate) => rest.startsWith(candidate));
  if (prefix === undefined) return url;
  const path = rest.slice(prefix.length);
  const suffix = path.match(/[?#].*$/)?.[0] ?? '';
  const bare = path.slice(0, path.length - suffix.length);
  if (!hasHantTwin(bare)) return url;
  return `${head}${prefix}${hantPath(bare)}${suffix}`;
}

/**
 * The simplified original of a URL in a 繁體 page (the switch's target, `data-twin`): the base written
 * as given or percent-encoded, as in `hantUrl`. Other URLs come back unchanged.
 */
export function hansUrl(url: string, base: string): string {
  const prefix = basePrefixes(base).find((candidate) => url.startsWith(`${candidate}${hantFolder}`));
  return prefix === undefined ? url : prefix + url.slice(prefix.length + hantFolder.length);
}
