import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { reportSchema } from './schemas/report';
import { datasetSchema } from './schemas/dataset';

/**
 * One folder per report: `content/reports/<report>/` holds `report.mdx`, `chapters/*.mdx`,
 * `data/*.json` and `photos/`. Every id starts with the folder name, so two reports may use the
 * same chapter slug or dataset id without meeting.
 */
const base = './content/reports';

/** `<report>/report.mdx`; its body is the lede. The id is the folder name. */
const reports = defineCollection({
  loader: glob({ base, pattern: '*/report.mdx', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: reportSchema,
});

/**
 * `<report>/chapters/<nn>-<slug>.mdx`. Ids are `<report>/<nn>-<slug>`, so two files never share an
 * id: a duplicate slug reaches orderChapters, which fails the build naming both files.
 */
const chapters = defineCollection({
  loader: glob({
    base,
    pattern: '*/chapters/*.mdx',
    generateId: ({ entry }) => entry.replace(/\/chapters\//, '/').replace(/\.mdx$/, ''),
  }),
  schema: chapterSchema,
});

/** `<report>/data/<id>.json`; the id is `<report>/<id>`, the file name the id used in `<Chart id="…" />`. */
const datasets = defineCollection({
  loader: glob({
    base,
    pattern: '*/data/*.json',
    generateId: ({ entry }) => entry.replace(/\/data\//, '/').replace(/\.json$/, ''),
  }),
  schema: datasetSchema,
});

export const collections = { reports, chapters, datasets };
