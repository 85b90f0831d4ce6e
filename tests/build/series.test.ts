/**
 * A series of three made-up reports (tests/fixtures/series/, test text only), one a draft, built
 * from a copy of the site: each report's pages and data exist, nothing leaks between reports, the
 * draft is absent from production (and shown by `astro dev`), and adding a report changes no byte
 * of another report's pages except the series navigation and 本系列其他报道 at its end (issue 35: the
 * series' other published reports, newest first, dated when they give a date; a draft never, even dated).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { copySite, replaceIn } from '../support/site-copy';
import { readPages } from '../support/dist';

const fixture = fileURLToPath(new URL('../fixtures/series/reports/', import.meta.url));
const published = ['ce-shi-jia', 'ce-shi-yi'] as const;
const draft = 'ce-shi-bing';
const own = { 'ce-shi-jia': '甲', 'ce-shi-yi': '乙' } as const;

/** Every file under `dir`, relative, with `/` separators. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();

/** A page's HTML without the series navigation and 本系列其他报道 (the parts another report may change). */
const withoutSeriesNav = (html: string) => {
  const $ = cheerio.load(html);
  $('nav[data-series-nav], [data-other-reports]').remove();
  return $.html();
};

const site = copySite('xinzhi-series-');
const content = path.join(site.root, 'content', 'reports');
const twoReports = path.join(site.root, 'dist-two');
const threeReports = path.join(site.root, 'dist-three');
const env = { SITE_URL: 'https://example.org' };

beforeAll(() => {
  // Report 甲 and the draft 丙 first; then report 乙 joins the series.
  rmSync(content, { recursive: true, force: true });
  for (const report of ['ce-shi-jia', draft])
    cpSync(path.join(fixture, report), path.join(content, report), { recursive: true });
  // A date for the draft (which must still never be listed) and, below, for 乙; 甲 gives none.
  replaceIn(site.root, `content/reports/${draft}/report.mdx`, /^number: 3$/m, 'number: 3\npublished: 2024年8月9日');
  const first = buildSite(twoReports, env, site.root);
  if (first.status !== 0) throw new Error(`series build (甲 + draft) failed:\n${first.output}`);
  cpSync(path.join(fixture, 'ce-shi-yi'), path.join(content, 'ce-shi-yi'), { recursive: true });
  replaceIn(site.root, 'content/reports/ce-shi-yi/report.mdx', /^number: 2$/m, 'number: 2\npublished: 2024年8月2日');
  const second = buildSite(threeReports, env, site.root);
  if (second.status !== 0) throw new Error(`series build (甲 + 乙 + draft) failed:\n${second.output}`);
}, 300_000);
afterAll(() => site.remove());

