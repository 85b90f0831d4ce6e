import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import Chart from '../../src/components/mdx/Chart.astro';
import KeyFigures from '../../src/components/mdx/KeyFigures.astro';
import { ui } from '../../src/report/site';

const investment = 'content/reports/cong-xin-chu-fa/chapters/02-investment.mdx';
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<Chart>', () => {
  it('renders a figure with title, takeaway, a labelled canvas, the data table, source, notes and downloads', async () => {
    const html = await container.renderToString(Chart, { props: { id: 'project-counts', sourceFile: investment } });
    const $ = cheerio.load(html);
    const figure = $('figure#dataset-project-counts');
    expect(figure).toHaveLength(1);
    expect(figure.find('.data-figure__title').text()).toBe('签约与投产：工业项目数');
    const canvas = figure.find('chart-figure canvas');
    expect(canvas.attr('role')).toBe('img');
    expect(canvas.attr('aria-label')).toContain('全区签约工业项目59个');
    expect($(`#${canvas.attr('aria-describedby')}`).text()).toContain('横向条形图');
    // Under the graphic, two things (issue 33): the short source line, then 数据与下载 holding all the rest.
    expect(
      figure
        .children()
        .slice(-2)
        .map((_, element) => $(element).attr('class'))
        .get(),
    ).toEqual(['data-meta data-source', 'data-toggle data-furniture text-label']);
    expect(figure.children('.data-source').text().replace(/\s+/g, '')).toBe('来源报道《从“新”出发向“质”而行》');
    const furniture = figure.children('details.data-furniture');
    expect(furniture.children('summary').text()).toBe('数据与下载');
    expect(furniture.find('table, .data-downloads, [data-embed], .data-meta ol').length).toBe(4);
    expect(
      figure
        .find('table tbody tr')
        .map((_, row) => $(row).find('td').first().text())
        .get(),
    ).toEqual(['59个', '9个', '27个']);
    expect(figure.find('table a').first().attr('href')).toBe('/cong-xin-chu-fa/investment/#q-project-counts-signed');
    // The source line credits the dataset's own report and chapter, never the series or the site.
    expect(figure.find('.data-meta p').first().text().replace(/\s+/g, '')).toBe(
      '来源报道《从“新”出发向“质”而行》·招商引资接龙引凤注入发展“新活力”|时期目前',
    );
    expect(figure.find('a[href="/cong-xin-chu-fa/data/project-counts.csv"]')).toHaveLength(1);
    expect(figure.find('a[href="/cong-xin-chu-fa/data/project-counts.json"]')).toHaveLength(1);
    expect(figure.text()).toContain('文中未说明27个重点投产项目与59个签约项目是否重合');
  });

  it('carries its build-time image for readers without JavaScript, 下载图片 and the 嵌入 code', async () => {
    const html = await container.renderToString(Chart, { props: { id: 'project-counts', sourceFile: investment } });
    const $ = cheerio.load(html);
    const figure = $('figure#dataset-project-counts');
    // The <noscript> content is text to the parser; read it as HTML.
    const image = cheerio.load(figure.find('noscript').text());
    expect(image('img').attr('src')).toBe('/cong-xin-chu-fa/charts/project-counts-light.png');
    expect(image('img').attr('alt')).toContain('签约与投产：工业项目数');
    expect(image('img').attr('width')).toBe('576');
    expect(Number(image('img').attr('height'))).toBe(Math.round((3 + 3 * 3.25) * 16));
    expect(
      image('source')
        .map((_, source) => `${image(source).attr('media')} → ${image(source).attr('srcset')}`)
        .get(),
    ).toEqual([
      '(max-width: 30rem) and (prefers-color-scheme: dark) → /cong-xin-chu-fa/charts/project-counts-dark-narrow.png',
      '(max-width: 30rem) → /cong-xin-chu-fa/charts/project-counts-light-narrow.png',
      '(prefers-color-scheme: dark) → /cong-xin-chu-fa/charts/project-counts-dark.png',
    ]);
    const download = figure.find('a[href="/cong-xin-chu-fa/charts/project-counts.png"]');
    expect(download.text().trim()).toBe('下载图片');
    expect(download.attr('download')).toBe('project-counts.png');
    const embed = figure.find('[data-embed]');
    expect(embed.find('.data-meta__label').text()).toBe('嵌入');
    expect(embed.closest('details.data-furniture')).toHaveLength(1);
    expect(embed.find('textarea').attr('data-embed-src')).toBe('/embed/cong-xin-chu-fa/project-counts/');
    // What the browser completes the 嵌入 code from without SITE_URL: the script is carried inline (issue 34).
    expect(embed.find('textarea').attr('data-embed-title')).toBe(figure.find('.data-figure__title').text().trim());
    expect(Number(embed.find('textarea').attr('data-embed-height'))).toBeGreaterThan(400);
    expect(embed.find('textarea').attr('data-embed-script')).toBeUndefined();
    // The drawn chart's tooltip, key hint and live region are added by draw.ts, their words coming
    // with the chart's input: a reader without JavaScript has no use for them.
    expect(figure.find('[data-chart-live], .chart-keys, .chart-tooltip')).toHaveLength(0);
    const input = JSON.parse(figure.find('chart-figure > script[type="application/json"]').text());
    expect(input.words).toEqual({ keys: ui.chartKeys, item: ui.chartItem });
  });

  it('on an embed page: the title is the page heading; no table, downloads or 嵌入; the source links out', async () => {
    const html = await container.renderToString(Chart, {
      props: { id: 'project-counts', embed: true, report: 'cong-xin-chu-fa' },
    });
    const $ = cheerio.load(html);
    expect($('h1.data-figure__title').text().trim()).toBe('签约与投产：工业项目数');
    expect($('table, .data-downloads, [data-embed]')).toHaveLength(0);
    const source = $('.data-meta a');
    expect(source.attr('href')).toBe('/cong-xin-chu-fa/investment/');
    expect(source.attr('target')).toBe('_blank');
  });

  it('reserves the chart’s height before it draws, by bar count (no style attribute: the CSP forbids them)', async () => {
    const html = await container.renderToString(Chart, { props: { id: 'project-counts', sourceFile: investment } });
    const box = cheerio.load(html)('.chart-box');
    expect(box.attr('data-bars')).toBe('3');
    expect(box.attr('style')).toBeUndefined();
  });

  it('embeds the chart input as JSON that cannot close its script', async () => {
    const html = await container.renderToString(Chart, { props: { id: 'project-counts', sourceFile: investment } });
    const json = cheerio.load(html)('chart-figure script[type="application/json"]').text();
    const input = JSON.parse(json);
    expect(input.dataset.id).toBe('project-counts');
    expect(input.sentences.signed.sentence).toBe(
      '目前，全区签约工业项目59个，协议投资额398.09亿元，其中，10亿元以上项目9个。',
    );
    expect(json).not.toContain('</');
  });

  it('fails naming the MDX file on an unknown id', async () => {
    await expect(
      container.renderToString(Chart, { props: { id: 'no-such', sourceFile: investment, sourceLine: 12 } }),
    ).rejects.toThrow(
      `✗ ${investment} 第 12 行\n  问题：<Chart> 的 id：没有叫“no-such”的数据集（content/reports/cong-xin-chu-fa/data/ 里没有 no-such.json）`,
    );
    await expect(
      container.renderToString(Chart, { props: { id: 'no-such', sourceFile: investment } }),
    ).rejects.toMatchObject({ hint: expect.stringMatching(/可用的有：.*project-counts/) });
  });

  it('fails on a cards dataset, and on a dataset placed away from its sentences', async () => {
    await expect(
      container.renderToString(Chart, { props: { id: 'hub-port', sourceFile: investment } }),
    ).rejects.toMatchObject({ hint: expect.stringContaining('改成 <KeyFigures id="hub-port" />。') });
    await expect(
      container.renderToString(Chart, { props: { id: 'innovation-counts', sourceFile: investment } }),
    ).rejects.toThrow(/引用的是 content\/reports\/cong-xin-chu-fa\/chapters\/03-innovation\.mdx 里的句子/);
  });

  it('fails on a missing id prop', async () => {
    await expect(container.renderToString(Chart, { props: { sourceFile: investment } })).rejects.toThrow(
      `${investment}\n  问题：<Chart> 的 id：缺少这一项，需要填写文字`,
    );
  });
});

describe('<KeyFigures>', () => {
  it('sets each figure as a card and labels the calculated one', async () => {
    const html = await container.renderToString(KeyFigures, {
      props: { id: 'baisha-pv', sourceFile: investment },
    });
    const $ = cheerio.load(html);
    const cards = $('.key-figure');
    expect(cards.map((_, card) => $(card).find('.key-figure__number').text()).get()).toEqual([
      '9个',
      '约347亿元',
      '742亿元',
      '50万吨',
      '2.1倍',
    ]);
    expect($('.key-figure--calculated .calculated-badge').text()).toBe('计算值');
    expect($('table tr[data-kind="calculated"] td').last().text()).toBe('按文中数字计算：742亿元 ÷ 约347亿元');
  });

  it('fails naming the MDX file on an unknown id or a chart dataset', async () => {
    await expect(container.renderToString(KeyFigures, { props: { id: 'x', sourceFile: investment } })).rejects.toThrow(
      `问题：<KeyFigures> 的 id：没有叫“x”的数据集`,
    );
    await expect(
      container.renderToString(KeyFigures, { props: { id: 'project-counts', sourceFile: investment } }),
    ).rejects.toMatchObject({ hint: expect.stringContaining('改成 <Chart id="project-counts" />。') });
  });
});
