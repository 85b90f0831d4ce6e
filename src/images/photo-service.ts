/**
 * Astro's image service for the reports' photos: Astro's own (sharp), which will not pass a photo it cannot
 * convert through as it is. When sharp cannot read or convert an image, Astro's service logs an English warning
 * and returns the original bytes, which Astro then writes under the requested format's name: a PNG decompression
 * bomb was published as three `.webp` files that no browser could show (issue 34). Here that stops the build,
 * naming the photo. `<Figure>` refuses photos over the size limits before this (src/report/photos.ts); this is
 * the guard for anything else sharp cannot convert.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { editorError, formatProblem } from '../errors';
import { contentDir } from '../files/report-files';

/**
 * The editors' files an image Astro names `/_astro/<name>.<hash>.<ext>` (or `/@fs/…/<name>.<ext>`) may come from:
 * files of that name in `content/`, as paths in the project.
 */
export function photoFilesNamed(src: string, root = process.cwd()): string[] {
  const file = decodeURIComponent(src.split('?')[0]!.split('/').pop() ?? '');
  const name = /^(.+)\.[\w-]{6,}\.(\w+)$/.exec(file);
  const candidates = new Set([file, ...(name ? [`${name[1]}.${name[2]}`] : [])]);
  let files: string[];
  try {
    files = readdirSync(path.join(root, contentDir), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return files
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => candidates.has(entry.split('/').pop()!))
    .map((entry) => `${contentDir}/${entry}`)
    .sort();
}

const photoService: LocalImageService = {
  ...sharpService,
  async transform(inputBuffer, transform, imageConfig, logger) {
    const result = await sharpService.transform(inputBuffer, transform, imageConfig, {
      ...logger,
      info: (message: string) => logger.info(message),
      error: (message: string) => logger.error(message),
      // Astro's "could not optimize" warning is replaced by the error below.
      warn: (message: string) => void (/could not optimize/i.test(message) || logger.warn(message)),
    });
    const passedThrough = result.data === inputBuffer || (transform.format && result.format !== transform.format);
    if (!passedThrough) return result;
    const problem = {
      file: photoFilesNamed(transform.src)[0] ?? transform.src,
      message: `这张照片转换不成网页用的 ${String(transform.format ?? '').toUpperCase()} 图片，网站不会把原文件改个名字发布出去`,
      hint: '在电脑或手机上打开这张照片，缩小到长边不超过 4000 像素，导出为 JPG（“导出”或“另存为 JPEG”），替换原文件后再构建。打不开的话，说明文件已经损坏，请重新拷贝一份。',
      en: `sharp could not convert ${transform.src} to ${String(transform.format)}; it is not published as it is`,
    };
    // Astro wraps an error thrown while it writes images in English ones of its own, and prints only those: the
    // problem is printed here, where scripts/build.mjs finds it for its summary line.
    console.error(formatProblem(problem));
    throw editorError(problem);
  },
};

export default photoService;
