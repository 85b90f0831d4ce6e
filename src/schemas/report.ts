import { z } from 'astro/zod';
import { photoSchema } from './photo';
import { checkRecordDates, reportRecordFields } from './record';

/**
 * Frontmatter of a report: `content/reports/<report>/report.mdx`. The folder name is the
 * report's id and the first segment of its addresses (`/<report>/…`). The MDX body is the lede (导语).
 */
export const reportSchema = z
  .strictObject({
    /** The headline; a space marks where it breaks into two lines. */
    headline: z.string().trim().min(1),
    /** The series kicker printed with the headline, word for word (e.g. …主题报道之一). */
    kicker: z.string().trim().min(1),
    /** Position of this report in the series (named in content/site.json), counting from 1; unique. */
    number: z.number().int().positive(),
    /** The lead photograph (or its caption alone). */
    leadPhoto: photoSchema,
    /** Meta description: a sentence of the article, word for word. */
    description: z.string().trim().min(1),
    /**
     * A report still being written: shown by `npm run dev`, left out of the production build
     * (pages, sitemap, feed, data). Delete the line (or set `false`) to publish.
     */
    draft: z.boolean().default(false),
    /**
     * The report's record, all optional (src/schemas/record.ts): `published`, `updated`, `authors`,
     * `editor`, `publisher`, `page` (版次) and `corrections`. Left out, nothing is shown.
     */
    ...reportRecordFields,
  })
  .superRefine(checkRecordDates);

export type Report = z.infer<typeof reportSchema>;
