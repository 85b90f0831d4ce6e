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
    // Ids are the file path (`<report>/<nn>-<slug>`), so two files never share an id: a duplicate
    // slug reaches orderChapters, which fails the build naming both files (an id made from the slug
    // made the loader keep one file and drop the other with only a warning).
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: chapterSchema,
});

/** One JSON file per dataset; the file name is the id used in `<Chart id="…" />`. */
const datasets = defineCollection({
  loader: glob({ base: './content/data', pattern: '*.json' }),
  schema: datasetSchema,
});

export const collections = { reports, chapters, datasets };
