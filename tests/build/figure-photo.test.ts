import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { readPages } from '../support/dist';
import { copySite } from '../support/site-copy';

/**
 * An editor adds a photograph by giving <Figure> an `image`: one line. This builds
 * a copy of the site with a generated test image (plain colour, not a photograph)
 * and checks what readers get.
 */
describe('<Figure> with an image', () => {
  const site = copySite();
  const chapter = path.join(site.root, 'content/reports/cong-xin-chu-fa/chapters/03-innovation.mdx');
  const original = readFileSync(chapter, 'utf8');
  let output = '';

  beforeAll(async () => {
    mkdirSync(path.join(site.root, 'content/reports/cong-xin-chu-fa/photos'), { recursive: true });
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#808080' } })
      .jpeg()
      .toFile(path.join(site.root, 'content/reports/cong-xin-chu-fa/photos/test-grey.jpg'));
    writeFileSync(
      chapter,
      original.replace(
        '<Figure caption="耐世特生产车间" />',
        '<Figure caption="耐世特生产车间" image="photos/test-grey.jpg" alt="灰色测试图" credit="测试" />',
      ),
    );
    const result = buildSite(path.join(site.root, 'dist'), {}, site.root);
    output = result.output;
    expect(result.status, output).toBe(0);
  });
  afterAll(() => site.remove());

  it('renders an optimised, responsive <img> with width, height and alt, inside the figure with its caption', () => {
    const page = readPages(path.join(site.root, 'dist')).find(
      (candidate) => candidate.route === '/cong-xin-chu-fa/innovation/',
    )!;
    const figure = page.$('figure').filter((_, element) => page.$(element).find('img').length > 0);
    expect(figure).toHaveLength(1);
    const img = figure.find('img');
    expect(img.attr('alt')).toBe('灰色测试图');
    expect(Number(img.attr('width'))).toBeGreaterThan(0);
    expect(Number(img.attr('height'))).toBeGreaterThan(0);
    expect(img.attr('srcset')).toMatch(/\.webp \d+w/);
    expect(img.attr('loading')).toBe('lazy');
    expect(figure.find('figcaption').text()).toContain('耐世特生产车间');
    expect(figure.find('figcaption').text()).toContain('测试');
  });

  it('fails the build naming the MDX file, the component and the prop when the image is missing', () => {
    writeFileSync(
      chapter,
      original.replace(
        '<Figure caption="耐世特生产车间" />',
        '<Figure caption="耐世特生产车间" image="photos/nope.jpg" alt="x" />',
      ),
    );
    // The line the <Figure> is written on: the message names it.
    const figureLine = original.split('<Figure caption="耐世特生产车间" />')[0]!.split('\n').length;
    const result = buildSite(path.join(site.root, 'dist-missing'), {}, site.root);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      new RegExp(
        `✗ content/reports/cong-xin-chu-fa/chapters/03-innovation\\.mdx 第 ${figureLine} 行\\n {2}问题：<Figure> 的 image：找不到图片文件 content/reports/cong-xin-chu-fa/photos/nope\\.jpg`,
      ),
    );
  });

  it('fails the build when a photo has no alt text', () => {
    writeFileSync(
      chapter,
      original.replace(
        '<Figure caption="耐世特生产车间" />',
        '<Figure caption="耐世特生产车间" image="photos/test-grey.jpg" />',
      ),
    );
    const result = buildSite(path.join(site.root, 'dist-noalt'), {}, site.root);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('<Figure> 的 alt：有照片就要写 alt');
  });
});
