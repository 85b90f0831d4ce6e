import { describe, expect, it } from 'vitest';
import { hansPath, hansUrl, hantPath, hantUrl, hasHantTwin } from '../../src/hant/addresses';

describe('hasHantTwin', () => {
  it('gives pages, the feed, share cards, chart images and chart inputs a twin', () => {
    for (const path of ['', 'cong-xin-chu-fa/', 'cong-xin-chu-fa/investment/', '404.html', 'rss.xml', 'og/series.png'])
      expect(hasHantTwin(path), path).toBe(true);
    expect(hasHantTwin('cong-xin-chu-fa/charts/pv-capacity-dark.png')).toBe(true);
    expect(hasHantTwin('cong-xin-chu-fa/data/pv-capacity.chart.json')).toBe(true);
  });
  it('gives downloads, build assets and the embed script none', () => {
    for (const path of [
      'cong-xin-chu-fa/data/pv-capacity.csv',
      'cong-xin-chu-fa/data/pv-capacity.json',
      'cong-xin-chu-fa/data/datapackage.json',
      '_astro/BaseLayout.css',
      'embed/resize.js',
      'favicon.svg',
      'zh-hant/cong-xin-chu-fa/',
    ])
      expect(hasHantTwin(path), path).toBe(false);
  });
});

describe('hantPath and hansPath', () => {
  it('go back and forth between the editions', () => {
    expect(hantPath('cong-xin-chu-fa/full/')).toBe('zh-hant/cong-xin-chu-fa/full/');
    expect(hansPath('zh-hant/cong-xin-chu-fa/full/')).toBe('cong-xin-chu-fa/full/');
    expect(hantPath('cong-xin-chu-fa/data/x.csv')).toBe('cong-xin-chu-fa/data/x.csv');
  });
});

describe('hantUrl', () => {
  it('points the site’s own addresses at the twin, under the base path and on the site’s origin, keeping #anchors', () => {
    expect(hantUrl('/cong-xin-chu-fa/investment/#dataset-x', '/')).toBe(
      '/zh-hant/cong-xin-chu-fa/investment/#dataset-x',
    );
    expect(hantUrl('/sub/cong-xin-chu-fa/', '/sub/')).toBe('/sub/zh-hant/cong-xin-chu-fa/');
    expect(hantUrl('https://example.org/og/series.png', '/', 'https://example.org')).toBe(
      'https://example.org/zh-hant/og/series.png',
    );
  });
  it('leaves other sites, other paths, anchors and downloads alone', () => {
    expect(hantUrl('https://example.com/a/', '/', 'https://example.org')).toBe('https://example.com/a/');
    expect(hantUrl('/cong-xin-chu-fa/', '/sub/')).toBe('/cong-xin-chu-fa/');
    expect(hantUrl('#top', '/')).toBe('#top');
    expect(hantUrl('/cong-xin-chu-fa/data/x.csv', '/')).toBe('/cong-xin-chu-fa/data/x.csv');
  });
});

describe('hantUrl and hansUrl under a base path with Chinese characters (issue 34, M4)', () => {
  const base = '/江津/';
  const encoded = '/%E6%B1%9F%E6%B4%A5/';
  it('matches the base as written and percent-encoded, and writes the twin the same way', () => {
    expect(hantUrl('/江津/cong-xin-chu-fa/', base)).toBe('/江津/zh-hant/cong-xin-chu-fa/');
    expect(hantUrl(`https://example.org${encoded}cong-xin-chu-fa/#x`, base, 'https://example.org')).toBe(
      `https://example.org${encoded}zh-hant/cong-xin-chu-fa/#x`,
    );
    expect(hantUrl(`${encoded}cong-xin-chu-fa/`, encoded)).toBe(`${encoded}zh-hant/cong-xin-chu-fa/`);
    expect(hantUrl('/cong-xin-chu-fa/', base)).toBe('/cong-xin-chu-fa/');
  });
  it('leads a 繁體 address back to its original, either way', () => {
    expect(hansUrl('/江津/zh-hant/cong-xin-chu-fa/', base)).toBe('/江津/cong-xin-chu-fa/');
    expect(hansUrl(`${encoded}zh-hant/cong-xin-chu-fa/`, base)).toBe(`${encoded}cong-xin-chu-fa/`);
    expect(hansUrl('/江津/cong-xin-chu-fa/', base)).toBe('/江津/cong-xin-chu-fa/');
  });
});
