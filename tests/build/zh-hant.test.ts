/**
 * The 繁體 edition (docs/zh-hant.md) as built: every page's twin under /zh-hant/, the article's every
 * sentence converted on it, hreflang both ways, the switch, nothing left in simplified characters,
 * the share cards and chart images of its own, the feed and the sitemap. The sentences are converted
 * here with OpenCC itself (opencc-js, Taiwan's standard characters, 「」 for quotation marks) and the series'
 * exceptions file, not with the site's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sentences } from '../support/article';
import { contentPages, firstReport, mainText, type BuiltPage } from '../support/dist';
import { expectedHant, hantExceptions, openCc } from '../support/hant';
import siteJson from '../../content/site.json';
import { twinDifferences } from '../support/twin-proof';

const distDir = inject('distDir');
const pages = contentPages(distDir);
const hantPages = pages.filter((page) => page.route.startsWith('/zh-hant/'));
const hansPages = pages.filter((page) => !page.route.startsWith('/zh-hant/'));
const byRoute = new Map(pages.map((page) => [page.route, page]));
const origin = 'https://example.org';

const expected = (text: string) => expectedHant(text);

/** The page's visible text outside <script>, without the switch (the one label left in simplified characters). */
function readerText(page: BuiltPage): string {
  const $ = page.$;
  const body = $('body').clone();
  body.find('script, [data-script-switch]').remove();
  return `${$('title').text()}${body.text()}`.replace(/\s+/g, '');
}

/** Characters OpenCC would still change in `text`: simplified ones left over (the exceptions' own corrections aside). */
function leftover(text: string): string[] {
  for (const { traditional } of hantExceptions) text = text.replaceAll(traditional, '');
  const again = [...openCc(text)];
  return [...text].filter((character, i) => character !== again[i]);
}

const alternates = (page: BuiltPage) =>
  Object.fromEntries(
    page
      .$('link[rel="alternate"][hreflang]')
      .map((_, link) => [[page.$(link).attr('hreflang'), page.$(link).attr('href')]])
      .get(),
  ) as Record<string, string>;

