/**
 * A built page's inline head script (src/head/pre-paint.ts), run outside a browser against the page's own
 * `<html>` and links (parsed with cheerio) and a storage the test holds: what it keeps, what it removes, where it
 * sends the reader, and what a click on one of the page's links stores. The script is taken from the built
 * HTML, so this checks what the site ships, not the module that wrote it.
 */
import { runInNewContext } from 'node:vm';
import * as cheerio from 'cheerio';

/** What one load of a page did. */
export interface HeadScriptLoad {
  /** Where the script sent the reader (`location.replace`), if anywhere. */
  went?: string;
  /** Clicks the page's first link that matches `selector` (a CSS selector for cheerio); returns the link's hash after. */
  click(selector: string): string;
}

/**
 * Loads `html` as a top-level page at `hash`, with the origin's storage `items` (changed in place, as the
 * browser's would be).
 */
export function loadPage(html: string, items: Record<string, string>, hash = '#dataset-x'): HeadScriptLoad {
  const $ = cheerio.load(html);
  const script = $('script:not([src]):not([type])').first().html();
  if (!script) throw new Error('the page has no inline head script');
  const root = $('html');
  const methods: Record<string, unknown> = {
    getItem: (key: string) => (key in items ? items[key]! : null),
    setItem: (key: string, value: string) => void (items[key] = String(value)),
    removeItem: (key: string) => void delete items[key],
  };
  // A browser's Storage: its methods, and the items as properties too.
  const localStorage = new Proxy(items, {
    get: (target, key: string) => (key in methods ? methods[key] : target[key]),
    set: (target, key: string, value) => ((target[key] = String(value)), true),
  });
  const window: Record<string, unknown> = {
    localStorage,
    document: {
      documentElement: {
        lang: root.attr('lang'),
        dataset: root.attr('data-twin') ? { twin: root.attr('data-twin') } : {},
      },
    },
    location: { hash, replace: (to: string) => (window.went ??= to) },
  };
  window.self = window.top = window;
  runInNewContext(script, window);
  return {
    get went() {
      return window.went as string | undefined;
    },
    click(selector: string) {
      const target = $(selector).first();
      if (!target.length) throw new Error(`no ${selector} on the page`);
      // The link as the script sees it: its hreflang, a hash it may set, and closest() (the link itself, when it
      // matches) by cheerio.
      const link = { hash: '', hreflang: target.attr('hreflang') ?? '' };
      (window.onclick as (event: unknown) => void)({
        target: { closest: (query: string) => (target.is(query) ? link : null) },
      });
      return link.hash;
    },
  };
}
