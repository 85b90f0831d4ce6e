import type { Chapter } from '../schemas/chapter';
import type { Report } from '../schemas/report';
import { chapterNumber } from '../report/chapter-labels';
import { chapterRecord, chineseDate } from '../report/record';

/** The size of every share card (og:image), in pixels. */
export const shareCardWidth = 1200;
export const shareCardHeight = 630;

/** What a share card (the og:image) of one page shows: all of it the article's own words. */
export interface ShareCard {
  /** File name without `.png`: `cover`, `full`, or a chapter slug. */
  id: string;
  /** Small line above the title (chapter number and the report's headline, or the series kicker). */
  eyebrow: string;
  /** The page's Chinese title, set large; a space marks a line break, as in the frontmatter. */
  title: string;
  /** Small line at the foot of the card. */
  footer: string;
}

/** Id of the card of the series page (also used by the 404 page): `og/series.png`. */
export const seriesCardId = 'series';
/** Id of a report's cover card. */
export const coverCardId = 'cover';
/** Id of the card for the one-page edition. */
export const fullEditionCardId = 'full';
/** Id of the card for the data page (数据与来源). */
export const dataPageCardId = 'data';

/** Interface words the cards use. */
interface ShareCardLabels {
  /** Title of the one-page edition. */
  fullEdition: string;
  /** Title of the data page. */
  dataPage: string;
}

/** The share cards the site needs: the cover, the one-page edition, the data page and each chapter. */
export function shareCards(
  report: Report,
  chapters: readonly { data: Chapter }[],
  labels: ShareCardLabels,
): ShareCard[] {
  const headline = report.headline;
  // The record where the editor gives it: the date of publication after the kicker (the publisher too on
  // the cover's card, whose footer is otherwise empty); nothing added when there is none.
  const withDate = (text: string, date?: string) => [text, date && chineseDate(date)].filter(Boolean).join('\u3000');
  return [
    {
      id: coverCardId,
      eyebrow: report.kicker,
      title: headline,
      footer: withDate(report.publisher ?? '', report.published),
    },
    {
      id: fullEditionCardId,
      eyebrow: labels.fullEdition,
      title: headline,
      footer: withDate(report.kicker, report.published),
    },
    { id: dataPageCardId, eyebrow: headline, title: labels.dataPage, footer: report.kicker },
    ...chapters.map(({ data }) => ({
      id: data.slug,
      eyebrow: `${chapterNumber(data)} · ${headline}`,
      title: data.title,
      footer: withDate(report.kicker, chapterRecord(report, data).published),
    })),
  ];
}

/** The series page's card: the series name, in the article's words, and nothing else. */
export function seriesCard(seriesName: string): ShareCard {
  return { id: seriesCardId, eyebrow: '', title: seriesName, footer: '' };
}

/** Every character a card draws, each once: what the font must have a glyph for. */
export function cardCharacters(card: ShareCard): string {
  return [...new Set([...`${card.eyebrow}${card.title}${card.footer}`])].join('');
}

/** Id of the share card of a chart's embed page. */
export const chartCardId = (datasetId: string) => `chart-${datasetId}`;

/** The share cards of the charts' embed pages: the chart's title under the report's headline. */
export function chartShareCards(report: Report, charts: readonly { id: string; title: string }[]): ShareCard[] {
  return charts.map((chart) => ({
    id: chartCardId(chart.id),
    eyebrow: report.headline,
    title: chart.title,
    footer: report.kicker,
  }));
}