describe('a series of three reports, one a draft', () => {
  it.each(published)('builds every page, download and share card of %s under its own prefix', (report) => {
    const files = filesUnder(path.join(threeReports, report));
    const built = [
      'charts/shu-ju-dark-narrow.png',
      'charts/shu-ju-dark.png',
      'charts/shu-ju-light-narrow.png',
      'charts/shu-ju-light.png',
      'charts/shu-ju.png',
      'data/datapackage.json',
      'data/index.html',
      'data/shu-ju.chart.json',
      'data/shu-ju.csv',
      'data/shu-ju.json',
      'di-yi/index.html',
      'full/index.html',
      'index.html',
      'og/chart-shu-ju.png',
      'og/cover.png',
      'og/data.png',
      'og/di-yi.png',
      'og/full.png',
      'og/shou-ji.png',
      'shou-ji/index.html',
    ];
    // Every text file has its precompressed .gz beside it (src/integrations/precompress.ts).
    const gzipped = built.filter((file) => /\.(html|json|csv)$/.test(file)).map((file) => `${file}.gz`);
    expect(files).toEqual([...built, ...gzipped].sort());
  });

  it.each(published)('gives each chart of %s its embed page under /embed/<report>/', (report) => {
    expect(existsSync(path.join(threeReports, 'embed', report, 'shu-ju', 'index.html'))).toBe(true);
  });

  it('lists both published reports on the series page, in series order, the latest featured', () => {
    const $ = cheerio.load(readFileSync(path.join(threeReports, 'index.html'), 'utf8'));
    expect($('[data-featured-report] h2').text()).toBe('测试报道乙 仅供测试');
    expect(
      $('[data-series-list] > li h3')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['测试报道甲 仅供测试', '测试报道乙 仅供测试']);
  });

  it.each(published)('keeps %s to itself: its pages and downloads name nothing of the other report', (report) => {
    const other = published.find((candidate) => candidate !== report)!;
    for (const file of filesUnder(path.join(threeReports, report)).filter((name) => !name.endsWith('.png'))) {
      const text = readFileSync(path.join(threeReports, report, file), 'utf8');
      const body = file.endsWith('.html') ? withoutSeriesNav(text) : text;
      expect(body, `${report}/${file}`).not.toContain(`测试报道${own[other]}`);
      expect(body, `${report}/${file}`).not.toContain(`${own[other]}地`);
      expect(body, `${report}/${file}`).not.toContain(`/${other}/`);
    }
    // Same dataset id, own numbers: 甲 5 and 7, 乙 8 and 4.
    const csv = readFileSync(path.join(threeReports, report, 'data', 'shu-ju.csv'), 'utf8');
    expect(csv).toContain(`${own[report]}地今年有测试项目`);
  });

  it.each(published)(
    'credits %s’s own headline and chapter in the chart’s source line and its share cards',
    (report) => {
      const $ = cheerio.load(readFileSync(path.join(threeReports, report, 'di-yi', 'index.html'), 'utf8'));
      expect($('.data-meta p').first().text().replace(/\s+/g, '')).toContain(
        `报道《测试报道${own[report]}仅供测试》·测试报道${own[report]}第一部分仅供测试`,
      );
      expect($('title').text()).toBe(`测试报道${own[report]}第一部分 仅供测试 | 测试报道${own[report]} 仅供测试`);
    },
  );

  it('gives each report page the series navigation with the previous and next report', () => {
    const jia = cheerio.load(readFileSync(path.join(threeReports, 'ce-shi-jia', 'di-yi', 'index.html'), 'utf8'));
    const nav = jia('nav[data-series-nav]');
    expect(
      nav
        .find('li')
        .map((_, li) => jia(li).text().replace(/\s+/g, ''))
        .get(),
    ).toEqual(['之一测试报道甲仅供测试', '之二测试报道乙仅供测试']);
    expect(nav.find('a[rel="next"]').attr('href')).toBe('/ce-shi-yi/');
    expect(nav.find('a[rel="prev"]')).toHaveLength(0);
    const yi = cheerio.load(readFileSync(path.join(threeReports, 'ce-shi-yi', 'index.html'), 'utf8'));
    expect(yi('nav[data-series-nav] a[rel="prev"]').attr('href')).toBe('/ce-shi-jia/');
    expect(yi('nav[data-series-nav] a[aria-current="page"]').attr('href')).toBe('/ce-shi-yi/');
  });

  it('leaves the draft out of the production build: no page, no data, not in the sitemap, feed or series page', () => {
    expect(existsSync(path.join(threeReports, draft))).toBe(false);
    for (const file of filesUnder(threeReports).filter((name) => /\.(html|xml|json|csv|txt)$/.test(name))) {
      const text = readFileSync(path.join(threeReports, file), 'utf8');
      expect(text, file).not.toContain('测试报道丙');
      expect(text, file).not.toContain(draft);
    }
    expect(readFileSync(path.join(threeReports, 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(2);
  });

  it('changes no byte of report 甲 when report 乙 is added, except its series navigation', () => {
    const before = filesUnder(path.join(twoReports, 'ce-shi-jia'));
    expect(filesUnder(path.join(threeReports, 'ce-shi-jia'))).toEqual(before);
    const changed = before.filter((file) => {
      const a = readFileSync(path.join(twoReports, 'ce-shi-jia', file));
      const b = readFileSync(path.join(threeReports, 'ce-shi-jia', file));
      if (file.endsWith('.html.gz')) {
        // The compressed copy of a page changes with the page; its content is compared as the page is.
        return withoutSeriesNav(gunzipSync(a).toString('utf8')) !== withoutSeriesNav(gunzipSync(b).toString('utf8'));
      }
      return file.endsWith('.html')
        ? withoutSeriesNav(a.toString('utf8')) !== withoutSeriesNav(b.toString('utf8'))
        : !a.equals(b);
    });
    expect(changed).toEqual([]);
    // The navigation did change: 甲 now links to 乙.
    const nav = (dir: string) =>
      cheerio
        .load(readFileSync(path.join(dir, 'ce-shi-jia', 'index.html'), 'utf8'))('nav[data-series-nav]')
        .html();
    expect(nav(threeReports)).not.toBe(nav(twoReports));
  });

  it('lists the other published reports under 本系列其他报道 at the end of each report, dated when given', () => {
    const others = (dir: string, page: string) => {
      const $ = cheerio.load(readFileSync(path.join(dir, page, 'index.html'), 'utf8'));
      return $('[data-other-reports] li')
        .map((_, li) => ({
          text: $(li).text().replace(/\s+/g, ''),
          href: $(li).find('a').attr('href'),
          date: $(li).find('time').attr('datetime'),
        }))
        .get();
    };
    // At the end of the report: its last chapter and /full/; not the cover or another chapter.
    for (const page of ['ce-shi-jia/shou-ji', 'ce-shi-jia/full'])
      expect(others(threeReports, page), page).toEqual([
        { text: '测试报道乙仅供测试2024年8月2日', href: '/ce-shi-yi/', date: '2024-08-02' },
      ]);
    for (const page of ['ce-shi-jia', 'ce-shi-jia/di-yi']) expect(others(threeReports, page), page).toEqual([]);
    // 甲 gives no date: none is shown for it.
    expect(others(threeReports, 'ce-shi-yi/full')).toEqual([
      { text: '测试报道甲仅供测试', href: '/ce-shi-jia/', date: undefined },
    ]);
    expect(others(threeReports, 'zh-hant/ce-shi-jia/full')[0]?.date).toBe('2024-08-02');
    // Before 乙 was published, 甲 had only the draft beside it: no list at all (a draft never appears, even dated).
    for (const page of ['ce-shi-jia/shou-ji', 'ce-shi-jia/full', 'zh-hant/ce-shi-jia/full']) {
      const html = readFileSync(path.join(twoReports, page, 'index.html'), 'utf8');
      expect(html, page).not.toContain('data-other-reports');
      expect(html, page).not.toMatch(/本系列其他报道|本系列其他報導/);
    }
  });

  it('shows of a record only what is given: 乙’s date alone, nothing for 甲', () => {
    const page = (file: string) => cheerio.load(readFileSync(path.join(threeReports, file, 'index.html'), 'utf8'));
    const yi = page('ce-shi-yi/di-yi');
    expect(yi('[data-byline]').text()).toBe('2024年8月2日');
    expect(yi('[data-editor], [data-corrections]')).toHaveLength(0);
    const article = JSON.parse(yi('script[type="application/ld+json"]').first().text());
    expect(article.datePublished).toBe('2024-08-02');
    for (const field of ['dateModified', 'author', 'editor', 'publisher', 'correction'])
      expect(article, field).not.toHaveProperty(field);
    for (const file of ['ce-shi-jia', 'ce-shi-jia/di-yi', 'ce-shi-jia/shou-ji', 'ce-shi-jia/full']) {
      const jia = page(file);
      expect(jia('[data-byline], [data-editor], [data-corrections], meta[property^="article:"]'), file).toHaveLength(0);
      expect(jia('script[type="application/ld+json"]').text(), file).not.toMatch(/datePublished|"author"|correction/);
    }
    const feed = readFileSync(path.join(threeReports, 'rss.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>[\s\S]*?<\/item>/g)].map((match) => match[0]);
    expect(items.find((item) => item.includes('/ce-shi-yi/'))).toContain(
      '<pubDate>Fri, 02 Aug 2024 00:00:00 GMT</pubDate>',
    );
    expect(items.find((item) => item.includes('/ce-shi-jia/'))).not.toContain('<pubDate>');
    const sitemap = readFileSync(path.join(threeReports, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toMatch(/<loc>https:\/\/example\.org\/ce-shi-yi\/<\/loc><lastmod>2024-08-02/);
    expect(sitemap).not.toMatch(/<loc>https:\/\/example\.org\/ce-shi-jia\/<\/loc><lastmod>/);
  });

  it('passes html-validate and carries a strict CSP on every page of the series', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = readPages(threeReports);
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const page of pages) {
      const report = await validator.validateString(page.html, path.join(site.root, 'dist', page.file));
      expect(report.results.flatMap((result) => result.messages.map((m) => `${page.file}: ${m.message}`))).toEqual([]);
      const policy = page.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(policy, page.file).toMatch(/script-src 'self'/);
      expect(policy, page.file).not.toContain('unsafe-inline');
    }
  });

  it('does not write the old addresses of report 1, which this series does not have', () => {
    expect(existsSync(path.join(threeReports, 'full'))).toBe(false);
    expect(existsSync(path.join(threeReports, '_redirects'))).toBe(false);
  });
});

describe('the draft under `astro dev`', () => {
  it('is shown, with its pages, while it is being written', async () => {
    const astro = path.join(site.root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const port = 4400 + Math.floor(Math.random() * 500);
    const child = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: site.root,
      // As `npm run dev` runs it: without the variables Vitest sets for itself (MODE, DEV, PROD, NODE_ENV…).
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key),
          ),
        ),
        ASTRO_TELEMETRY_DISABLED: '1',
        SITE_URL: '',
        BASE_PATH: '',
      },
      stdio: 'ignore',
    });
    try {
      let html = '';
      for (let attempt = 0; attempt < 60 && !html.includes('测试报道丙'); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        html = await fetch(`http://127.0.0.1:${port}/`).then(
          (response) => response.text(),
          () => '',
        );
      }
      expect(html).toContain('测试报道丙');
      const cover = await fetch(`http://127.0.0.1:${port}/${draft}/`);
      expect(cover.status).toBe(200);
      expect(await cover.text()).toContain('测试报道丙');
    } finally {
      child.kill();
    }
  }, 120_000);
});
