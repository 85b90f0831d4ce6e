/**
 * Prefixes a site-absolute path with the configured base (`BASE_PATH`), so the
 * site works from a sub-folder as well as from the root.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The URL of a chapter page. */
export function chapterHref(slug: string, base?: string): string {
  return withBase(`${slug}/`, base);
}
