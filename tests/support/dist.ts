/** Reads a built site: its HTML pages, parsed with cheerio (parse5 underneath). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

export interface BuiltPage {
  /** Path of the file relative to the dist folder, e.g. `investment/index.html`. */
  file: string;
  /** The URL path the page is served at, without the base, e.g. `/investment/`. */
  route: string;
  html: string;
  $: cheerio.CheerioAPI;
}

/** Every HTML file in `distDir`. */
export function readPages(distDir: string): BuiltPage[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(path.join(distDir, file), 'utf8');
      const posix = file.split(path.sep).join('/');
      const route = '/' + posix.replace(/index\.html$/, '');
      return { file: posix, route, html, $: cheerio.load(html) };
    });
}

/** The visible text of the page's <main>, whitespace between elements removed as a reader sees it. */
export function mainText(page: BuiltPage): string {
  return page
    .$('main')
    .text()
    .replace(/\s*\n\s*/g, '');
}

/** A static redirect page (an old address of report 1, src/report/legacy-redirects.ts). */
export const isRedirectPage = (page: BuiltPage) => page.$('meta[http-equiv="refresh"]').length > 0;

/** The pages readers read: every HTML page but the static redirects. */
export function contentPages(distDir: string): BuiltPage[] {
  return readPages(distDir).filter((page) => !isRedirectPage(page));
}

/** The report a page belongs to (`/<report>/…`), or undefined for the series page and the 404 page. */
export const reportOfPage = (page: BuiltPage) => page.route.match(/^\/([^/]+)\//)?.[1];

/** The report the tests check word for word against the article, at its address. */
export const firstReport = 'cong-xin-chu-fa';

/**
 * The `<figure>` and `<table>` start tags written inside a `<p>` in raw HTML (a `<p>` open and not yet
 * closed). Read from the text, not the parsed tree: an HTML parser closes the paragraph before a
 * figure or table, so a query of the tree can never find one inside it.
 */
export function blocksInParagraphs(html: string): string[] {
  const found: string[] = [];
  let open = false;
  for (const [tag, closing, name] of html.matchAll(/<(\/?)(p|figure|table)\b[^>]*>/gi)) {
    if (name!.toLowerCase() === 'p') open = !closing;
    else if (!closing && open) found.push(tag);
  }
  return found;
}
