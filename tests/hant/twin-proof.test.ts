import { describe, expect, it } from 'vitest';
import { hantConverter } from '../../src/hant/convert';
import { hantPage, type HantContext } from '../../src/integrations/hant-edition';
import { twinDifferences, type TwinContext } from '../support/twin-proof';

const site: HantContext = {
  convert: hantConverter(),
  base: '/',
  site: 'https://example.org',
  words: { scriptSwitchHans: '简体', hantNotice: '本页由简体中文原文自动转换。' },
};
const twin: TwinContext = { base: '/', site: 'https://example.org', route: '/r/investment/', scriptSwitchHans: '简体' };

const page = [
  '<!DOCTYPE html><html lang="zh-CN" data-twin="/zh-hant/r/investment/"><head>',
  '<link rel="alternate" hreflang="zh-CN" href="https://example.org/r/investment/">',
  '<link rel="canonical" href="https://example.org/r/investment/">',
  '<meta property="og:locale" content="zh_CN"><meta property="og:image" content="https://example.org/r/og/investment.png">',
  '<title>招商引资接龙引凤</title><script>document.documentElement.dataset.x="1"</script>',
  '<script type="application/ld+json">{"inLanguage":"zh-CN","url":"https://example.org/r/investment/","headline":"数据"}</script>',
  '</head><body><header><a href="/zh-hant/r/investment/" hreflang="zh-Hant-TW" lang="zh-Hant-TW" data-script-switch class="x">繁體</a></header>',
  '<main><h2 id="dataset-x" class="title">签约项目</h2><p>项目<a href="/r/full/#dataset-x" title="查看图表：签约">全文</a></p>',
  '<noscript><img src="/r/charts/x-light.png" alt="图表"></noscript>',
  '<a href="/r/data/x.csv" download="x.csv">下载数据</a><img src="/r/charts/x-light.png" alt="图表"></main>',
  '<footer><div><p>回到顶部</p></div></footer></body></html>',
].join('');

describe('twinDifferences', () => {
  const converted = hantPage(page, site);

  it('finds nothing between a page and its twin as the build writes it', () => {
    expect(twinDifferences(page, converted, twin)).toEqual([]);
  });

  it.each([
    ['an attribute added', (html: string) => html.replace('<h2 id="dataset-x"', '<h2 id="dataset-x" onclick="x()"')],
    ['a class changed', (html: string) => html.replace('class="title"', 'class="title hidden"')],
    ['an id changed', (html: string) => html.replace('id="dataset-x"', 'id="dataset-y"')],
    ['two elements swapped', (html: string) => html.replace(/(<h2[^]*?<\/h2>)(<p>[^]*?<\/p>)/, '$2$1')],
    [
      'an element added by an exception',
      (html: string) => html.replace('簽約項目', '簽約<meta http-equiv="refresh" content="0">項目'),
    ],
    ['text left in simplified characters', (html: string) => html.replace('簽約項目', '签约项目')],
    ['text changed', (html: string) => html.replace('簽約項目', '簽約')],
    [
      'a link to the simplified page',
      (html: string) => html.replace('href="/zh-hant/r/full/#dataset-x"', 'href="/r/full/#dataset-x"'),
    ],
    ['a script changed', (html: string) => html.replace('dataset.x="1"', 'dataset.x="2"')],
    ['JSON-LD not converted', (html: string) => html.replace('"headline":"數據"', '"headline":"数据"')],
    [
      'a noscript image of the other edition',
      (html: string) => html.replace('<noscript><img src="/zh-hant/', '<noscript><img src="/'),
    ],
    ['the language', (html: string) => html.replace('lang="zh-Hant-TW" data-twin', 'lang="zh-CN" data-twin')],
    [
      'the switch left pointing at itself',
      (html: string) =>
        html.replace('<a href="/r/investment/" hreflang="zh-CN"', '<a href="/zh-hant/r/investment/" hreflang="zh-CN"'),
    ],
    ['no notice that the page is converted', (html: string) => html.replace(/<p[^>]*data-hant-notice>[^<]*<\/p>/, '')],
  ])('finds %s', (_, tamper) => {
    const tampered = tamper(converted);
    expect(tampered, 'the tampering applies').not.toBe(converted);
    expect(twinDifferences(page, tampered, twin).length).toBeGreaterThan(0);
  });
});
