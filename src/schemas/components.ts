import { z } from 'astro/zod';
import { photoSchema } from './photo';

/**
 * The props of the components editors call in MDX (src/components/mdx/). The components check
 * them with `checkProps` (src/errors.ts), which names the MDX file and line on a mistake.
 */

/** The components editors may call in MDX without importing them (src/components/mdx/index.ts). */
export const mdxComponentNames = ['Figure', 'EditorNote', 'Chart', 'KeyFigures'] as const;

/** `<Figure caption="…" image="photos/x.jpg" alt="…" credit="…" />`; page templates may also ask for the larger lead layout. */
export const figurePropsSchema = photoSchema.extend({
  /** `lead` for the cover's lead photo; editors leave it out. */
  variant: z.enum(['lead', 'inline']).optional(),
  /** The report whose folder holds the photo, for page templates; MDX files are known by their path. */
  report: z.string().optional(),
});

/** `<Chart id="project-counts" />`: the id is the dataset's file name without `.json`. */
export const chartPropsSchema = z.strictObject({
  /** The dataset to draw. */
  id: z.string().trim().min(1),
  /** The chart's embed page (src/pages/embed/[report]/[id].astro) shows it alone; not for MDX. */
  embed: z.boolean().optional(),
  /** The report of the dataset, for page templates; MDX files are known by their path. */
  report: z.string().optional(),
});

/** `<KeyFigures id="hub-port" />`: the id is the dataset's file name without `.json`. */
export const keyFiguresPropsSchema = z.strictObject({
  /** The dataset to show as cards. */
  id: z.string().trim().min(1),
});
