/**
 * The 繁體 edition under a base path with Chinese characters (issue 34, M4), built for real: BASE_PATH=/专题/江津/,
 * one part OpenCC converts (专题 → 專題) and one it leaves (江津). Before the fix, 专题 was converted inside every
 * URL of the edition (the link check stopped the build with 328 errors, blamed on content), and the base was
 * compared decoded against the percent-encoded canonical, og:url, JSON-LD and sitemap addresses: every 繁體
 * page's canonical, og:url, JSON-LD, feed link and QR code named the simplified page, and the sitemap no 繁體
 * page. Here the build must pass, and each twin must be its original with only the text converted
 * (tests/support/twin-proof.ts), its own addresses the 繁體 ones; nginx serves it with the recipe.
 *
 * The same copy gives report 1 a record (issue 35: dates, authors, editor, publisher, 版次, two corrections,
 * the reporter's note by a reporter of its own; test words only, in this copy): one build with SITE_URL that
 * shows it in the pages, print, JSON-LD, feed, sitemap, share cards and the 繁體 twins (proved as above).
 * The checkout's own build of report 1, which has none, shows none (tests/build/record.test.ts).
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNginx } from '../../scripts/lib/nginx';
import { buildSiteAsync } from '../support/build-site';
import { contentPages, firstReport, type BuiltPage } from '../support/dist';
import { decodeQr } from '../support/qr';
import { copySite, replaceIn } from '../support/site-copy';
import { twinDifferences } from '../support/twin-proof';
import siteJson from '../../content/site.json';

const base = '/专题/江津/';
const encoded = encodeURI(base);
const origin = 'https://example.org';
const copy = copySite('xinzhi-hant-base-');
const dist = path.join(copy.root, 'dist-base');
let output = '';
let pages: BuiltPage[] = [];

/** Report 1's record in this copy (test words only; the article itself gives none). */
const reportFile = `content/reports/${firstReport}/report.mdx`;
const noteFile = `content/reports/${firstReport}/chapters/04-reporters-note.mdx`;
const record = [
  'published: 2024年7月20日',
  'updated: 2024-07-22',
  'authors:',
  '  - 记者 张三',
  '  - 记者 李四',
  '  - 通讯员 王五',
  'editor: 赵六',
  'publisher: 江津日报',
  'page: 3',
  'corrections:',
  '  - date: 2024年7月21日',
  '    chapter: investment',
  '    text: 测试更正：第二部分的一处笔误已改正。',
  '  - date: 2024-07-22',
  '    kind: 更新',
  '    text: 测试更新：补充了数据来源。',
].join('\n');

beforeAll(async () => {
  replaceIn(copy.root, reportFile, /^number: 1$/m, `number: 1\n${record}`);
  replaceIn(copy.root, noteFile, /^label: 记者手记$/m, 'label: 记者手记\nauthors:\n  - 记者 孙七');
  const result = await buildSiteAsync(dist, { SITE_URL: origin, BASE_PATH: base }, copy.root);
  output = result.output;
  if (result.status !== 0) throw new Error(`the build under BASE_PATH=${base} failed:\n${output.slice(-6000)}`);
  pages = contentPages(dist);
}, 600_000);
afterAll(() => copy.remove());

const twinOf = (page: BuiltPage) => pages.find((candidate) => candidate.route === `/zh-hant${page.route}`);
const originals = () => pages.filter((page) => !page.route.startsWith('/zh-hant/'));
/** The page's address as a URL object writes it: the base percent-encoded. */
const address = (route: string) => `${origin}${encoded}${route.slice(1)}`;

