import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentPages, firstReport, reportOfPage, type BuiltPage } from '../support/dist';
import { pngSize } from '../support/png';
import { contentSecurityPolicy } from '../../src/integrations/security-headers';
import { prePaintHash } from '../../src/head/pre-paint';
import { editionStorageKey } from '../../src/head/edition';
import { loadPage } from '../support/head-script';

const distDir = inject('distDir');
const pages = contentPages(distDir);
const byRoute = new Map(pages.map((page) => [page.route, page]));
const r = `/${firstReport}`;
const seriesName = '贯彻落实党的二十届三中全会精神主题报道';
const headline = '从“新”出发 向“质”而行';
/** Report 1's pages but its data page (the report's own articles). */
const articlePages = pages.filter((page) => reportOfPage(page) === firstReport && page.route !== `${r}/data/`);
const dataPage = byRoute.get(`${r}/data/`)!;
const seriesPage = byRoute.get('/')!;
const chapterRoutes = ['/industry-clusters/', '/investment/', '/innovation/', '/reporters-note/'].map(
  (route) => `${r}${route}`,
);
// The charts' embed pages (/embed/<report>/<id>/, and their 繁體 twins) are framed by other sites and carry nothing but the chart.
const embedPages = pages.filter((page) => /^\/(zh-hant\/)?embed\//.test(page.route));
/** The series name as the page's edition writes it (docs/zh-hant.md). */
const seriesNameOf = (page: BuiltPage) =>
  page.route.startsWith('/zh-hant/') ? '貫徹落實黨的二十屆三中全會精神主題報道' : seriesName;
const sitePages = pages.filter((page) => !embedPages.includes(page));

const meta = (page: BuiltPage, key: string) => page.$(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
type JsonLd = Record<string, unknown>;
const jsonLd = (page: BuiltPage): JsonLd[] =>
  page
    .$('script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse(page.$(script).text()) as JsonLd);
const cases = (list: BuiltPage[]) => list.map((page) => [page.file, page] as const);

describe('share metadata', () => {
  it.each(cases(pages))('%s has an og:image that is its own 1200×630 PNG, with alt text', (_, page) => {
    const image = meta(page, 'og:image')!;
    expect(image).toMatch(/^https:\/\/example\.org\/(?:zh-hant\/)?(?:[\w-]+\/)?og\/[\w-]+\.png$/);
    const file = path.join(distDir, new URL(image).pathname);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(meta(page, 'og:image:width')).toBe('1200');
    expect(meta(page, 'og:image:height')).toBe('630');
    expect(meta(page, 'og:image:alt')).toMatch(/^分享卡片：/);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(meta(page, 'twitter:image')).toBe(image);
  });

  it('gives each page a different share card, named after it', () => {
    const images = articlePages.map((page) => meta(page, 'og:image'));
    expect(new Set(images).size).toBe(articlePages.length);
    for (const route of chapterRoutes) {
      const slug = route.split('/')[2];
      expect(meta(byRoute.get(route)!, 'og:image')).toBe(`https://example.org${r}/og/${slug}.png`);
    }
  });

  it.each(cases(articlePages))('%s has Open Graph title, description, URL and type', (_, page) => {
    const title = page.$('title').text();
    expect(title.endsWith(headline)).toBe(true);
    expect(title.startsWith(meta(page, 'og:title')!)).toBe(true);
    expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
    expect(meta(page, 'og:url')).toBe(`https://example.org${page.route}`);
    expect(meta(page, 'og:type')).toBe('article');
    expect(meta(page, 'og:locale')).toBe('zh_CN');
  });

  it.each(cases(embedPages))(
    '%s (a chart’s embed page) is a website with its own share card, the chart’s title as its heading, nothing else',
    (_, page) => {
      const [, edition, report, id] = page.route.match(/^\/((?:zh-hant\/)?)embed\/([^/]+)\/([^/]+)\//)!;
      expect(meta(page, 'og:type')).toBe('website');
      expect(meta(page, 'og:image')).toBe(`https://example.org/${edition}${report}/og/chart-${id}.png`);
      expect(meta(page, 'og:url')).toBe(`https://example.org${page.route}`);
      expect(page.$('h1').text().trim()).toBe(meta(page, 'og:title'));
      expect(page.$('main chart-figure')).toHaveLength(1);
      expect(page.$('footer, nav, table, .data-downloads, [data-embed]')).toHaveLength(0);
      // Its links leave the frame: to the report, in a new tab. The 繁/简 switch keeps the reader in the
      // frame, on the same embed in the other script.
      const links = page.$('main a[href]:not([data-script-switch])');
      expect(links.length).toBeGreaterThan(0);
      links.each((_, link) => {
        expect(page.$(link).attr('target')).toBe('_blank');
        expect(page.$(link).attr('href')).toMatch(/^https:\/\/example\.org\//);
      });
    },
  );

  it('gives the data page its own share card, as a website rather than an article', () => {
    expect(meta(dataPage, 'og:image')).toBe(`https://example.org${r}/og/data.png`);
    expect(meta(dataPage, 'og:type')).toBe('website');
    expect(meta(dataPage, 'og:url')).toBe(`https://example.org${r}/data/`);
    expect(jsonLd(dataPage).map((data) => data['@type'])).toEqual(['BreadcrumbList']);
  });

  it('uses the title pattern "<page> | <report>" on inner pages, the headline alone on the cover, the series name on /', () => {
    expect(byRoute.get(`${r}/`)!.$('title').text()).toBe(headline);
    expect(byRoute.get(`${r}/investment/`)!.$('title').text()).toBe(`招商引资接龙引凤 注入发展“新活力” | ${headline}`);
    expect(seriesPage.$('title').text()).toBe(seriesName);
    for (const page of pages) expect(meta(page, 'og:site_name'), page.file).toBe(seriesNameOf(page));
  });

  it('gives the series page its own card, the series name alone', () => {
    expect(meta(seriesPage, 'og:image')).toBe('https://example.org/og/series.png');
    expect(meta(seriesPage, 'og:type')).toBe('website');
  });
});

describe('structured data', () => {
  it.each(cases(articlePages))(
    '%s has a NewsArticle that is free, part of its series, with no date or author',
    (_, page) => {
      const article = jsonLd(page).find((data) => data['@type'] === 'NewsArticle')!;
      expect(article['@context']).toBe('https://schema.org');
      expect(article.headline).toBeTruthy();
      expect(article.description).toBe(meta(page, 'description'));
      expect(article.image).toEqual([meta(page, 'og:image')]);
      expect(article.url).toBe(`https://example.org${page.route}`);
      expect(article.isAccessibleForFree).toBe(true);
      const partOf = [article.isPartOf].flat() as Record<string, unknown>[];
      expect(partOf).toContainEqual({ '@type': 'CreativeWorkSeries', name: seriesName, url: 'https://example.org/' });
      for (const key of ['datePublished', 'dateModified', 'author', 'publisher'])
        expect(article).not.toHaveProperty(key);
    },
  );

  it('names each chapter as its headline and as part of the report', () => {
    const article = jsonLd(byRoute.get(`${r}/innovation/`)!).find((data) => data['@type'] === 'NewsArticle')!;
    expect(article.headline).toBe('数智赋能聚势创新 释放产业“新动能”');
    expect(article.isPartOf).toContainEqual(
      expect.objectContaining({ '@type': 'NewsArticle', headline, url: `https://example.org${r}/` }),
    );
  });

  it('gives the report its number in the series', () => {
    const article = jsonLd(byRoute.get(`${r}/`)!).find((data) => data['@type'] === 'NewsArticle')!;
    expect(article.position).toBe(1);
  });

  it('makes the series page a CollectionPage whose ItemList names every report', () => {
    const [page] = jsonLd(seriesPage);
    expect(page!['@type']).toBe('CollectionPage');
    expect(page!.about).toEqual({ '@type': 'CreativeWorkSeries', name: seriesName, url: 'https://example.org/' });
    expect((page!.mainEntity as { itemListElement: unknown[] }).itemListElement).toEqual([
      {
        '@type': 'ListItem',
        position: 1,
        url: `https://example.org${r}/`,
        item: { '@type': 'NewsArticle', headline, url: `https://example.org${r}/` },
      },
    ]);
  });

  it.each(chapterRoutes.map((route) => [route]))('%s has a BreadcrumbList from the series to the page', (route) => {
    const page = byRoute.get(route)!;
    const crumbs = jsonLd(page).find((data) => data['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: seriesName, item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: headline, item: `https://example.org${r}/` },
      { '@type': 'ListItem', position: 3, name: page.$('h1').text(), item: `https://example.org${route}` },
    ]);
  });

  it('gives the 404 page no structured data and keeps it out of search', () => {
    const page = byRoute.get('/404.html')!;
    expect(jsonLd(page)).toEqual([]);
    expect(meta(page, 'robots')).toBe('noindex');
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page of both editions but the 404 pages and the old addresses in the sitemap', () => {
    expect(readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8')).toContain(
      'https://example.org/sitemap-0.xml',
    );
    const urls = [...readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => match[1],
    );
    const indexed = pages.filter((page) => !page.file.endsWith('404.html'));
    expect(urls.sort()).toEqual(indexed.map((page) => `https://example.org${page.route}`).sort());
  });

  it('names the sitemap in robots.txt', () => {
    expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
  });

  it('names the sitemap under the base path in a BASE_PATH build', () => {
    const sub = inject('subDistDir');
    expect(readFileSync(path.join(sub, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://example.org/sub/sitemap-index.xml',
    );
    expect(readFileSync(path.join(sub, 'sitemap-0.xml'), 'utf8')).toContain(
      `<loc>https://example.org/sub${r}/investment/</loc>`,
    );
  });
});

describe('a build without SITE_URL', () => {
  const plain = inject('plainDistDir');
  const plainPages = contentPages(plain);

  it.each(cases(plainPages))('%s leaves out what needs an absolute URL rather than emit a wrong one', (_, page) => {
    expect(page.$('link[rel="canonical"]')).toHaveLength(0);
    for (const key of ['og:url', 'og:image', 'twitter:image']) expect(meta(page, key)).toBeUndefined();
    for (const data of jsonLd(page)) {
      expect(['NewsArticle', 'CollectionPage']).toContain(data['@type']);
      expect(JSON.stringify(data)).not.toMatch(/"(url|image)"|"item":"/);
    }
    expect(page.$('link[rel="alternate"]')).toHaveLength(0);
    expect(meta(page, 'og:title')).toBeTruthy();
  });

  it('writes no sitemap and no feed, and a robots.txt without a sitemap', () => {
    expect(existsSync(path.join(plain, 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(path.join(plain, 'rss.xml'))).toBe(false);
    expect(readFileSync(path.join(plain, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('Content-Security-Policy', () => {
  const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

  it.each(cases(pages))('%s has a <meta> CSP without unsafe-inline that allows its one inline script', (_, page) => {
    const policy = page.$('meta[http-equiv="content-security-policy"]').attr('content')!;
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    const inline = page
      // JSON data blocks (structured data, chart input) are not run, so the CSP does not apply to them.
      .$('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')
      .map((_, script) => page.$(script).html() ?? '')
      .get();
    expect(inline.map(sha256)).toEqual([prePaintHash]);
    expect(policy).toContain(`'${prePaintHash}'`);
  });

  it.each(cases(pages))('%s loads nothing the deploy headers’ coarser CSP would block', (_, page) => {
    expect(contentSecurityPolicy).toContain(`script-src 'self' '${prePaintHash}'`);
    expect(contentSecurityPolicy).toContain("style-src 'self'");
    // style-src 'self': no <style> element, no style attribute.
    expect(page.$('style')).toHaveLength(0);
    expect(page.$('[style]')).toHaveLength(0);
    // script-src 'self': every other script is a same-origin file.
    page.$('script[src]').each((_, script) => expect(page.$(script).attr('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/));
    page.$('link[rel="stylesheet"]').each((_, link) => expect(page.$(link).attr('href')).toMatch(/^\/_astro\//));
  });
});

describe('reading aids', () => {
  it.each(chapterRoutes.map((route) => [route]))('%s shows its reading time and a reading-progress bar', (route) => {
    const page = byRoute.get(route)!;
    expect(page.$('[data-reading-time]').text()).toMatch(/^约\d+分钟读完$/);
    expect(page.$('.reading-progress')).toHaveLength(1);
  });

  it('offers 听全文 on the chapters and /full/ only, in both editions', () => {
    // The browser gate (tests/browser/read-aloud.test.ts) finds the control shown and reading on each of these;
    // everywhere else there is no <read-aloud> element for a script to show.
    const offering = pages.filter((page) => page.$('read-aloud').length > 0).map((page) => page.route);
    const listen = [...chapterRoutes, `${r}/full/`];
    expect(offering.sort()).toEqual([...listen, ...listen.map((route) => `/zh-hant${route}`)].sort());
  });

  it('reads the whole report in more minutes than any one chapter', () => {
    const minutes = (route: string) => Number(byRoute.get(route)!.$('[data-reading-time]').text().match(/\d+/)![0]);
    for (const route of chapterRoutes) expect(minutes(`${r}/`)).toBeGreaterThan(minutes(route));
    expect(minutes(`${r}/full/`)).toBe(minutes(`${r}/`));
  });

  it('gives the one-page edition a table of contents linking to each part', () => {
    const full = byRoute.get(`${r}/full/`)!;
    const targets = full
      .$('#toc a')
      .map((_, a) => full.$(a).attr('href'))
      .get();
    expect(targets).toEqual(['#lede', ...chapterRoutes.map((route) => `#${route.split('/')[2]}`)]);
    for (const target of targets) expect(full.$(target)).toHaveLength(1);
  });

  it.each(cases(sitePages))('%s has a back-to-top link', (_, page) => {
    expect(page.$('a[href="#top"]')).toHaveLength(1);
    expect(page.$('#top')).toHaveLength(1);
  });

  it('links every page of a report to its one-page edition', () => {
    for (const page of pages.filter((candidate) => reportOfPage(candidate) === firstReport))
      expect(page.$(`a[href="${r}/full/"]`).length, page.file).toBeGreaterThan(0);
  });
});

/** The text of every file the build wrote to _astro/ whose name ends with `extension`. */
const builtAssets = (extension: string) =>
  readdirSync(path.join(distDir, '_astro'))
    .filter((file) => file.endsWith(extension))
    .map((file) => readFileSync(path.join(distDir, '_astro', file), 'utf8'));

describe('built stylesheet', () => {
  const css = builtAssets('.css').join('\n');

  it('turns on cross-document view transitions only when the reader allows motion', () => {
    expect(css).toMatch(
      /@media \(prefers-reduced-motion:\s*no-preference\)\s*\{\s*@view-transition\s*\{\s*navigation:\s*auto/,
    );
  });

  it('is the only thing that starts a view transition: no script of the site touches one', () => {
    // The browser gates keep Chromium's reports of skipped transitions apart from page errors
    // (tests/support/page-probe.ts `skippedTransition`); that is sound only while no code of ours starts one.
    const scripts = [
      ...builtAssets('.js'),
      ...pages.flatMap((page) =>
        page
          .$('script:not([src])')
          .map((_, script) => page.$(script).html() ?? '')
          .get(),
      ),
    ];
    expect(scripts.length).toBeGreaterThan(pages.length);
    for (const script of scripts) expect(script).not.toMatch(/startViewTransition|viewTransition|ViewTransition/);
  });

  it('has print styles', () => {
    expect(css).toContain('@media print');
    expect(css).toContain('@page');
  });
});

// The head script as built (tests/support/head-script.ts runs each page's own), under a base path: the choice made
// with the 繁/简 switch on one page takes the reader to the twin of the next page, under the base, and back.
describe('the 繁/简 choice under BASE_PATH=/sub/', () => {
  const sub = contentPages(inject('subDistDir'));
  const subPage = (route: string) => sub.find((page) => page.route === route)!.html;

  it('is kept from the switch of one page to the next page opened, both ways, at the same #anchor', () => {
    const items: Record<string, string> = {};
    expect(loadPage(subPage(`${r}/`), items).click('a[data-script-switch]')).toBe('#dataset-x');
    expect(items).toEqual({ [editionStorageKey]: 'zh-Hant-TW' });
    expect(loadPage(subPage(`${r}/investment/`), items).went).toBe(`/sub/zh-hant${r}/investment/#dataset-x`);
    expect(loadPage(subPage(`/zh-hant${r}/investment/`), items).went).toBeUndefined();
    expect(loadPage(subPage(`/zh-hant${r}/investment/`), items).click('a[data-script-switch]')).toBe('#dataset-x');
    expect(loadPage(subPage(`/zh-hant${r}/data/`), items).went).toBe(`/sub${r}/data/#dataset-x`);
    expect(loadPage(subPage(`${r}/data/`), items).went).toBeUndefined();
  });
});

describe('a photo caption without its photo (issue 33)', () => {
  it('reads as a caption in the text: no frame, no word about a missing photo; 配图 for screen readers and print', () => {
    const captions = articlePages.flatMap((page) =>
      page
        .$('main figure.caption-card')
        .toArray()
        .map((figure) => ({ page: page.route, $figure: page.$(figure) })),
    );
    expect(captions.length).toBeGreaterThanOrEqual(6);
    for (const { page, $figure } of captions) {
      expect($figure.find('img, picture').length, page).toBe(0);
      // No box: no border, background or padding of its own.
      expect($figure.attr('class'), page).not.toMatch(/\b(border|bg-|px-|py-|p-)/);
      expect($figure.text(), page).not.toMatch(/未收录|图片缺失/);
      expect($figure.find('.caption-card__label').attr('class'), page).toContain('sr-only');
      expect($figure.find('.caption-card__text').text().trim().length, page).toBeGreaterThan(3);
    }
    for (const page of pages) expect(page.$('main').text(), page.route).not.toContain('图片未收录');
  });
});
