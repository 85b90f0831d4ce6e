/**
 * The text of robots.txt. Crawlers may read everything; the sitemap (written by @astrojs/sitemap
 * only when SITE_URL is set) is named by its absolute URL, as the robots.txt standard requires.
 */
export function robotsTxt(site: URL | undefined, base: string): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(`${base.replace(/\/?$/, '/')}sitemap-index.xml`, site).href}`);
  return `${lines.join('\n')}\n`;
}
