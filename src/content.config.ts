import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { reportSchema } from './schemas/report';
import { datasetSchema } from './schemas/dataset';

/** One MDX file per report; its body is the lede. */
const reports = defineCollection({
  loader: glob({ base: './content/reports', pattern: '*.mdx' }),
  schema: reportSchema,
});

/** One MDX file per chapter, in a folder per report. */
const chapters = defineCollection({
  loader: glob({
    base: './content/chapters',
    pattern: '**/*.mdx',
    // Ids are `<report>/<slug>` so two reports may reuse a slug.
    generateId: ({ entry, data }) => `${entry.split('/')[0]}/${String(data.slug ?? entry)}`,
  }),
  schema: chapterSchema,
});

/** One JSON file per dataset; the file name is the id used in `<Chart id="…" />`. */
const datasets = defineCollection({
  loader: glob({ base: './content/data', pattern: '*.json' }),
  schema: datasetSchema,
});

export const collections = { reports, chapters, datasets };
