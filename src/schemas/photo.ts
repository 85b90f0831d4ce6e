import { z } from 'astro/zod';

/**
 * A photograph that belongs to the report, or just its caption when the
 * photograph itself is not (yet) available.
 */
export const photoSchema = z.strictObject({
  /** The caption exactly as the article prints it. */
  caption: z.string().trim().min(1, '要写图片说明 caption'),
  /** Path of the image file relative to `content/` (e.g. `photos/lead.jpg`); leave out when there is no photograph. */
  image: z.string().trim().min(1).optional(),
  /** Describes what the photograph shows for screen readers; required with `image`. */
  alt: z.string().trim().min(1).optional(),
  /** Photographer or agency, only when the source names one. */
  credit: z.string().trim().min(1).optional(),
});
