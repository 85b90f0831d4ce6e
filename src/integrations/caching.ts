/**
 * How long browsers and caches keep each kind of file, for the deploy recipes and the test server.
 * No imports, so plain Node (scripts/lib/static-server.ts under `npm run bench`) can load it too.
 */

/** Cache-Control for content-hashed build assets (`/_astro/*`): a new build gives them new names. */
export const immutableCaching = 'public, max-age=31536000, immutable';
/** Cache-Control for HTML and other unhashed files: always revalidate, so a deploy shows at once. */
export const htmlCaching = 'no-cache';
