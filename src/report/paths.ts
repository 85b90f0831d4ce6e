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

/** The URL of the data page (数据与来源). */
export function dataPageHref(base?: string): string {
  return withBase('data/', base);
}
