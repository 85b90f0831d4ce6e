import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  breadcrumbJsonLd,
  breadcrumbs,
  seriesPageJsonLd,
  jsonLdScript,
  newsArticleJsonLd,
  pageTitle,
} from '../../src/head/seo';

describe('pageTitle', () => {
  it('puts the page before the site name, and the site name alone on the cover', () => {
    expect(pageTitle('站', '页')).toBe('页 | 站');
    expect(pageTitle('站')).toBe('站');
  });
});

describe('absoluteUrl', () => {
  it('resolves a path on SITE_URL, keeping the base path it already carries', () => {
    expect(absoluteUrl('/sub/og/cover.png', new URL('https://example.org'))).toBe(
      'https://example.org/sub/og/cover.png',
    );
  });
  it('gives nothing without SITE_URL', () => {
    expect(absoluteUrl('/x/', undefined)).toBeUndefined();
  });
});

describe('newsArticleJsonLd', () => {
  const series = { name: '系列' };
  it('says the article is free and part of its series, and nothing about date or author', () => {
    const data = newsArticleJsonLd({
      headline: '题',
      description: '述',
      url: 'https://e.org/',
      image: 'https://e.org/a.png',
      series,
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '题',
      description: '述',
      inLanguage: 'zh-CN',
      url: 'https://e.org/',
      mainEntityOfPage: 'https://e.org/',
      image: ['https://e.org/a.png'],
      isAccessibleForFree: true,
      isPartOf: { '@type': 'CreativeWorkSeries', name: '系列' },
    });
  });
  it('makes a chapter part of its report and of the series', () => {
    const data = newsArticleJsonLd({ headline: '章', description: '述', series, partOf: { headline: '报道' } });
    expect(data.isPartOf).toEqual([
      { '@type': 'NewsArticle', headline: '报道', isPartOf: { '@type': 'CreativeWorkSeries', name: '系列' } },
      { '@type': 'CreativeWorkSeries', name: '系列' },
    ]);
    expect(data).not.toHaveProperty('url');
    expect(data).not.toHaveProperty('image');
  });
});

describe('newsArticleJsonLd with a record (issue 35)', () => {
  const series = { name: '系列' };
  it('says when, who, who edited and who published, and each correction as a CorrectionComment', () => {
    const data = newsArticleJsonLd({
      headline: '题',
      description: '述',
      series,
      record: {
        datePublished: '2024-07-20',
        dateModified: '2024-07-22',
        authors: [{ role: '记者', name: '张三' }, { name: '李四' }],
        editor: '赵六',
        publisher: '江津日报',
        corrections: [{ date: '2024-07-21', text: '更正的内容。' }],
      },
    });
    expect(data).toMatchObject({
      datePublished: '2024-07-20',
      dateModified: '2024-07-22',
      author: [
        { '@type': 'Person', name: '张三', jobTitle: '记者' },
        { '@type': 'Person', name: '李四' },
      ],
      editor: { '@type': 'Person', name: '赵六' },
      publisher: { '@type': 'Organization', name: '江津日报' },
      correction: [{ '@type': 'CorrectionComment', text: '更正的内容。', datePublished: '2024-07-21' }],
    });
  });
  it('leaves out every field not given', () => {
    const data = newsArticleJsonLd({
      headline: '题',
      description: '述',
      series,
      record: { datePublished: '2024-07-20' },
    });
    expect(data.datePublished).toBe('2024-07-20');
    for (const field of ['dateModified', 'author', 'editor', 'publisher', 'correction'])
      expect(data, field).not.toHaveProperty(field);
    expect(
      newsArticleJsonLd({ headline: '题', description: '述', series, record: { authors: [], corrections: [] } }),
    ).not.toHaveProperty('author');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the items from 1', () => {
    const data = breadcrumbJsonLd([
      { name: 'a', url: 'https://e.org/' },
      { name: 'b', url: 'https://e.org/b/' },
    ]);
    expect((data.itemListElement as { position: number }[]).map((item) => item.position)).toEqual([1, 2]);
  });
});

describe('jsonLdScript', () => {
  it('cannot close its <script> early', () => {
    const text = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('breadcrumbs', () => {
  it('links the cover and the page when both have absolute URLs', () => {
    const [crumbs] = breadcrumbs(
      { name: '封面', url: 'https://example.org/' },
      { name: '全文', url: 'https://example.org/full/' },
    );
    expect(crumbs).toEqual(
      breadcrumbJsonLd([
        { name: '封面', url: 'https://example.org/' },
        { name: '全文', url: 'https://example.org/full/' },
      ]),
    );
  });

  it('gives none without SITE_URL, rather than relative URLs', () => {
    expect(breadcrumbs({ name: '封面', url: undefined }, { name: '全文', url: undefined })).toEqual([]);
  });
});

describe('seriesPageJsonLd', () => {
  it('is a CollectionPage about the series, listing its reports by their numbers', () => {
    const data = seriesPageJsonLd({
      series: { name: '系列', url: 'https://e.org/' },
      items: [
        { position: 1, headline: '甲', url: 'https://e.org/a/' },
        { position: 2, headline: '乙', url: 'https://e.org/b/' },
      ],
    });
    expect(data['@type']).toBe('CollectionPage');
    expect(data.about).toEqual({ '@type': 'CreativeWorkSeries', name: '系列', url: 'https://e.org/' });
    const list = data.mainEntity as { '@type': string; numberOfItems: number; itemListElement: unknown[] };
    expect(list['@type']).toBe('ItemList');
    expect(list.numberOfItems).toBe(2);
    expect(list.itemListElement[1]).toEqual({
      '@type': 'ListItem',
      position: 2,
      url: 'https://e.org/b/',
      item: { '@type': 'NewsArticle', headline: '乙', url: 'https://e.org/b/' },
    });
  });

  it('leaves out every URL without SITE_URL', () => {
    const text = JSON.stringify(
      seriesPageJsonLd({ series: { name: '系列' }, items: [{ position: 1, headline: '甲' }] }),
    );
    expect(text).not.toContain('url');
  });
});

describe('newsArticleJsonLd in a series', () => {
  it('gives a report its number and the series its URL', () => {
    const data = newsArticleJsonLd({
      headline: '题',
      description: '述',
      series: { name: '系列', url: 'https://e.org/' },
      position: 2,
    });
    expect(data.position).toBe(2);
    expect(data.isPartOf).toEqual({ '@type': 'CreativeWorkSeries', name: '系列', url: 'https://e.org/' });
  });
});
