import { defineCollection } from 'astro:content';
import { editorGlob } from './integrations/editor-files';
import { chapterSchema } from './schemas/chapter';
import { reportSchema } from './schemas/report';
import { datasetSchema } from './schemas/dataset';

// editorGlob: Astro's glob loader reading files as editors save them (UTF-8 with or without BOM,
// LF or CRLF) and reporting schema mistakes in Chinese with file and line (src/errors.ts).

/** One MDX file per report; its body is the lede. */
const reports = defineCollection({
  loader: editorGlob({ base: './content/reports', pattern: '*.mdx' }, reportSchema),
  schema: reportSchema,
});

/** One MDX file per chapter, in a folder per report. */
const chapters = defineCollection({
  loader: editorGlob(
    {
      base: './content/chapters',
      pattern: '**/*.mdx',
      // Ids are the file path (`<report>/<nn>-<slug>`), so two files never share an id: a duplicate
      // slug reaches orderChapters, which fails the build naming both files (an id made from the slug
      // made the loader keep one file and drop the other with only a warning).
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    },
    chapterSchema,
  ),
  schema: chapterSchema,
});

/** One JSON file per dataset; the file name is the id used in `<Chart id="…" />`. */
const datasets = defineCollection({
  loader: editorGlob({ base: './content/data', pattern: '*.json' }, datasetSchema),
  schema: datasetSchema,
});

export const collections = { reports, chapters, datasets };
