import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { hantConverter } from '../../src/hant/convert';
import { checkTwin, hantFeed, hantPage, hantSitemap, type HantContext } from '../../src/integrations/hant-edition';

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
  '</head><body><header><a href="/zh-hant/r/investment/" hreflang="zh-Hant-TW" lang="zh-Hant-TW" data-script-switch class="x">繁體</a></header>',
  '<main><h2 id="dataset-x">签约项目</h2><a href="/r/full/#dataset-x" title="查看图表：签约">全文</a>',
  '<h3>“3<wbr>+<wbr>N”<wbr>现代产业</h3><p>从“新”出发</p>',
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

  it('sets 「」 for quotation marks, in a text node with no Chinese character too (a heading’s word)', () => {
    expect(hant).toContain('<h3>「3<wbr>+<wbr>N」<wbr>現代產業</h3><p>從「新」出發</p>');
  });

  it('sets the language and points the site’s own addresses at the twins, downloads excepted', () => {
    expect(hant).toContain('<html lang="zh-Hant-TW" data-twin="/r/investment/">');
    expect(hant).toContain('<meta property="og:locale" content="zh_TW">');
    expect(hant).toContain('"inLanguage":"zh-Hant-TW","url":"https://example.org/zh-hant/r/investment/"');
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
    expect(hant).toContain('data-script-switch class="x">简体$&amp;$&#39;</a>');
    expect(hant).toContain('data-hant-notice>本頁$&amp;由$&#39;轉換$`。</p></div></footer></body>');
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
      '<rss><channel><title>系列報道</title><link>https://example.org/zh-hant/</link><language>zh-Hant-TW</language></channel></rss>',
    );
  });

  it('lists each page’s twin after it, both with the pair’s alternates', () => {
    const sitemap = hantSitemap(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/r/</loc></url></urlset>',
      context,
    );
    const links =
      '<xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/r/"/>' +
      '<xhtml:link rel="alternate" hreflang="zh-Hant-TW" href="https://example.org/zh-hant/r/"/>' +
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/r/"/>';
    expect(sitemap).toBe(
      '<urlset xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        `<url><loc>https://example.org/r/</loc>${links}</url><url><loc>https://example.org/zh-hant/r/</loc>${links}</url></urlset>`,
    );
  });
});

/** A page as the site writes one: the CSP <meta>, the head script, share metas, JSON-LD, a heading, the QR label. */
const fullPage = (base: string, encodedBase = encodeURI(base)) =>
  [
    `<!DOCTYPE html><html lang="zh-CN" data-twin="${encodedBase}zh-hant/r/investment/"><head>`,
    `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'">`,
    '<script>try{var s=localStorage}catch(e){}</script>',
    '<title>涵养发展 | 从“新”出发</title>',
    '<meta name="description" content="持续涵养发展好生态">',
    '<meta property="og:title" content="涵养发展">',
    `<meta property="og:url" content="https://example.org${encodedBase}r/investment/">`,
    `<link rel="canonical" href="https://example.org${encodedBase}r/investment/">`,
    '<meta property="og:locale" content="zh_CN">',
    `<script type="application/ld+json">{"inLanguage":"zh-CN","url":"https://example.org${encodedBase}r/investment/","headline":"涵养发展"}</script>`,
    `</head><body><header><a href="${encodedBase}zh-hant/r/investment/" hreflang="zh-Hant-TW" lang="zh-Hant-TW" data-script-switch>繁體</a></header>`,
    `<main><h2 id="investment-涵养发展">涵养发展</h2><a href="${base}r/investment/#investment-涵养发展" title="涵养发展">涵养发展</a>`,
    `<button aria-label="本页地址的二维码：https://example.org${encodedBase}r/investment/">二维码</button>`,
    `<p>本页地址：https://example.org${base}r/investment/</p>`,
    `<a href="${base}r/data/x.csv">下载数据</a></main>`,
    '<footer><div><p>回到顶部</p></div></footer></body></html>',
  ].join('');

/** The twin of `fullPage` made with one exception that bypasses the file's checks (what issue 34 reproduced). */
function withException(traditional: string, simplified = '涵养发展', base = '/') {
  const convert = hantConverter([{ simplified, traditional }], base === '/' ? [] : [base]);
  const html = fullPage(base);
  return { html, hant: hantPage(html, { ...context, convert, base }) };
}