describe(`the 繁體 edition under BASE_PATH=${base}`, () => {
  it('builds, its links all leading somewhere', () => {
    expect(output).toMatch(/\[link-check\] \d+ pages: every internal link and anchor leads somewhere/);
    expect(originals().length).toBeGreaterThan(15);
  });

  it('never converts the base: no 專題 in any file of the edition', () => {
    const files = readdirSync(path.join(dist, 'zh-hant'), { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(html|xml|json)$/.test(file),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files)
      expect(readFileSync(path.join(dist, 'zh-hant', file), 'utf8'), file).not.toMatch(/專題|%E5%B0%88%E9%A1%8C/);
  });

  it('has a twin of each page that is its original with only the text converted and its own addresses rewritten', () => {
    for (const page of originals()) {
      const twin = twinOf(page);
      expect(twin, page.route).toBeDefined();
      const context = { base, site: origin, route: page.route, scriptSwitchHans: siteJson.ui.scriptSwitchHans };
      expect(twinDifferences(page.html, twin!.html, context), page.route).toEqual([]);
    }
  });

  it('gives each 繁體 page its own canonical, og:url, JSON-LD address and feed, and each simplified page its switch', () => {
    let withJsonLd = 0;
    for (const page of originals().filter((candidate) => !candidate.route.startsWith('/404'))) {
      const twin = twinOf(page)!;
      const own = address(`/zh-hant${page.route}`);
      expect(twin.$('link[rel="canonical"]').attr('href'), page.route).toBe(own);
      expect(twin.$('meta[property="og:url"]').attr('content'), page.route).toBe(own);
      const jsonLd = twin
        .$('script[type="application/ld+json"]')
        .map((_, script) => JSON.parse(twin.$(script).text()))
        .get();
      // The article's url, or the breadcrumb's last item (the data page); the embed pages have none.
      if (jsonLd.length) {
        withJsonLd++;
        expect(JSON.stringify(jsonLd), page.route).toContain(JSON.stringify(own));
        expect(JSON.stringify(jsonLd), page.route).not.toContain(JSON.stringify(address(page.route)));
      }
      expect(twin.$('link[type="application/rss+xml"]').attr('href')).toBe(address('/zh-hant/rss.xml'));
      // The simplified page's switch and data-twin lead to the twin (they led to the page itself).
      expect(decodeURI(page.$('a[data-script-switch]').attr('href')!), page.route).toBe(`${base}zh-hant${page.route}`);
      expect(decodeURI(page.$('html').attr('data-twin')!), page.route).toBe(`${base}zh-hant${page.route}`);
      expect(decodeURI(twin.$('a[data-script-switch]').attr('href')!), page.route).toBe(
        `${base}${page.route.slice(1)}`,
      );
    }
    expect(withJsonLd).toBeGreaterThan(5);
  });

  it('draws each 繁體 page’s QR code of its own address', async () => {
    const page = pages.find((candidate) => candidate.route === `/zh-hant/${firstReport}/investment/`)!;
    const symbol = page.$('symbol#page-qr-code');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${symbol.attr('viewBox')}" width="400" height="400" shape-rendering="crispEdges">${symbol.html()}</svg>`;
    expect(decodeQr(await sharp(Buffer.from(svg)).png().toBuffer())).toEqual([
      address(`/zh-hant/${firstReport}/investment/`),
    ]);
  });

  it('lists the 繁體 pages in the sitemap, and links them from the 繁體 feed', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    for (const page of originals().filter((candidate) => !candidate.route.startsWith('/404')))
      expect(locs, page.route).toContain(address(`/zh-hant${page.route}`));
    const feed = readFileSync(path.join(dist, 'zh-hant/rss.xml'), 'utf8');
    expect(feed).toContain(`<link>${address(`/zh-hant/${firstReport}/`)}</link>`);
  });

  it('is served by the nginx recipe with the base written in Chinese: pages, and the 繁體 404 page', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-www-'));
    mkdirSync(path.join(root, '专题'));
    symlinkSync(dist, path.join(root, '专题', '江津'));
    const nginx = await startNginx(root, `${base}404.html`);
    try {
      const page = await fetch(`${nginx.origin}${encoded}zh-hant/${firstReport}/investment/`);
      expect(page.status).toBe(200);
      for (const missing of ['nope/', 'nope.csv', 'feed.xml', '.env']) {
        const response = await fetch(`${nginx.origin}${encoded}zh-hant/${missing}`);
        expect(response.status, missing).toBe(404);
        expect(await response.text(), missing).toContain('頁面不存在');
      }
      const simplified = await fetch(`${nginx.origin}${encoded}nope/`);
      expect(simplified.status).toBe(404);
      expect(await simplified.text()).toContain('页面不存在');
    } finally {
      await nginx.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('a report’s record (issue 35), given to report 1 in this copy', () => {
  const page = (route: string) => pages.find((candidate) => candidate.route === route)!;
  // Runs of ASCII white space as one space; the full-width spaces between a byline's parts are kept.
  const text = (element: { text: () => string }) =>
    element
      .text()
      .replace(/[ \t\r\n]+/g, ' ')
      .trim();
  const cover = `/${firstReport}/`;
  const chapters = ['industry-clusters', 'investment', 'innovation', 'reporters-note'].map(
    (slug) => `/${firstReport}/${slug}/`,
  );
  const full = `/${firstReport}/full/`;
  const newsArticle = (route: string) =>
    page(route)
      .$('script[type="application/ld+json"]')
      .map((_, script) => JSON.parse(page(route).$(script).text()))
      .get()
      .find((entry) => entry['@type'] === 'NewsArticle');
  const byline = '2024年7月20日（7月22日更新）\u3000江津日报 第3版\u3000记者 张三 李四\u3000通讯员 王五';

  it('sets the byline under the headline of the cover, each chapter and /full/, in the Chinese convention', () => {
    for (const route of [cover, ...chapters.slice(0, 3), full])
      expect(text(page(route).$('[data-byline]').first()), route).toBe(byline);
    expect(page(cover).$('[data-byline] time').first().attr('datetime')).toBe('2024-07-20');
    // Under the headline: the byline follows the h1 in its header.
    expect(page(cover).$('h1 ~ [data-byline]')).toHaveLength(1);
    expect(page(chapters[1]!).$('h1 ~ [data-byline]')).toHaveLength(1);
  });

  it('names the reporter’s note’s own reporter at the note, on its page and in /full/', () => {
    const note = page(chapters[3]!);
    expect(text(note.$('[data-byline]'))).toBe('2024年7月20日（7月22日更新）\u3000江津日报 第3版\u3000记者 孙七');
    expect(note.$('h1').parent().text()).toContain('记者手记');
    const section = page(full).$('section#reporters-note [data-byline]');
    expect(text(section)).toBe('记者 孙七');
    // The sections with no record of their own carry none in /full/: the report's stands at the top.
    expect(page(full).$('section#investment [data-byline]')).toHaveLength(0);
  });

  it('signs each chapter and /full/ with 责任编辑', () => {
    for (const route of [...chapters, full]) expect(text(page(route).$('[data-editor]')), route).toBe('责任编辑：赵六');
    expect(page(cover).$('[data-editor]')).toHaveLength(0);
  });

  it('shows each correction at the end of the text it concerns, and all of them on /full/, newest first', () => {
    const items = (route: string) =>
      page(route)
        .$('[data-corrections] li')
        .map((_, li) => text(page(route).$(li)))
        .get();
    expect(text(page(chapters[1]!).$('[data-corrections] h2'))).toBe('更正');
    expect(items(chapters[1]!)).toEqual(['2024年7月21日\u3000测试更正：第二部分的一处笔误已改正。']);
    for (const route of [chapters[0]!, chapters[2]!, chapters[3]!])
      expect(page(route).$('[data-corrections]'), route).toHaveLength(0);
    // The update concerns the whole report: on the cover.
    expect(text(page(cover).$('[data-corrections] h2'))).toBe('更新');
    expect(items(cover)).toEqual(['2024年7月22日\u3000测试更新：补充了数据来源。']);
    expect(text(page(full).$('[data-corrections] h2'))).toBe('更正与更新');
    expect(items(full)).toEqual([
      '2024年7月22日\u3000更新\u3000测试更新：补充了数据来源。',
      '2024年7月21日\u3000更正\u300002 招商引资接龙引凤 注入发展“新活力”\u3000测试更正：第二部分的一处笔误已改正。',
    ]);
    expect(page(full).$('[data-corrections] a').attr('href')).toBe('#investment');
  });

  it('prints the byline, 责任编辑 and the corrections: nothing of them is hidden from print', () => {
    for (const route of [cover, ...chapters, full]) {
      const $ = page(route).$;
      for (const element of $('[data-byline], [data-editor], [data-corrections]').toArray()) {
        const hidden = $(element)
          .parents()
          .addBack()
          .toArray()
          .filter((node) => /(?:^|\s)(?:print:hidden|hidden)(?:\s|$)/.test($(node).attr('class') ?? ''));
        expect(hidden, route).toEqual([]);
      }
    }
  });

  it('tells schema.org the dates, the people, the publisher and the corrections (CorrectionComment)', () => {
    expect(newsArticle(cover)).toMatchObject({
      datePublished: '2024-07-20',
      dateModified: '2024-07-22',
      author: [
        { '@type': 'Person', name: '张三', jobTitle: '记者' },
        { '@type': 'Person', name: '李四', jobTitle: '记者' },
        { '@type': 'Person', name: '王五', jobTitle: '通讯员' },
      ],
      editor: { '@type': 'Person', name: '赵六' },
      publisher: { '@type': 'Organization', name: '江津日报' },
      correction: [
        { '@type': 'CorrectionComment', text: '测试更正：第二部分的一处笔误已改正。', datePublished: '2024-07-21' },
      ],
    });
    expect(newsArticle(full)).toMatchObject({
      datePublished: '2024-07-20',
      correction: [{ datePublished: '2024-07-21' }],
    });
    expect(newsArticle(chapters[1]!).correction).toHaveLength(1);
    expect(newsArticle(chapters[2]!).correction).toBeUndefined();
    expect(newsArticle(chapters[3]!).author).toEqual([{ '@type': 'Person', name: '孙七', jobTitle: '记者' }]);
  });

  it('dates the report in both feeds, with its authors and corrections', () => {
    for (const [feed, words] of [
      ['rss.xml', ['记者', '测试更正：第二部分的一处笔误已改正。', '张三、李四、王五']],
      ['zh-hant/rss.xml', ['測試更正：第二部分的一處筆誤已改正。', '張三、李四、王五']],
    ] as const) {
      const xml = readFileSync(path.join(dist, feed), 'utf8');
      const item = xml.match(/<item>[\s\S]*?<\/item>/)![0];
      expect(item, feed).toContain('<pubDate>Sat, 20 Jul 2024 00:00:00 GMT</pubDate>');
      expect(item, feed).toContain(`<dc:creator>${words.at(-1)}</dc:creator>`);
      expect(item, feed).toContain(words.at(-2));
    }
  });

  it('gives each of the report’s pages and their twins a lastmod in the sitemap', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const lastmod = (route: string) =>
      sitemap.match(new RegExp(`<loc>${address(route).replace(/[.?]/g, '\\$&')}</loc><lastmod>([^<]+)</lastmod>`))?.[1];
    for (const route of [cover, full, ...chapters]) {
      expect(lastmod(route), route).toMatch(/^2024-07-22/);
      expect(lastmod(`/zh-hant${route}`), route).toMatch(/^2024-07-22/);
    }
  });

  it('puts the date on the share cards: the article tags and the card images', () => {
    for (const route of [cover, `/zh-hant${cover}`]) {
      expect(page(route).$('meta[property="article:published_time"]').attr('content'), route).toBe('2024-07-20');
      expect(page(route).$('meta[property="article:modified_time"]').attr('content'), route).toBe('2024-07-22');
    }
    // The cover's and a chapter's cards are drawn with the date (and the publisher) at their foot: they differ from
    // the checkout's build, where report 1 has no record; the data page's card, which shows none, does not.
    const card = (dir: string, name: string) => readFileSync(path.join(dir, firstReport, 'og', `${name}.png`));
    for (const name of ['cover', 'full', 'investment'])
      expect(card(dist, name).equals(card(inject('distDir'), name)), name).toBe(false);
    expect(card(dist, 'data').equals(card(inject('distDir'), 'data'))).toBe(true);
  });

  it('converts the record on the 繁體 twins (proved with the rest of each page above)', () => {
    const twin = page(`/zh-hant${cover}`);
    expect(text(twin.$('[data-byline]'))).toBe(
      '2024年7月20日（7月22日更新）\u3000江津日報 第3版\u3000記者 張三 李四\u3000通訊員 王五',
    );
    expect(text(page(`/zh-hant${chapters[1]!}`).$('[data-editor]'))).toBe('責任編輯：趙六');
    expect(text(page(`/zh-hant${full}`).$('[data-corrections] h2'))).toBe('更正與更新');
  });
});
