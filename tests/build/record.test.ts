/**
 * A report's record (issue 35) is shown only where the editor gives it. Report 1's article gives no date,
 * byline, editor, publisher, page or correction, so the checkout's build (report 1 as it is, with SITE_URL)
 * shows none of them anywhere: no byline, no 责任编辑, no 更正, no 本系列其他报道 (the series has one
 * report), nothing in the JSON-LD, the article tags, the feed or the sitemap, in either edition. The same
 * report with a record is built in tests/build/hant-base.test.ts; another report's list in series.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentPages } from '../support/dist';

const distDir = inject('distDir');

describe('report 1, whose article gives no date, byline or publication', () => {
  const pages = contentPages(distDir);

  it('shows no byline, 责任编辑, correction or list of other reports on any page of either edition', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      expect(page.$('[data-byline], [data-editor], [data-corrections], [data-other-reports]'), page.route).toHaveLength(
        0,
      );
      expect(page.$('time'), page.route).toHaveLength(0);
      expect(page.$('meta[property^="article:"]'), page.route).toHaveLength(0);
      expect(page.html, page.route).not.toMatch(/责任编辑|責任編輯|本系列其他报道|本系列其他報導|>更正</);
    }
  });

  it('tells schema.org no date, author, editor, publisher or correction', () => {
    for (const page of pages) {
      const jsonLd = page.$('script[type="application/ld+json"]').text();
      expect(jsonLd, page.route).not.toMatch(/datePublished|dateModified|"author"|"editor"|"publisher"|correction/);
    }
  });

  it('gives the feeds no date or author, and the sitemap no lastmod', () => {
    for (const feed of ['rss.xml', 'zh-hant/rss.xml']) {
      const xml = readFileSync(path.join(distDir, feed), 'utf8');
      expect(xml, feed).toContain('<item>');
      expect(xml, feed).not.toMatch(/<pubDate>|<dc:creator>|content:encoded|xmlns:dc/);
    }
    const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>');
    expect(sitemap).not.toContain('<lastmod>');
  });
});
