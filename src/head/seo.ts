/**
 * Share and search metadata: page titles, absolute URLs and JSON-LD. Only what the article
 * sources: no date, author or publisher. Absolute URLs need SITE_URL; without it (`site` undefined)
 * everything that needs one is left out rather than emitted wrong.
 */

/** The page title pattern: `<page title> | <site name>`, or the site name alone on the cover. */
export function pageTitle(siteName: string, title?: string): string {
  return title ? `${title} | ${siteName}` : siteName;
}

/** `path` (already carrying the base path) as an absolute URL on `site`, or undefined without SITE_URL. */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

/** The series a report belongs to, as schema.org sees it. */
export interface SeriesRef {
  name: string;
}

/** What the NewsArticle JSON-LD of a page says. */
export interface NewsArticleInput {
  headline: string;
  description: string;
  /** Absolute URL of the page; left out without SITE_URL. */
  url?: string;
  /** Absolute URL of the share card; left out without SITE_URL. */
  image?: string;
  series: SeriesRef;
  /** For a chapter: the report it is part of (headline and absolute URL when known). */
  partOf?: { headline: string; url?: string };
}

type JsonLd = Record<string, unknown>;

/** schema.org NewsArticle for a page of the report. Free to read, part of its series. */
export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  const series = { '@type': 'CreativeWorkSeries', name: input.series.name };
  const report = input.partOf && {
    '@type': 'NewsArticle',
    headline: input.partOf.headline,
    ...(input.partOf.url && { url: input.partOf.url }),
    isPartOf: series,
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    inLanguage: 'zh-CN',
    ...(input.url && { url: input.url, mainEntityOfPage: input.url }),
    ...(input.image && { image: [input.image] }),
    isAccessibleForFree: true,
    isPartOf: report ? [report, series] : series,
  };
}

/** schema.org BreadcrumbList from the cover down to the page; needs absolute URLs, so SITE_URL. */
export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** JSON for a <script type="application/ld+json">, safe inside HTML (no `</script>` can end it early). */
/**
 * The two-step breadcrumb (cover → this page) of an inner page, as a list of zero or one
 * JSON-LD objects: none without SITE_URL, since breadcrumbs need absolute URLs.
 */
export function coverBreadcrumbs(
  cover: { name: string; url: string | undefined },
  page: { name: string; url: string | undefined },
): JsonLd[] {
  return cover.url && page.url
    ? [
        breadcrumbJsonLd([
          { name: cover.name, url: cover.url },
          { name: page.name, url: page.url },
        ]),
      ]
    : [];
}

export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