describe('hantPage converts only what readers read (issue 34, H1)', () => {
  const part = (html: string, pattern: RegExp) => html.match(pattern)?.[0];
  const csp = /<meta http-equiv="content-security-policy"[^>]*>/;
  const headScript = /<script>[^<]*<\/script>/;

  it('writes an exception holding a <meta> refresh as text: no element is added, nothing redirects', () => {
    const { html, hant } = withException('涵養發展<meta http-equiv="refresh" content="5;url=https://evil.example/">');
    const $ = cheerio.load(hant);
    expect($('meta[http-equiv="refresh"]').length).toBe(0);
    expect($('*').length).toBe(cheerio.load(html)('*').length + 2);
    // Readers see the words as written, in the title, the heading and the share metas.
    expect($('title').text()).toContain('涵養發展<meta http-equiv="refresh"');
    expect($('h2').text()).toBe('涵養發展<meta http-equiv="refresh" content="5;url=https://evil.example/">');
    expect($('meta[property="og:title"]').attr('content')).toContain('<meta http-equiv');
    expect($('meta[property="og:title"]').length).toBe(1);
  });

  it('leaves the CSP <meta> and the head script byte for byte, whatever an exception names', () => {
    const { html, hant } = withException("script-src 'self' 'unsafe-inline'", "script-src 'self'");
    expect(part(hant, csp)).toBe(part(html, csp));
    expect(part(hant, headScript)).toBe(part(html, headScript));
    const scripts = withException('"}</script><script>alert(1)</script>');
    expect(part(scripts.hant, csp)).toBe(part(scripts.html, csp));
    expect(part(scripts.hant, headScript)).toBe(part(scripts.html, headScript));
  });

  it('keeps the JSON-LD one JSON document, its headline converted, when an exception would close it', () => {
    const { hant } = withException('"}</script><script>alert(1)</script>');
    const $ = cheerio.load(hant);
    expect($('script').length).toBe(2);
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
    expect(jsonLd.headline).toBe('"}</script><script>alert(1)</script>');
    expect(jsonLd.inLanguage).toBe('zh-Hant-TW');
    expect(jsonLd.url).toBe('https://example.org/zh-hant/r/investment/');
    expect($('title').text()).toBe('"}</script><script>alert(1)</script> | 從「新」出發');
    expect($('meta[name="description"]').attr('content')).toBe('持續"}</script><script>alert(1)</script>好生態');
  });

  it('converts titles, share metas, headings and labels, and never an id or a #anchor (L3)', () => {
    const { hant } = withException('涵養發展');
    const $ = cheerio.load(hant);
    expect($('h2').attr('id')).toBe('investment-涵养发展');
    expect($('main a').first().attr('href')).toBe('/zh-hant/r/investment/#investment-涵养发展');
    expect($('main a').first().attr('title')).toBe('涵養發展');
    expect($('h2').text()).toBe('涵養發展');
    expect($('meta[name="description"]').attr('content')).toBe('持續涵養發展好生態');
  });

  it('stops the build when a twin’s CSP, head script or elements differ from the original’s', () => {
    const { html, hant } = withException('涵養發展');
    expect(() => checkTwin(html, hant, 2, 'zh-hant/r/investment/index.html')).not.toThrow();
    const tampered = [
      hant.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      hant.replace('var s=localStorage', 'var s=sessionStorage'),
      hant.replace('<h2 ', '<meta http-equiv="refresh" content="0"><h2 '),
      hant.replace('</main>', '<script src="https://evil.example/x.js"></script></main>'),
    ];
    for (const twin of tampered) {
      expect(twin).not.toBe(hant);
      expect(() => checkTwin(html, twin, 2, 'zh-hant/r/investment/index.html')).toThrow(
        /繁體版的这一页和简体页的安全设置（CSP）、内联脚本或页面结构不一致/,
      );
    }
  });
});

describe('hantPage under a base path with Chinese characters (issue 34, M4)', () => {
  const base = '/专题/江津/';
  const encoded = encodeURI(base);
  const { hant } = withException('涵養發展', '涵养发展', base);
  const $ = cheerio.load(hant);

  it('never converts the base (专题 stays 专题), in links, metas or words', () => {
    expect(hant).not.toMatch(/專題/);
    expect($('main a').first().attr('href')).toBe(`${base}zh-hant/r/investment/#investment-涵养发展`);
    expect($('main a').last().attr('href')).toBe(`${base}r/data/x.csv`);
    expect($('p').first().text()).toBe(`本頁地址：https://example.org${base}r/investment/`);
  });

  it('points the canonical, og:url, JSON-LD and the QR label at the 繁體 page, the base percent-encoded as written', () => {
    const twin = `https://example.org${encoded}zh-hant/r/investment/`;
    expect($('link[rel="canonical"]').attr('href')).toBe(twin);
    expect($('meta[property="og:url"]').attr('content')).toBe(twin);
    expect(JSON.parse($('script[type="application/ld+json"]').text()).url).toBe(twin);
    expect($('button').attr('aria-label')).toBe(`本頁地址的二維碼：${twin}`);
  });

  it('turns the switch and data-twin back to the simplified page', () => {
    expect($('html').attr('data-twin')).toBe(`${encoded}r/investment/`);
    expect($('a[data-script-switch]').attr('href')).toBe(`${encoded}r/investment/`);
  });

  it('lists the 繁體 pages in the sitemap and links them from the feed', () => {
    const hantContext = { ...context, base, convert: hantConverter([], [base]) };
    const loc = `https://example.org${encoded}r/`;
    const sitemap = hantSitemap(
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${loc}</loc></url></urlset>`,
      hantContext,
    );
    expect(sitemap).toContain(`<url><loc>https://example.org${encoded}zh-hant/r/</loc>`);
    const feed = hantFeed(
      `<rss><channel><title>系列报道</title><link>${loc}</link><description>见 https://example.org${base}r/</description></channel></rss>`,
      hantContext,
    );
    expect(feed).toContain(`<link>https://example.org${encoded}zh-hant/r/</link>`);
    expect(feed).toContain(`<description>見 https://example.org${base}zh-hant/r/</description>`);
    expect(feed).toContain('<title>系列報道</title>');
  });
});
