import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { compactScript } from '../../src/charts/embed';
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentPages, firstReport, readPages, reportOfPage, type BuiltPage } from '../support/dist';
import { datasets as datasetsForEmbeds } from '../support/datasets';
import { expectedHant, isHantPage } from '../support/hant';

const articleText = readFileSync(new URL('../fixtures/article.txt', import.meta.url), 'utf8').replace(/\s*\n\s*/g, '');
const hantArticleText = expectedHant(articleText);

/** Every internal link on `page` that does not resolve to a file (or an id on the target page). */
function brokenLinks(page: BuiltPage, pages: BuiltPage[], distDir: string, base: string): string[] {
  const broken: string[] = [];
  page.$('a[href], link[href]').each((_, element) => {
    const href = page.$(element).attr('href')!;
    const url = new URL(href, `https://example.org${base}${page.route.slice(1)}`);
    if (url.origin !== 'https://example.org') return;
    if (!url.pathname.startsWith(base)) {
      broken.push(`${page.route}: ${href} is outside ${base}`);
      return;
    }
    const relative = decodeURIComponent(url.pathname.slice(base.length));
    const file = relative === '' || relative.endsWith('/') ? path.join(relative, 'index.html') : relative;
    if (!existsSync(path.join(distDir, file))) {
      broken.push(`${page.route}: ${href} has no file ${file}`);
      return;
    }
    if (url.hash) {
      const target = pages.find((candidate) => candidate.file === file.split(path.sep).join('/'));
      const id = decodeURIComponent(url.hash.slice(1));
      if (!target || target.$(`[id="${id}"]`).length === 0) broken.push(`${page.route}: ${href} has no #${id}`);
    }
  });
  return broken;
}

