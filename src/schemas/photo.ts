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

/**
 * The most pixels a photo may have: a 48-megapixel phone photo (8064 × 6048) passes. Decoding takes three or
 * four bytes a pixel, whatever the file's size: a 30000 × 30000 PNG of 875 KB (a "decompression bomb") is 900
 * million pixels, which the image library refused, and Astro then published the file as it was under three .webp
 * names that no browser could show (issue 34). `<Figure>` refuses a larger photo (src/report/photos.ts), and the
 * image service is given the same limit (astro.config.mjs).
 */
export const maxPhotoPixels = 50_000_000;

/** The largest photo file, in bytes: a camera's biggest JPEG is well under it. */
export const maxPhotoBytes = 30 * 1024 * 1024;
