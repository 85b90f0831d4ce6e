/**
 * The JSON-LD of each kind of page, assembled once: the pages pass what they show and the
 * site's origin (`Astro.site`, undefined without SITE_URL, when every URL is left out).
 */
import type { ChapterEntry, ReportEntry } from '../report/content';
import { chapterPath, dataPagePath, fullPath, reportPath, shareCardPath, withBase } from '../report/paths';
import { absoluteUrl, breadcrumbs, newsArticleJsonLd, seriesPageJsonLd } from './seo';
import { coverCardId, fullEditionCardId } from './share-cards';
import { site as siteJson, ui } from '../report/site';
import { chapterLastModified, chapterRecord, correctionsFor, reportLastModified } from '../report/record';
import type { ArticleRecord } from './seo';
import type { Report } from '../schemas/report';

type Origin = URL | string | undefined;
type JsonLd = Record<string, unknown>;

/** A site path (without base) as an absolute URL, or undefined without SITE_URL. */
const absolute = (path: string, origin: Origin) => absoluteUrl(withBase(path), origin);

const seriesRef = (origin: Origin) => ({ name: siteJson.series.name, url: absolute('/', origin) });

/** The first two steps of every report page's breadcrumb: series page, report cover. */
const reportCrumbs = (report: ReportEntry, origin: Origin) => [
  { name: siteJson.series.name, url: absolute('/', origin) },
  { name: report.data.headline, url: absolute(reportPath(report.id), origin) },
];

/**
 * A page's record for schema.org: published, modified (the latest update or correction, when later),
 * the people, the publisher, and the page's corrections (更正; an update, 更新, is a change, not a correction).
 */
function articleRecord(
  report: Report,
  record: { published?: string; authors?: ArticleRecord['authors'] },
  modified: string | undefined,
  corrections: readonly { date: string; text: string; kind: string }[],
): ArticleRecord {
  return {
    datePublished: record.published,
    dateModified: modified && modified !== record.published ? modified : undefined,
    authors: record.authors,
    editor: report.editor,
    publisher: report.publisher,
    corrections: corrections.filter((correction) => correction.kind === '更正'),
  };
}

/** The record of a report's own pages (cover, one-page edition): every correction of the report. */
const wholeReportRecord = (report: ReportEntry, chapters: readonly ChapterEntry[]) =>
  articleRecord(
    report.data,
    report.data,
    reportLastModified(
      report.data,
      chapters.map((chapter) => chapter.data),
    ),
    correctionsFor(report.data, null),
  );

/** The series page: a CollectionPage listing every published report. */
export function seriesJsonLd(reports: readonly ReportEntry[], origin: Origin): JsonLd[] {
  return [
    seriesPageJsonLd({
      series: seriesRef(origin),
      items: reports.map((report) => ({
        position: report.data.number,
        headline: report.data.headline,
        url: absolute(reportPath(report.id), origin),
      })),
    }),
  ];
}

/** A report's cover: the report as a NewsArticle, part of the series at its number. */
export function reportJsonLd(report: ReportEntry, chapters: readonly ChapterEntry[], origin: Origin): JsonLd[] {
  return [
    newsArticleJsonLd({
      headline: report.data.headline,
      description: report.data.description,
      url: absolute(reportPath(report.id), origin),
      image: absolute(shareCardPath(report.id, coverCardId), origin),
      series: seriesRef(origin),
      position: report.data.number,
      record: wholeReportRecord(report, chapters),
    }),
    ...breadcrumbs(...reportCrumbs(report, origin)),
  ];
}

/** A chapter page: a NewsArticle that is part of its report and of the series. */
export function chapterJsonLd(
  report: ReportEntry,
  chapter: ChapterEntry,
  description: string,
  origin: Origin,
): JsonLd[] {
  const url = absolute(chapterPath(report.id, chapter.data.slug), origin);
  return [
    newsArticleJsonLd({
      headline: chapter.data.title,
      description,
      url,
      image: absolute(shareCardPath(report.id, chapter.data.slug), origin),
      series: seriesRef(origin),
      partOf: { headline: report.data.headline, url: absolute(reportPath(report.id), origin) },
      record: articleRecord(
        report.data,
        chapterRecord(report.data, chapter.data),
        chapterLastModified(report.data, chapter.data),
        correctionsFor(report.data, chapter.data.slug),
      ),
    }),
    ...breadcrumbs(...reportCrumbs(report, origin), { name: chapter.data.title, url }),
  ];
}

/** The one-page edition: the whole report as a NewsArticle. */
export function fullEditionJsonLd(report: ReportEntry, chapters: readonly ChapterEntry[], origin: Origin): JsonLd[] {
  const url = absolute(fullPath(report.id), origin);
  return [
    newsArticleJsonLd({
      headline: report.data.headline,
      description: report.data.description,
      url,
      image: absolute(shareCardPath(report.id, fullEditionCardId), origin),
      series: seriesRef(origin),
      position: report.data.number,
      record: wholeReportRecord(report, chapters),
    }),
    ...breadcrumbs(...reportCrumbs(report, origin), { name: ui.fullEdition, url }),
  ];
}

/** The data page: a breadcrumb only. */
export function dataPageJsonLd(report: ReportEntry, origin: Origin): JsonLd[] {
  return breadcrumbs(...reportCrumbs(report, origin), {
    name: ui.dataPageTitle,
    url: absolute(dataPagePath(report.id), origin),
  });
}