describe('the 繁體 edition', () => {
  it('has a twin of every page (the 404 page too) under /zh-hant/', () => {
    expect(hansPages.length).toBeGreaterThan(15);
    expect(hansPages.map((page) => `/zh-hant${page.route}`).sort()).toEqual(hantPages.map((p) => p.route).sort());
  });

  it('carries every sentence of the article, converted, on the 繁體 report pages', () => {
    const text = hantPages
      .filter((page) => page.route.startsWith(`/zh-hant/${firstReport}/`) && !page.route.includes('/full/'))
      .map(mainText)
      .join('');
    const missing = sentences.filter((sentence) => !text.includes(expected(sentence)));
    expect(missing).toEqual([]);
    // The one-page edition carries them all too.
    const full = mainText(byRoute.get(`/zh-hant/${firstReport}/full/`)!);
    expect(sentences.filter((sentence) => !full.includes(expected(sentence)))).toEqual([]);
  });

  it('writes the corrections of the exceptions file, not what OpenCC alone would', () => {
    const note = mainText(byRoute.get(`/zh-hant/${firstReport}/reporters-note/`)!);
    expect(note).toContain('涵養發展好生態');
    expect(note).not.toContain('涵養髮展');
    expect(mainText(byRoute.get(`/zh-hant/${firstReport}/`)!)).toContain('新時代新征程');
  });

  it('writes Taiwan’s standard characters, not Hong Kong’s, and 「」 for every quotation mark (issue 33)', () => {
    const text = hantPages.map(readerText).join('');
    for (const page of hantPages)
      expect(readerText(page).match(/[“”‘’]/g) ?? [], `${page.route}: quotation marks left`).toEqual([]);
    expect(text).toContain('「新質生產力」');
    expect(mainText(byRoute.get(`/zh-hant/${firstReport}/`)!)).toContain('從「新」出發');
    // Taiwan's forms (集群, 駝峰, 隨著, 戶, 銳, 稅) where OpenCC's Hong Kong standard writes 集羣, 駝峯, 隨着, 户, 鋭, 税.
    for (const taiwan of ['產業集群', '駝峰600', '隨著', '16戶企業', '新承航銳', '財稅'])
      expect(text).toContain(taiwan);
    expect(text).not.toMatch(/[羣峯着鋭]|\d户|財税/);
  });

  it('leaves no simplified character that OpenCC would still change (under 0.3 % on every page)', () => {
    for (const page of hantPages) {
      const text = readerText(page);
      const left = leftover(text);
      expect(left.length / text.length, `${page.route}: ${left.join('')}`).toBeLessThan(0.003);
    }
  });

  it('converts every attribute that holds words: none left in simplified characters but ids and addresses', () => {
    // Ids, the references to them and addresses are never converted (issue 34); any other attribute holding
    // Chinese is words for readers, and the edition must know it (src/integrations/hant-edition.ts).
    const notWords =
      /^(id|for|headers|aria-labelledby|aria-describedby|aria-controls|aria-owns|href|src|srcset|data-twin)$/;
    for (const page of hantPages)
      page.$('*').each((_, element) => {
        for (const [name, value] of Object.entries((element as { attribs: Record<string, string> }).attribs)) {
          if (notWords.test(name) || (page.$(element).is('meta[http-equiv]') && name === 'content')) continue;
          expect(leftover(value), `${page.route} <${(element as { name: string }).name} ${name}>`).toEqual([]);
        }
      });
  });

  it('is marked zh-Hant-TW, and its simplified twin zh-CN', () => {
    for (const page of hantPages) expect(page.$('html').attr('lang'), page.route).toBe('zh-Hant-TW');
    for (const page of hansPages) expect(page.$('html').attr('lang'), page.route).toBe('zh-CN');
  });

  it('names each twin with hreflang, both ways, plus x-default (not on the 404 pages)', () => {
    for (const page of hansPages.filter((p) => !p.route.startsWith('/404'))) {
      const hans = `${origin}${page.route}`;
      const hant = `${origin}/zh-hant${page.route}`;
      const own = alternates(page);
      expect(own, page.route).toEqual({ 'zh-CN': hans, 'zh-Hant-TW': hant, 'x-default': hans });
      const twin = byRoute.get(`/zh-hant${page.route}`)!;
      expect(alternates(twin), twin.route).toEqual(own);
      expect(page.$('link[rel="canonical"]').attr('href')).toBe(hans);
      expect(twin.$('link[rel="canonical"]').attr('href')).toBe(hant);
    }
    expect(alternates(byRoute.get('/zh-hant/404.html')!)).toEqual({});
  });

  it('has a 繁/简 switch on every page leading to the same page in the other script', () => {
    for (const page of hansPages) {
      const switchLink = page.$('a[data-script-switch]');
      expect(switchLink.length, page.route).toBe(1);
      expect(switchLink.text().trim()).toBe(siteJson.ui.scriptSwitchHant);
      expect(switchLink.attr('hreflang')).toBe('zh-Hant-TW');
      const target = page.route === '/404.html' ? '/zh-hant/' : `/zh-hant${page.route}`;
      expect(switchLink.attr('href'), page.route).toBe(target);
      const back = byRoute.get(`/zh-hant${page.route}`)!.$('a[data-script-switch]');
      expect(back.text().trim()).toBe(siteJson.ui.scriptSwitchHans);
      expect(back.attr('hreflang')).toBe('zh-CN');
      expect(back.attr('lang')).toBe('zh-CN');
      expect(back.attr('href'), page.route).toBe(page.route === '/404.html' ? '/' : page.route);
      // Where the head script takes a reader who chose the other script (none on the 404 pages).
      const notFound = page.route === '/404.html';
      expect(page.$('html').attr('data-twin')).toBe(notFound ? undefined : `/zh-hant${page.route}`);
      expect(byRoute.get(`/zh-hant${page.route}`)!.$('html').attr('data-twin')).toBe(notFound ? undefined : page.route);
    }
  });

  it('keeps every id, so an #anchor leads to the same place in both scripts', () => {
    for (const page of hansPages) {
      const ids = (p: BuiltPage) =>
        p
          .$('[id]')
          .map((_, element) => p.$(element).attr('id'))
          .get();
      expect(ids(byRoute.get(`/zh-hant${page.route}`)!), page.route).toEqual(ids(page));
    }
  });

  it('links to its own pages, share cards, chart images and feed; downloads stay the published files', () => {
    for (const page of hantPages) {
      const $ = page.$;
      const own = $('a[href^="/"]:not([data-script-switch]), img[src^="/"], source[srcset^="/"]')
        .map((_, element) => $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('srcset'))
        .get();
      for (const href of own) {
        const downloadOrAsset =
          /\.(csv|json)$|^\/(_astro|embed\/resize\.js|favicon)/.test(href) && !href.endsWith('.chart.json');
        if (!downloadOrAsset) expect(href, `${page.route} → ${href}`).toMatch(/^\/zh-hant\//);
      }
      const ogImage = $('meta[property="og:image"]').attr('content');
      if (ogImage) {
        expect(ogImage).toMatch(new RegExp(`^${origin}/zh-hant/`));
        expect(existsSync(path.join(distDir, ogImage.slice(origin.length)))).toBe(true);
      }
      expect($('link[type="application/rss+xml"]').attr('href')).toBe(`${origin}/zh-hant/rss.xml`);
    }
    const data = byRoute.get(`/zh-hant/${firstReport}/data/`)!;
    expect(data.$(`a[href="/${firstReport}/data/project-counts.csv"]`).length).toBeGreaterThan(0);
  });

  it('converts titles, descriptions, share-card words and JSON-LD, and names the language in it', () => {
    const page = byRoute.get(`/zh-hant/${firstReport}/investment/`)!;
    const $ = page.$;
    expect($('title').text()).toBe(expected(byRoute.get(`/${firstReport}/investment/`)!.$('title').text()));
    expect($('meta[name="description"]').attr('content')).toBe('精準招商引資，是加快形成新質生產力的源頭活水。');
    expect($('meta[property="og:locale"]').attr('content')).toBe('zh_TW');
    const jsonLd = $('script[type="application/ld+json"]')
      .map((_, script) => JSON.parse($(script).text()))
      .get();
    const article = jsonLd.find((item) => item['@type'] === 'NewsArticle');
    expect(article.inLanguage).toBe('zh-Hant-TW');
    expect(article.url).toBe(`${origin}/zh-hant/${firstReport}/investment/`);
    expect(article.headline).toBe(expected('招商引资接龙引凤 注入发展“新活力”'));
  });

  it('says in the footer that the page is converted from the simplified original', () => {
    const notice = expected(siteJson.ui.hantNotice);
    for (const page of hantPages) {
      const where = page.$('footer').length ? page.$('footer [data-hant-notice]') : page.$('main [data-hant-notice]');
      expect(where.text(), page.route).toBe(notice);
    }
    for (const page of hansPages) expect(page.$('[data-hant-notice]').length).toBe(0);
  });

  it('draws its own share cards and chart images, not copies of the simplified ones', () => {
    for (const file of [
      `${firstReport}/og/investment.png`,
      `${firstReport}/charts/project-counts.png`,
      'og/series.png',
    ]) {
      const hans = readFileSync(path.join(distDir, file));
      const hant = readFileSync(path.join(distDir, 'zh-hant', file));
      expect(hant.equals(hans), file).toBe(false);
    }
  });

  it('gives the charts converted inputs (inline and as files) and units the chart code still reads', () => {
    const chapter = byRoute.get(`/zh-hant/${firstReport}/investment/`)!;
    const input = JSON.parse(chapter.$('chart-figure script[type="application/json"]').first().text());
    expect(leftover(JSON.stringify(input))).toEqual([]);
    const file = readFileSync(path.join(distDir, `zh-hant/${firstReport}/data/investment-amounts.chart.json`), 'utf8');
    expect(file).toContain('億元');
    expect(leftover(file)).toEqual([]);
    const full = byRoute.get(`/zh-hant/${firstReport}/full/`)!;
    expect(full.$('chart-figure[data-input]').first().attr('data-input')).toMatch(/^\/zh-hant\/.+\.chart\.json$/);
  });

  it('has a feed of its own, and the sitemap lists both editions with their alternates', () => {
    const feed = readFileSync(path.join(distDir, 'zh-hant/rss.xml'), 'utf8');
    expect(feed).toContain('<language>zh-Hant-TW</language>');
    expect(feed).toContain(`<link>${origin}/zh-hant/${firstReport}/</link>`);
    expect(leftover(feed.replace(/<[^>]+>/g, ''))).toEqual([]);
    const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    for (const page of hansPages.filter((p) => !p.route.startsWith('/404'))) {
      expect(locs).toContain(`${origin}${page.route}`);
      expect(locs).toContain(`${origin}/zh-hant${page.route}`);
    }
    expect(sitemap).toContain(
      `<xhtml:link rel="alternate" hreflang="zh-Hant-TW" href="${origin}/zh-hant/${firstReport}/investment/"/>`,
    );
  });
});

/**
 * The structural proof (issue 37): each twin is its simplified page with only the text converted and the site's
 * own addresses rewritten (tests/support/twin-proof.ts), in the build at the root and in the one under a base
 * path. It is what lets the browser gates visit the 繁體 pages only where converted text can change the layout.
 */
describe.each([
  { build: 'distDir', base: '/' },
  { build: 'subDistDir', base: '/sub/' },
] as const)('each 繁體 page in the build $build', ({ build, base }) => {
  const built = contentPages(inject(build));
  const twins = new Map(built.map((page) => [page.route, page]));
  const originals = built.filter((page) => !page.route.startsWith('/zh-hant/'));

  it.each(originals.map((page) => [page.route, page] as const))(
    '%s: its twin has the same elements, attributes and order; only text converted, own addresses rewritten',
    (route, page) => {
      const twin = twins.get(`/zh-hant${route}`);
      expect(twin, `${route} has a twin`).toBeDefined();
      const context = { base, site: origin, route, scriptSwitchHans: siteJson.ui.scriptSwitchHans };
      expect(twinDifferences(page.html, twin!.html, context)).toEqual([]);
    },
  );
});
