import { z } from 'astro/zod';
import { photoSchema } from './photo';

/** The series a report belongs to (this one is 主题报道之一, no. 1). */
export const seriesSchema = z.strictObject({
  /** Name of the series in the article's own words. */
  name: z.string().trim().min(1),
  /** Position of this report in the series, counting from 1. */
  number: z.number().int().positive(),
});

/**
 * Frontmatter of a report: `content/reports/<report>.mdx`. The MDX body of the
 * file is the lede (导语).
 */
export const reportSchema = z.strictObject({
  /** The headline; a space marks where it breaks into two lines. */
  headline: z.string().trim().min(1),
  /** The series kicker printed with the headline, word for word. */
  kicker: z.string().trim().min(1),
  /** The series this report is part of. */
  series: seriesSchema,
  /** The lead photograph (or its caption alone). */
  leadPhoto: photoSchema,
  /** Meta description: a sentence of the article, word for word. */
  description: z.string().trim().min(1),
});

export type Report = z.infer<typeof reportSchema>;
