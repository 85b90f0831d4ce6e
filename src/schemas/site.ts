import { z } from 'astro/zod';

/** Words of the interface (not of the article) that editors may reword. */
export const uiStringsSchema = z.strictObject({
  /** The skip link that jumps past the navigation. */
  skipToContent: z.string().min(1),
  /** Link back to the cover page. */
  backToCover: z.string().min(1),
  /** Heading of the chapter list. */
  contents: z.string().min(1),
  /** Label of the link to the previous chapter. */
  previous: z.string().min(1),
  /** Label of the link to the next chapter. */
  next: z.string().min(1),
  /** Call to action on the cover's chapter list. */
  readChapter: z.string().min(1),
  /** Small label above a photo caption. */
  captionLabel: z.string().min(1),
  /** Said of a caption whose photograph is not on the site. */
  captionNoPhoto: z.string().min(1),
  /** Label of an editor's note. */
  editorNote: z.string().min(1),
  /** Title of the 404 page. */
  notFoundTitle: z.string().min(1),
  /** Text of the 404 page. */
  notFoundText: z.string().min(1),
  /** Link from the 404 page to the cover. */
  notFoundLink: z.string().min(1),
});

/** `content/site.json`: which report the site publishes, and the interface words. */
export const siteSchema = z.strictObject({
  /** Id of the report on the cover: a file name in `content/reports/` without `.mdx`. */
  report: z.string().min(1),
  /** Name of the site, appended to page titles. */
  siteName: z.string().min(1),
  /** Interface words. */
  ui: uiStringsSchema,
});

export type Site = z.infer<typeof siteSchema>;
export type UiStrings = z.infer<typeof uiStringsSchema>;
