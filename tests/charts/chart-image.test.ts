/**
 * The build-time chart images (src/images/chart-image.ts), for every chart dataset:
 * PNGs of the expected size, not blank, in two distinct themes, byte-identical when
 * drawn again; the download image is taller than the chart and draws its text.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { chartInput, tableRows } from '../../src/data/dataset-view';
import {
  chartImageHeight,
  chartImageWidth,
  downloadText,
  downloadWidth,
  imageScale,
  renderChartImage,
  renderDownloadImage,
  wrapText,
} from '../../src/images/chart-image';
import { datasets, readSource } from '../support/datasets';
import { pngSize } from '../support/png';

const charts = datasets.filter((dataset) => dataset.display !== 'cards');
const pageFor = () => ({ href: '/', title: '章节', order: 0 });
const inputOf = (dataset: (typeof charts)[number]) => chartInput(dataset, tableRows(dataset, readSource, pageFor));

/** Share of pixels that differ from the top-left (paper) pixel, and the distinct colours seen. */
async function ink(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height).data;
  let inked = 0;
  for (let p = 0; p < data.length; p += 4) {
    if (data[p] !== data[0] || data[p + 1] !== data[1] || data[p + 2] !== data[2]) inked++;
  }
  return { share: inked / (data.length / 4), paper: [data[0], data[1], data[2]] };
}

it('finds the chart datasets', () => {
  expect(charts.length).toBeGreaterThanOrEqual(5);
});

describe.each(charts.map((dataset) => [dataset.id, dataset] as const))('%s', (_, dataset) => {
  const input = inputOf(dataset);

  it('draws the chart in light and dark at twice the column width, not blank, byte-identical again', async () => {
    const light = await renderChartImage(input, 'light');
    const dark = await renderChartImage(input, 'dark');
    const size = { width: chartImageWidth * imageScale, height: chartImageHeight(dataset.values.length) * imageScale };
    expect(pngSize(light)).toEqual(size);
    expect(pngSize(dark)).toEqual(size);
    const [lightInk, darkInk] = [await ink(light), await ink(dark)];
    expect(lightInk.share).toBeGreaterThan(0.02);
    expect(darkInk.share).toBeGreaterThan(0.02);
    expect(lightInk.paper).toEqual([0xfb, 0xfa, 0xf7]);
    expect(darkInk.paper).toEqual([0x14, 0x13, 0x12]);
    expect((await renderChartImage(input, 'light')).equals(light)).toBe(true);
    expect((await renderChartImage(input, 'dark')).equals(dark)).toBe(true);
  });

  it('makes a download image with the title, takeaway, chart, source and site name', async () => {
    const text = downloadText(
      dataset,
      { title: '章节' },
      { siteName: '站名' },
      { source: '来源', sourceArticle: '报道' },
    );
    expect(text.title).toBe(dataset.title);
    expect(text.takeaway).toBe(dataset.takeaway);
    expect(text.source).toBe('来源：报道《站名》·章节');
    expect(text.credit).toBe('站名');
    const png = await renderDownloadImage(input, text);
    const size = pngSize(png);
    expect(size.width).toBe(downloadWidth * imageScale);
    // Taller than the chart alone: the text blocks are drawn above and below it.
    expect(size.height).toBeGreaterThan((chartImageHeight(dataset.values.length) + 120) * imageScale);
    expect((await ink(png)).share).toBeGreaterThan(0.02);
    expect((await renderDownloadImage(input, text)).equals(png)).toBe(true);
  });
});

describe('wrapText', () => {
  const ctx = { measureText: (text: string) => ({ width: [...text].length * 10 }) as TextMetrics };
  it('breaks a word longer than a line at the width, keeping closing punctuation on the line', () => {
    expect(wrapText(ctx, 'abcdefg', 30)).toEqual(['abc', 'def', 'g']);
    expect(wrapText(ctx, '一二三，四五', 30)).toEqual(['一二三，', '四五']);
  });
  it('breaks between words, never inside one (工 | 业项目数)', () => {
    expect(wrapText(ctx, '签约与投产：工业项目数', 60)).toEqual(['签约与投产：', '工业项目数']);
    expect(wrapText(ctx, '全区签约工业项目59个，其中10亿元以上项目9个', 100)).toEqual([
      '全区签约工业项目',
      '59个，其中10亿元',
      '以上项目9个',
    ]);
  });
});
