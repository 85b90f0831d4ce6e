import { z } from 'astro/zod';

/** One wrong conversion an editor fixes: the simplified words as the report writes them, and their 繁體 form. */
const hantExceptionSchema = z.strictObject({
  /** The words as the simplified original writes them (a name, or a phrase OpenCC gets wrong). */
  simplified: z.string().trim().min(1),
  /** What the 繁體 edition writes instead, exactly. */
  traditional: z.string().trim().min(1),
  /** Why (for the next editor): what OpenCC wrote and why it is wrong. */
  reason: z.string().optional(),
});
export type HantException = z.infer<typeof hantExceptionSchema>;

/** `content/zh-hant-exceptions.json`: the series' fixes to the automatic 繁體 conversion. */
export const hantExceptionsSchema = z.strictObject({
  /** Each fix, applied before OpenCC sees the text: the longest `simplified` first. */
  exceptions: z.array(hantExceptionSchema),
});
