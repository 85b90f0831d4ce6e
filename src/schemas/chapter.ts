import { z } from 'astro/zod';
import { chapterRecordFields, checkRecordDates } from './record';

/** Fields every chapter has, whatever its kind. */
const chapterBase = {
  /** Position in the report, from 1; unique within a report. */
  order: z.number().int().positive(),
  /** URL segment: lowercase ASCII letters, digits and hyphens; unique within a report. */
  slug: z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      '只能用小写英文字母、数字和单个连字符，例如 "industry-clusters"（lowercase ASCII letters, digits and hyphens）',
    ),
  /** The chapter title as printed; a space marks where it may break into two lines. */
  title: z.string().trim().min(1),
  /** Where the chapter's record differs from its report's: `published`, `updated`, `authors`, `page` (src/schemas/record.ts). */
  ...chapterRecordFields,
};

/** A report section: opens with a one-sentence standfirst (the lead line). */
const sectionChapterSchema = z
  .strictObject({
    ...chapterBase,
    /** The chapter kind: `section` for the report's sections. */
    kind: z.literal('section'),
    /** The one-sentence lead line the section opens with, word for word. */
    standfirst: z.string().trim().min(1, '栏目（section）要有一句导语 standfirst'),
  })
  .superRefine(checkRecordDates);

/** The reporter's note (记者手记) that closes a report. */
const noteChapterSchema = z
  .strictObject({
    ...chapterBase,
    /** The chapter kind: `note` for the reporter's note. */
    kind: z.literal('note'),
    /** The label printed before the title, e.g. 记者手记. */
    label: z.string().trim().min(1),
  })
  .superRefine(checkRecordDates);

/** Frontmatter of a chapter: `content/reports/<report>/chapters/<nn>-<slug>.mdx` (the folder names its report). */
export const chapterSchema = z.discriminatedUnion('kind', [sectionChapterSchema, noteChapterSchema], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `只能是 "section"、"note" 之一（栏目写 section，记者手记写 note），写的是 ${JSON.stringify(
          issue.input && typeof issue.input === 'object' ? (issue.input as { kind?: unknown }).kind : issue.input,
        )}`
      : undefined,
});

export type Chapter = z.infer<typeof chapterSchema>;
