import type { IdentifiedDataset } from '../schemas/dataset';

/** Where a value's sentence is and what it says, for tooltips. */
export interface SourceSentence {
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
}
