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
