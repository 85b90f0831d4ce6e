import { defineCollection } from 'astro:content';
import { editorGlob } from './integrations/editor-files';
import { chapterSchema } from './schemas/chapter';
import { reportSchema } from './schemas/report';
import { datasetSchema } from './schemas/dataset';
import { draftFolders, draftsHidden } from './report/drafts';
import { entryIds, reportsDir } from './files/report-files';

// editorGlob: Astro's glob loader reading files as editors save them (UTF-8 with or without BOM,
// LF or CRLF) and reporting schema mistakes in Chinese with file and line (src/errors.ts).

/**
 * One folder per report: `content/reports/<report>/` holds `report.mdx`, `chapters/*.mdx`,
 * `data/*.json` and `photos/`. Every id starts with the folder name, so two reports may use the
 * same chapter slug or dataset id without meeting.
 */
const base = `./${reportsDir}`;

/**
 * A production build reads no file of a draft report (drafts.ts): its folder is left out of every
 * collection, so a draft whose YAML or MDX does not parse yet cannot stop the live reports' deploy.
 */
const skipDrafts = draftsHidden() ? draftFolders(base).map((folder) => `!${folder}/**`) : [];
const files = (pattern: string) => [pattern, ...skipDrafts];

/** `<report>/report.mdx`; its body is the lede. The id is the folder name. */
const reports = defineCollection({
  loader: editorGlob(
    { base, pattern: files('*/report.mdx'), generateId: ({ entry }) => entryIds.report(entry) },
    reportSchema,
  ),
  schema: reportSchema,
});

/**
 * `<report>/chapters/<nn>-<slug>.mdx`. Ids are `<report>/<nn>-<slug>`, so two files never share an
 * id: a duplicate slug reaches orderChapters, which fails the build naming both files.
 */
const chapters = defineCollection({
  loader: editorGlob(
    {
      base,
      pattern: files('*/chapters/*.mdx'),
      generateId: ({ entry }) => entryIds.chapter(entry),
    },
    chapterSchema,
  ),
  schema: chapterSchema,
});

/** `<report>/data/<id>.json`; the id is `<report>/<id>`, the file name the id used in `<Chart id="…" />`. */
const datasets = defineCollection({
  loader: editorGlob(
    {
      base,
      pattern: files('*/data/*.json'),
      generateId: ({ entry }) => entryIds.dataset(entry),
    },
    datasetSchema,
  ),
  schema: datasetSchema,
});

export const collections = { reports, chapters, datasets };
