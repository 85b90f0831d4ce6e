import { describe, expect, it } from 'vitest';
import { hantConverter } from '../../src/hant/convert';
import { hantFeed, hantPage, hantSitemap, type HantContext } from '../../src/integrations/hant-edition';

const context: HantContext = {
  convert: hantConverter(),
  base: '/',
  site: 'https://example.org',
  words: { scriptSwitchHans: '简体', hantNotice: '本页由简体中文原文自动转换。' },
};

const page = [
  '<!DOCTYPE html><html lang="zh-CN" data-twin="/zh-hant/r/investment/"><head>',
  '<link rel="alternate" hreflang="zh-CN" href="https://example.org/r/investment/">',
  '<link rel="canonical" href="https://example.org/r/investment/">',
  '<meta property="og:locale" content="zh_CN"><meta property="og:image" content="https://example.org/r/og/investment.png">',
  '<title>招商引资接龙引凤</title>',
  '<script type="application/ld+json">{"inLanguage":"zh-CN","url":"https://example.org/r/investment/","headline":"数据"}</script>',
  '</head><body><header><a href="/zh-hant/r/investment/" hreflang="zh-Hant-HK" lang="zh-Hant-HK" data-script-switch class="x">繁體</a></header>',
  '<main><h2 id="dataset-x">签约项目</h2><a href="/r/full/#dataset-x" title="查看图表：签约">全文</a>',
  '<a href="/r/data/x.csv" download="x.csv">下载数据</a><img src="/r/charts/x-light.png" alt="图表"></main>',
  '<footer><div><p>回到顶部</p></div></footer></body></html>',
].join('');

describe('hantPage', () => {
  const hant = hantPage(page, context);

  it('converts every word a reader sees, in text and attributes, and keeps ids', () => {
    expect(hant).toContain('<title>招商引資接龍引鳳</title>');
    expect(hant).toContain('<h2 id="dataset-x">簽約項目</h2>');
    expect(hant).toContain('title="查看圖表：簽約"');
    expect(hant).toContain('alt="圖表"');
    expect(hant).toContain('"headline":"數據"');
  });

  it('sets the language and points the site’s own addresses at the twins, downloads excepted', () => {
    expect(hant).toContain('<html lang="zh-Hant-HK" data-twin="/r/investment/">');
    expect(hant).toContain('<meta property="og:locale" content="zh_HK">');
    expect(hant).toContain('"inLanguage":"zh-Hant-HK","url":"https://example.org/zh-hant/r/investment/"');
    expect(hant).toContain('<link rel="canonical" href="https://example.org/zh-hant/r/investment/">');
    expect(hant).toContain('content="https://example.org/zh-hant/r/og/investment.png"');
    expect(hant).toContain('href="/zh-hant/r/full/#dataset-x"');
    expect(hant).toContain('src="/zh-hant/r/charts/x-light.png"');
    expect(hant).toContain('href="/r/data/x.csv"');
    // The alternates name both editions already.
    expect(hant).toContain('<link rel="alternate" hreflang="zh-CN" href="https://example.org/r/investment/">');
  });

  it('turns the switch around, to the original in simplified characters, and adds the footer notice', () => {
    expect(hant).toContain(
      '<a href="/r/investment/" hreflang="zh-CN" lang="zh-CN" data-script-switch class="x">简体</a>',
    );
    expect(hant).toContain(
      '<p class="basis-full text-label text-muted" data-hant-notice>本頁由簡體中文原文自動轉換。</p></div></footer>',
    );
  });
});

describe('hantPage with words that look like replacement patterns', () => {
  it("writes an editor's $& and $' as they are, in the notice and the switch", () => {
    const words = { scriptSwitchHans: "简体$&$'", hantNotice: "本页$&由$'转换$`。" };
    const hant = hantPage(page, { ...context, words });
    expect(hant).toContain('data-script-switch class="x">简体$&amp;$\'</a>');
    expect(hant).toContain("data-hant-notice>本頁$&amp;由$'轉換$`。</p></div></footer></body>");
    expect(hant.match(/<\/footer>/g)).toHaveLength(1);
  });
});

describe('hantFeed and hantSitemap', () => {
  it('gives the feed converted words, 繁體 links and its language', () => {
    const feed = hantFeed(
      '<rss><channel><title>系列报道</title><link>https://example.org/</link><language>zh-CN</language></channel></rss>',
      context,
    );
    expect(feed).toBe(
      '<rss><channel><title>系列報道</title><link>https://example.org/zh-hant/</link><language>zh-Hant-HK</language></channel></rss>',
    );
  });

  it('lists each page’s twin after it, both with the pair’s alternates', () => {
    const sitemap = hantSitemap(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/r/</loc></url></urlset>',
      context,
    );
    const links =
      '<xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/r/"/>' +
      '<xhtml:link rel="alternate" hreflang="zh-Hant-HK" href="https://example.org/zh-hant/r/"/>' +
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/r/"/>';
    expect(sitemap).toBe(
      '<urlset xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        `<url><loc>https://example.org/r/</loc>${links}</url><url><loc>https://example.org/zh-hant/r/</loc>${links}</url></urlset>`,
    );
  });
});
