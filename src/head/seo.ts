/**
 * Share and search metadata: page titles, absolute URLs and JSON-LD. Only what the article
 * sources, and the report's record where the editor gives it (dates, authors, editor, publisher,
 * corrections: src/report/record.ts); nothing when it does not. Absolute URLs need SITE_URL; without it (`site` undefined)
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
interface SeriesRef {
  name: string;
  /** Absolute URL of the series page; left out without SITE_URL. */
  url?: string;
}

/** What the NewsArticle JSON-LD of a page says. */
interface NewsArticleInput {
  headline: string;
  description: string;
  /** Absolute URL of the page; left out without SITE_URL. */
  url?: string;
  /** Absolute URL of the share card; left out without SITE_URL. */
  image?: string;
  series: SeriesRef;
  /** The report's number in the series (its own page only). */
  position?: number;
  /** For a chapter: the report it is part of (headline and absolute URL when known). */
  partOf?: { headline: string; url?: string };
  /** The record the editor gave (src/schemas/record.ts); each field left out when not given. */
  record?: ArticleRecord;
}

/** What schema.org is told of a page's record: dates as `YYYY-MM-DD`. */
export interface ArticleRecord {
  datePublished?: string;
  dateModified?: string;
  authors?: readonly { name: string; role?: string }[];
  editor?: string;
  publisher?: string;
  /** Corrections (更正) of the page, newest first: schema.org `correction`, each a CorrectionComment. */
  corrections?: readonly { date: string; text: string }[];
}

/** The record's properties of a NewsArticle: only those given. */
function recordProperties(record: ArticleRecord = {}): JsonLd {
  const person = (name: string, role?: string) => ({ '@type': 'Person', name, ...(role && { jobTitle: role }) });
  return {
    ...(record.datePublished && { datePublished: record.datePublished }),
    ...(record.dateModified && { dateModified: record.dateModified }),
    ...(record.authors?.length && { author: record.authors.map((author) => person(author.name, author.role)) }),
    ...(record.editor && { editor: person(record.editor) }),
    ...(record.publisher && { publisher: { '@type': 'Organization', name: record.publisher } }),
    ...(record.corrections?.length && {
      correction: record.corrections.map((correction) => ({
        '@type': 'CorrectionComment',
        text: correction.text,
        datePublished: correction.date,
      })),
    }),
  };
}

type JsonLd = Record<string, unknown>;

/** schema.org NewsArticle for a page of the report. Free to read, part of its series. */
export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  const series = {
    '@type': 'CreativeWorkSeries',
    name: input.series.name,
    ...(input.series.url && { url: input.series.url }),
  };
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
    ...recordProperties(input.record),
    isAccessibleForFree: true,
    ...(input.position !== undefined && { position: input.position }),
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

/**
 * The breadcrumb of a page (series → report → page), as a list of zero or one JSON-LD objects:
 * none without SITE_URL, since breadcrumbs need absolute URLs.
 */
export function breadcrumbs(...items: { name: string; url: string | undefined }[]): JsonLd[] {
  return items.every((item) => item.url) ? [breadcrumbJsonLd(items as { name: string; url: string }[])] : [];
}

/** One report as the series page lists it. */
interface SeriesItem {
  position: number;
  headline: string;
  /** Absolute URL of the report's cover; left out without SITE_URL. */
  url?: string;
}

/**
 * schema.org CollectionPage for the series page: the series (CreativeWorkSeries) and an
 * ItemList of its reports in series order.
 */
export function seriesPageJsonLd(input: { series: SeriesRef; items: readonly SeriesItem[] }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: input.series.name,
    inLanguage: 'zh-CN',
    ...(input.series.url && { url: input.series.url }),
    about: {
      '@type': 'CreativeWorkSeries',
      name: input.series.name,
      ...(input.series.url && { url: input.series.url }),
    },
    mainEntity: {
      '@type': 'ItemList',
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: input.items.length,
      itemListElement: input.items.map((item) => ({
        '@type': 'ListItem',
        position: item.position,
        ...(item.url && { url: item.url }),
        item: { '@type': 'NewsArticle', headline: item.headline, ...(item.url && { url: item.url }) },
      })),
    },
  };
}

/** JSON for a <script type="application/ld+json">, safe inside HTML (no `</script>` can end it early). */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
