/**
 * Finds internal links in built HTML that lead nowhere: to a page that was not
 * built, to an #anchor that is not on its page, or outside the site's base path.
 * Pure (no Astro, no file system), so Node tests can use it.
 */
import * as cheerio from 'cheerio';

/** One built HTML file. */
interface BuiltHtml {
  /** Path relative to the output folder, with `/` separators, e.g. `investment/index.html`. */
  file: string;
  html: string;
}

/** A link that leads nowhere, and where it is. */
export interface BrokenLink {
  /** The HTML file the link is on. */
  file: string;
  /** The href as written. */
  href: string;
  /** What is wrong, in words. */
  problem: string;
}

/** The files a URL path (after the base) may be served from, as a static host resolves them. */
function candidates(relative: string): string[] {
  if (relative === '' || relative.endsWith('/')) return [`${relative}index.html`];
  return [relative, `${relative}/index.html`, `${relative}.html`];
}

/**
 * Checks every `<a href>` and `<link href>` that points into the site (relative,
 * root-relative, or absolute on `site`). `base` is the deployment base path, e.g. `/` or `/sub/`;
 * `otherFiles` lists the other files of the output (images, CSS, downloads) so links to them are checked too.
 */
export function findBrokenLinks(
  files: readonly BuiltHtml[],
  base: string,
  site?: string,
  otherFiles: readonly string[] = [],
): BrokenLink[] {
  const assets = new Set(otherFiles);
  const origin = new URL(site ?? 'https://internal.invalid').origin;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // URL paths are %-encoded (a base of /中文/ is /%E4%B8%AD%E6%96%87/ in url.pathname): compare encoded.
  const encodedPrefix = new URL(prefix, origin).pathname;
  const parsed = new Map(files.map((entry) => [entry.file, cheerio.load(entry.html)]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set();
      const $ = parsed.get(file)!;
      $('[id]').each((_, element) => void set!.add($(element).attr('id')!));
      $('a[name]').each((_, element) => void set!.add($(element).attr('name')!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const { file } of files) {
    const $ = parsed.get(file)!;
    const pagePath = prefix + file.replace(/(^|\/)index\.html$/, '$1');
    $('a[href], link[href]').each((_, element) => {
      const href = $(element).attr('href')!.trim();
      if (href === '' || /^(mailto|tel|javascript|data):/i.test(href)) return;
      let url: URL;
      try {
        url = new URL(href, origin + pagePath);
      } catch {
        broken.push({ file, href, problem: 'is not a valid URL' });
        return;
      }
      if (url.origin !== origin) return;
      if (!url.pathname.startsWith(encodedPrefix)) {
        broken.push({ file, href, problem: `is outside the site's base path ${prefix}` });
        return;
      }
      let relative: string;
      try {
        relative = decodeURIComponent(url.pathname.slice(encodedPrefix.length));
      } catch {
        broken.push({ file, href, problem: 'has a malformed %-escape' });
        return;
      }
      const target = candidates(relative).find((candidate) => parsed.has(candidate));
      if (!target) {
        if (!assets.has(relative))
          broken.push({ file, href, problem: `leads nowhere (nothing was built at ${url.pathname})` });
        return;
      }
      if (url.hash && url.hash !== '#') {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id)) broken.push({ file, href, problem: `leads to ${target}, which has no id "${id}"` });
      }
    });
  }
  return broken;
}
