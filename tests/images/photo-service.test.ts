/**
 * The image service of the reports' photos (src/images/photo-service.ts): Astro's sharp service, which must never
 * publish a photo it cannot convert as it is under another format's name. The input is the issue's: a valid
 * 30000 × 30000 PNG of 875 KB (issue 34, M3), generated here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import sharpService from 'astro/assets/services/sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import photoService, { photoFilesNamed } from '../../src/images/photo-service';
import { maxPhotoPixels } from '../../src/schemas/photo';
import { isEditorError } from '../../src/errors';
import { decompressionBombPng } from '../support/png';

/** The image settings as astro.config.mjs gives them to the service. */
const imageConfig = {
  service: { entrypoint: '/src/images/photo-service.ts', config: { limitInputPixels: maxPhotoPixels } },
} as never;
const warnings: string[] = [];
const logger = { info: () => {}, warn: (message: string) => void warnings.push(message), error: () => {} };
const transform = { src: '/_astro/bomb.Cx3f9k_a.png', format: 'webp', width: 1152, height: 1152 } as const;

let bomb: Buffer;
beforeAll(async () => {
  bomb = await decompressionBombPng();
});

describe('the photo service, given a decompression bomb', () => {
  it('gets the issue’s input: a valid PNG of 900 million pixels, under a megabyte', async () => {
    expect(bomb.length).toBeLessThan(900 * 1024);
    // Its header, read without the pixel limit (nothing is decoded).
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({
      width: 30000,
      height: 30000,
      format: 'png',
    });
  });

  it('is what Astro’s own service would pass through as it is, under the .webp name', async () => {
    const result = await sharpService.transform(bomb, transform, imageConfig, logger);
    expect(result.data).toBe(bomb);
    expect(result.format).toBe('png');
    expect(warnings.join('\n')).toMatch(/could not optimize image/);
  });

  it('stops the build instead, in Chinese, saying what to do', async () => {
    warnings.length = 0;
    const error = await photoService.transform(bomb, transform, imageConfig, logger).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isEditorError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^✗ \/_astro\/bomb\.Cx3f9k_a\.png\n {2}问题：这张照片转换不成网页用的 WEBP 图片，网站不会把原文件改个名字发布出去$/,
    );
    expect((error as { hint: string }).hint).toMatch(
      /^在电脑或手机上打开这张照片，缩小到长边不超过 4000 像素，导出为 JPG/,
    );
    // Astro's English warning is replaced by the error, not printed before it.
    expect(warnings).toEqual([]);
  });
});

describe('the photo service, given a photo', () => {
  it('converts it to WebP at the width asked, as Astro’s does', async () => {
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    const result = await photoService.transform(
      photo,
      { ...transform, src: '/_astro/lead.Ab12Cd34.jpg', height: 648 },
      imageConfig,
      logger,
    );
    expect(result.format).toBe('webp');
    expect(await sharp(Buffer.from(result.data)).metadata()).toMatchObject({
      format: 'webp',
      width: 1152,
      height: 648,
    });
  });
});

describe('photoFilesNamed', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'xinzhi-photo-service-'));
    mkdirSync(path.join(root, 'content/reports/r/photos'), { recursive: true });
    writeFileSync(path.join(root, 'content/reports/r/photos/bomb.png'), '');
    writeFileSync(path.join(root, 'content/reports/r/photos/lead.jpg'), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the editor’s file an emitted image came from, by its name without Astro’s hash', () => {
    expect(photoFilesNamed('/_astro/bomb.Cx3f9k_a.png', root)).toEqual(['content/reports/r/photos/bomb.png']);
    expect(photoFilesNamed('/@fs/x/content/reports/r/photos/lead.jpg?origWidth=1', root)).toEqual([
      'content/reports/r/photos/lead.jpg',
    ]);
    expect(photoFilesNamed('/_astro/other.Cx3f9k_a.png', root)).toEqual([]);
  });
});
