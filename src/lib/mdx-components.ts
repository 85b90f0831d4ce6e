import Figure from '../components/Figure.astro';
import EditorNote from '../components/EditorNote.astro';
import Chart from '../components/Chart.astro';
import KeyFigures from '../components/KeyFigures.astro';

/**
 * The components editors may use in MDX without importing them. Every page that renders MDX
 * (cover, chapters, the one-page edition) passes this one map, so a new component is added once.
 */
export const mdxComponents = { Figure, EditorNote, Chart, KeyFigures };