describe('every page of the built site', () => {
  const distDir = inject('distDir');
  const pages = contentPages(distDir);
  const r = `/${firstReport}`;
  // The charts' embed pages (issue 12, and their 繁體 twins) are framed by other sites: tested below and in
  // tests/build/reader.test.ts.
  const embedPages = pages.filter((page) => /^\/(zh-hant\/)?embed\//.test(page.route));
  const sitePages = pages.filter((page) => !embedPages.includes(page));

  it('is built: the series page, and for report 1 a cover, four chapters, the one-page edition and the data page; a 404 page', () => {
    expect(sitePages.filter((page) => !isHantPage(page)).map((page) => page.file)).toEqual([
      '404.html',
      `${firstReport}/data/index.html`,
      `${firstReport}/full/index.html`,
      `${firstReport}/index.html`,
      `${firstReport}/industry-clusters/index.html`,
      `${firstReport}/innovation/index.html`,
      `${firstReport}/investment/index.html`,
      `${firstReport}/reporters-note/index.html`,
      'index.html',
    ]);
  });

  it('builds an embed page for every chart (and for nothing else)', () => {
    const charts = datasetsForEmbeds.filter((dataset) => dataset.display !== 'cards').map((dataset) => dataset.id);
    expect(embedPages.filter((page) => !isHantPage(page)).map((page) => page.file)).toEqual(
      charts.sort().map((id) => `embed/${firstReport}/${id}/index.html`),
    );
  });

  it('carries the embeds’ resize script inline in the 嵌入 code, and still serves it for the snippets pasted before', () => {
    const chartPage = sitePages.find((page) => page.$('[data-embed] textarea').length)!;
    const $snippet = cheerio.load(chartPage.$('[data-embed] textarea').first().text());
    const script = $snippet('script');
    // Inline (issue 34): a script loaded with an integrity hash runs only where the host sends a CORS header.
    expect(script.attr('src')).toBeUndefined();
    const served = readFileSync(path.join(distDir, 'embed/resize.js'));
    expect(script.html()).toBe(compactScript(served.toString('utf8')));
    // Issue 28's snippets load embed/resize.<hash>.js with the file's sha384: the same bytes, under the hash's name.
    const hashed = readdirSync(path.join(distDir, 'embed'))
      .filter((file) => file.endsWith('.js'))
      .sort();
    const digest = createHash('sha384').update(served).digest('hex').slice(0, 12);
    expect(hashed).toEqual(['resize.js', `resize.${digest}.js`].sort());
    expect(readFileSync(path.join(distDir, `embed/resize.${digest}.js`)).equals(served)).toBe(true);
  });

  it.each(pages.map((page) => [page.file, page] as const))(
    '%s has lang, a title, a description and a favicon',
    (_, page) => {
      expect(page.$('html').attr('lang')).toBe(isHantPage(page) ? 'zh-Hant-TW' : 'zh-CN');
      expect(page.$('head > title').text().trim()).not.toBe('');
      expect(page.$('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
      expect(page.$('link[rel="icon"]').attr('href')).toBeTruthy();
      expect(page.$('h1')).toHaveLength(1);
    },
  );

  // The 404 and data pages are interface pages: their descriptions are interface words from site.json.
  it.each(
    pages
      .filter((page) => !['404.html', `${firstReport}/data/index.html`].includes(page.file.replace(/^zh-hant\//, '')))
      .map((page) => [page.file, page] as const),
  )('%s takes its description from the article word for word', (_, page) => {
    const description = page.$('meta[name="description"]').attr('content')!;
    // A chart's embed page is described by its figures' quotes, joined by ；.
    const parts = embedPages.includes(page) ? description.split('；') : [description];
    // The 繁體 edition's: the article's words converted (docs/zh-hant.md).
    for (const part of parts) expect(isHantPage(page) ? hantArticleText : articleText).toContain(part);
  });

  it.each(pages.filter((page) => !page.file.endsWith('404.html')).map((page) => [page.file, page] as const))(
    '%s has an absolute canonical URL on SITE_URL',
    (_, page) => {
      expect(page.$('link[rel="canonical"]').attr('href')).toBe(`https://example.org${page.route}`);
    },
  );

  it('marks the current chapter in the chapter navigation', () => {
    const page = pages.find((candidate) => candidate.route === `${r}/investment/`)!;
    const current = page.$('nav a[aria-current="page"]');
    expect(current).toHaveLength(1);
    expect(current.attr('href')).toBe(`${r}/investment/`);
  });

  it('links each chapter to the previous and next one and back to the cover', () => {
    const first = pages.find((candidate) => candidate.route === `${r}/industry-clusters/`)!;
    expect(first.$('a[rel="prev"]').attr('href')).toBe(`${r}/`);
    expect(first.$('a[rel="next"]').attr('href')).toBe(`${r}/investment/`);
    const last = pages.find((candidate) => candidate.route === `${r}/reporters-note/`)!;
    expect(last.$('a[rel="next"]')).toHaveLength(0);
    expect(last.$('a[rel="prev"]').attr('href')).toBe(`${r}/innovation/`);
  });

  it('gives every report page the series navigation, the current report marked', () => {
    for (const page of sitePages.filter(reportOfPage)) {
      // A 繁體 page's navigation stays in the 繁體 edition.
      const edition = isHantPage(page) ? '/zh-hant' : '';
      const report = page.route.slice(edition.length).split('/')[1];
      if (!report || report === '404.html') continue;
      const nav = page.$('nav[data-series-nav]');
      expect(nav, page.file).toHaveLength(1);
      expect(nav.find('a[aria-current]').attr('href'), page.file).toBe(`${edition}/${report}/`);
      expect(nav.find(`a[href="${edition}/"]`), page.file).toHaveLength(1);
    }
  });

  it('links the RSS feed from every page’s head', () => {
    for (const page of pages) {
      expect(page.$('link[rel="alternate"][type="application/rss+xml"]').attr('href'), page.file).toBe(
        isHantPage(page) ? 'https://example.org/zh-hant/rss.xml' : 'https://example.org/rss.xml',
      );
    }
  });
});

describe('a build with BASE_PATH=/sub/', () => {
  const distDir = inject('subDistDir');
  const pages = readPages(distDir);
  // Redirect pages link (and refresh) only inside /sub/ too.

  it.each(readPages(distDir).map((page) => [page.file, page] as const))('%s links only inside /sub/', (_, page) => {
    expect(brokenLinks(page, pages, distDir, '/sub/')).toEqual([]);
    const hrefs = page
      .$('[href], [src]')
      .map((_, element) => page.$(element).attr('href') ?? page.$(element).attr('src'))
      .get()
      .filter((href) => href.startsWith('/'));
    expect(hrefs.filter((href) => !href.startsWith('/sub/'))).toEqual([]);
  });

  it('puts the base path in canonical URLs', () => {
    const cover = pages.find((page) => page.file === 'index.html')!;
    expect(cover.$('link[rel="canonical"]').attr('href')).toBe('https://example.org/sub/');
  });
});
