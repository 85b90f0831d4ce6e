import type { IdentifiedDataset } from '../schemas/dataset';

/** Where a value's sentence is and what it says, for tooltips. */
interface SourceSentence {
  /** The whole sentence of the article that states the value. */
  sentence: string;
  /** URL of the sentence in the text (page path and #anchor). */
  href: string;
}

/**
 * Everything a chart needs, serialised into the page at build time: the dataset
 * and, per value key, the sentence it comes from.
 */
export interface ChartInput {
  dataset: IdentifiedDataset;
  sentences: Record<string, SourceSentence>;
  /**
   * Per value key, the figure with its unit as the article writes it (the data table's value column),
   * formatted at build time: the browser formats no figure itself, as a page's first Intl.NumberFormat
   * costs about 15 ms of main thread for ICU's locale data (issue 13).
   */
  values: Record<string, string>;
  /**
   * Per value key, where its label may break onto a new line (offsets into the label, between words:
   * src/typesetting/line-breaks.ts), found at build time with ICU's word segmentation, so the browser
   * breaks a label as the build-time image does and needs no dictionary of its own. Numbers, so the 繁體
   * edition's converted labels (the same length) break at the same words. Each list ends with the label's
   * length: a label the edition wrote at another length (an exception of another length,
   * content/zh-hant-exceptions.json) no longer matches its offsets, which are then not used.
   */
  labelBreaks: Record<string, number[]>;
  /**
   * The words of the drawn chart's controls (site.json's ui): the key hint and the live region's
   * "item n of count". Only the browser's chart uses them, so they come with its input, not in the
   * page's HTML (a reader without JavaScript never sees them).
   */
  words?: { keys: string; item: string };
}
