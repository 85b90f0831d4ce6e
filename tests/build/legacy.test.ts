/**
 * Every address the site served before it became a series still answers: the old HTML pages
 * redirect (static page, `_redirects`), and the old downloads and share cards are there, byte for
 * byte the files at their new addresses. Also the series feed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { firstReport } from '../support/dist';
import { datasets } from '../support/datasets';
import { legacyPages } from '../../src/report/legacy-redirects';

/** The old addresses, as the site served them before the series (not read from the code's map). */
const oldPages = ['industry-clusters/', 'investment/', 'innovation/', 'reporters-note/', 'full/', 'data/'];
const oldCards = ['cover', 'full', 'data', 'industry-clusters', 'investment', 'innovation', 'reporters-note'];
const oldFiles = [
  ...datasets.flatMap((dataset) => [`data/${dataset.id}.csv`, `data/${dataset.id}.json`]),
  'data/datapackage.json',
  ...oldCards.map((card) => `og/${card}.png`),
];

describe.each([
  ['root build', inject('distDir'), '/'],
  ['BASE_PATH build', inject('subDistDir'), '/sub/'],
])('old addresses in the %s', (_, distDir, base) => {
  it('has one entry in the map for every old page', () => {
    expect(Object.keys(legacyPages).sort()).toEqual([...oldPages].sort());
  });

  it.each(oldPages)('/%s redirects to report 1’s page, with a canonical link, no script', (page) => {
    const html = readFileSync(path.join(distDir, page, 'index.html'), 'utf8');
    const $ = cheerio.load(html);
    const target = `${base}${firstReport}/${page}`;
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
    const canonical = $('link[rel="canonical"]').attr('href')!;
    expect(canonical.endsWith(target)).toBe(true);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('script')).toHaveLength(0);
    expect($('body a').attr('href')).toBe(target);
    // The target is a real page.
    readFileSync(path.join(distDir, firstReport, page, 'index.html'));
  });

  it.each(oldFiles)('/%s answers with the bytes of its new address', (file) => {
    const [folder, name] = file.split('/') as [string, string];
    const old = readFileSync(path.join(distDir, folder, name));
    const current = readFileSync(path.join(distDir, firstReport, folder, name));
    expect(old.length).toBeGreaterThan(0);
    expect(old.equals(current)).toBe(true);
  });

  it('writes _redirects with a 301 for each old page, with and without its trailing slash', () => {
    const lines = readFileSync(path.join(distDir, '_redirects'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines).toHaveLength(oldPages.length * 2);
    for (const page of oldPages) {
      expect(lines).toContain(`${base}${page} ${base}${firstReport}/${page} 301`);
      expect(lines).toContain(`${base}${page.slice(0, -1)} ${base}${firstReport}/${page} 301`);
    }
  });

  it('keeps the root / as the series page (not a redirect)', () => {
    const $ = cheerio.load(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
    expect($('meta[http-equiv="refresh"]')).toHaveLength(0);
    expect($('h1').text().trim()).toBe('贯彻落实党的二十届三中全会精神主题报道');
  });
});

describe('the series feed', () => {
  const distDir = inject('distDir');
  const $ = cheerio.load(readFileSync(path.join(distDir, 'rss.xml'), 'utf8'), { xml: true });

  it('is an RSS 2.0 channel named after the series, one item per published report', () => {
    expect($('rss').attr('version')).toBe('2.0');
    expect($('channel > title').text()).toBe('贯彻落实党的二十届三中全会精神主题报道');
    const items = $('item');
    expect(items).toHaveLength(1);
    expect(items.find('title').text()).toBe('从“新”出发 向“质”而行');
    expect(items.find('link').text()).toBe(`https://example.org/${firstReport}/`);
    expect(items.find('description').text()).toBe(
      '“新质生产力”是一道新时代新征程上的重要命题，也是一道推动高质量发展的关键考卷。',
    );
  });

  it('invents no date', () => {
    expect($('pubDate, lastBuildDate')).toHaveLength(0);
  });

  it('leaves the old addresses and the 404 page out of the sitemap', () => {
    const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const page of oldPages) expect(sitemap).not.toContain(`<loc>https://example.org/${page}</loc>`);
    expect(readdirSync(distDir)).toContain('rss.xml');
  });
});
