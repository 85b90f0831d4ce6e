import Figure from './Figure.astro';
import EditorNote from './EditorNote.astro';
import Chart from './Chart.astro';
import KeyFigures from './KeyFigures.astro';
import ShiftedHeading from './ShiftedHeading.astro';
import SentenceSpan from './SentenceSpan.astro';
import type { mdxComponentNames } from '../../schemas/components';

/**
 * The components editors may use in MDX without importing them. Every page that renders MDX
 * (cover, chapters, the one-page edition) passes this one map, so a new component is added once.
 */
export const mdxComponents = { Figure, EditorNote, Chart, KeyFigures } satisfies Record<
  (typeof mdxComponentNames)[number],
  unknown
>;

/**
 * The same map for the one-page edition, where chapter titles are <h2>: sub-headings go one level down;
 * and the figures' sentence anchors, which nothing links to there, are left out (SentenceSpan).
 */
export const mdxComponentsInFullEdition = {
  ...mdxComponents,
  h2: ShiftedHeading,
  h3: ShiftedHeading,
  span: SentenceSpan,
};
