/**
 * What a page needs for its first screen, in gzipped bytes (issue 13's "≤ 14 KB", one TCP round trip
 * at the usual initial window): the HTML from its first byte up to the first element that starts
 * below the first screen (the <head> included), plus every stylesheet the page blocks rendering on (not the
 * print edition's, `media="print"`).
 *
 * The page is laid out in Chromium with JavaScript off, which is the document the first paint is made
 * of (module scripts run after it). Elements are matched between Chromium's DOM and the source by
 * their document order; parse5 (under cheerio, scripting off like the page, so <noscript> holds elements)
 * builds the same tree as the browser, with offsets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';

/** The budget: one round trip of a typical initial congestion window (10 × 1460 bytes), rounded down. */
export const FIRST_SCREEN_BUDGET = 14 * 1024;

export interface FirstScreen {
  /** Gzipped bytes of the HTML up to the end of the first screen. */
  html: number;
  /** Gzipped bytes of the render-blocking stylesheets. */
  css: number;
  total: number;
  /** Gzipped bytes of the whole HTML, for comparison. */
  wholeHtml: number;
  /** The first element below the first screen, e.g. `p.lede` (where the count stops). */
  cutAt: string;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: constants.Z_BEST_COMPRESSION }).length;

/**
 * Measures one page of a built site. `distDir` is the build, `origin` a server serving it, `route` the
 * page's path (e.g. `/full/`); the viewport is Lighthouse's mobile one unless given.
 */
export async function measureFirstScreen(
  browser: Browser,
  distDir: string,
  origin: string,
  route: string,
  viewport = { width: 412, height: 823 },
): Promise<FirstScreen> {
  return (await measureFirstScreens(browser, distDir, origin, route, [viewport]))[0]!;
}

/** A browser context for the measures: JavaScript off, as the first paint is made. */
export const firstScreenContext = (browser: Browser, viewport = { width: 412, height: 823 }) =>
  browser.newContext({ viewport, javaScriptEnabled: false });

/**
 * Measures one page at each of `viewports`, from one load (the page is laid out again at each size). Pass a
 * tab of a context from `firstScreenContext` to measure many pages in it, one load each; else one is made.
 */
export async function measureFirstScreens(
  browser: Browser | Page,
  distDir: string,
  origin: string,
  route: string,
  viewports: readonly { width: number; height: number }[],
): Promise<FirstScreen[]> {
  const file = path.join(distDir, route.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html'));
  const html = readFileSync(file, 'utf8');
  const owned = 'newContext' in browser ? await firstScreenContext(browser, viewports[0]) : undefined;
  const page = owned ? await owned.newPage() : (browser as Page);
  await page.setViewportSize(viewports[0]!);
  await page.goto(origin + route, { waitUntil: 'load' });
  const cuts = [];
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    // Index (in document order among all elements) of the first element that starts below the screen.
    cuts.push(
      await page.evaluate(() => {
        const all = [...document.getElementsByTagName('*')];
        const index = all.findIndex((element) => {
          if (!document.body.contains(element)) return false;
          if (getComputedStyle(element).position === 'fixed') return false;
          const rects = element.getClientRects();
          return rects.length > 0 && rects[0]!.top >= innerHeight;
        });
        const element = all[index];
        return {
          index,
          count: all.length,
          name: element ? `${element.localName}${element.className ? `.${[...element.classList].join('.')}` : ''}` : '',
        };
      }),
    );
  }
  await owned?.close();
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const elements = $('*').toArray();
  let css = 0;
  // A stylesheet for print alone (media="print": the print edition) blocks no screen's first paint.
  $('link[rel="stylesheet"]:not([media="print"])').each((_, link) => {
    css += gz(readFileSync(path.join(distDir, $(link).attr('href')!.replace(/^\//, ''))));
  });
  const wholeHtml = gz(html);
  return cuts.map((cut) => {
    if (elements.length !== cut.count)
      throw new Error(`${route}: Chromium has ${cut.count} elements, parse5 ${elements.length}`);
    const offset =
      cut.index < 0
        ? html.length
        : (elements[cut.index] as { sourceCodeLocation?: { startOffset: number } }).sourceCodeLocation!.startOffset;
    const htmlBytes = gz(html.slice(0, offset));
    return { html: htmlBytes, css, total: htmlBytes + css, wholeHtml, cutAt: cut.name };
  });
}
