import type { ImageMetadata } from 'astro';
import { reportFolder, reportImageModules, unsupportedReportImages } from '../files/report-files';
import { componentProblem, type ComponentSource, type Problem } from '../errors';
import { maxPhotoBytes, maxPhotoPixels } from '../schemas/photo';

// Every image in a report's folder, so an editor names a photo by its path in that folder and nothing else.
const imageModules = reportImageModules();
const unsupported = unsupportedReportImages();

/** The keys of `keys` inside a report's folder, relative to it (e.g. `photos/lead.jpg`). */
function inReport(keys: string[], reportId: string): string[] {
  const prefix = `/${reportFolder(reportId)}/`;
  return keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
}

/** Path of every image file of a report, relative to its folder (e.g. `photos/lead.jpg`). */
function photoPaths(reportId: string): string[] {
  return inReport(Object.keys(imageModules), reportId);
}

/** The widest image the layout shows: the 36rem text column at 2× pixel density. */
export const maxPhotoWidth = 1152;

/** Image files the site does not publish as photos: iPhone HEIC, TIFF, and GIF and SVG (refused as formats). */
export const unsupportedImagePattern = /\.(?:heic|heif|tiff?|gif|svg)$/i;

/** A photo (and its file's path in the project), or why an editor's path does not give one (Chinese message and hint). */
type PhotoLookup = { photo: ImageMetadata; file: string } | { message: string; hint: string };

/** Where an editor's `image` path leads: the image file's key, or why it leads nowhere (Chinese message and hint). */
type PhotoPath = { key: string } | { message: string; hint: string };

/**
 * Looks up `path` (relative to the report's folder) among `images` (the report's image files, relative
 * to its folder) and explains a near miss: a name that differs only in case, a HEIC, TIFF, GIF or SVG file
 * (`unsupportedImages`), a file in another folder. Pure, so the bad-input catalogue runs it on a copy.
 */
export function lookupPhoto(
  reportId: string,
  path: string,
  images: readonly string[],
  unsupportedImages: readonly string[],
): PhotoPath {
  const folder = reportFolder(reportId);
  const wanted = path.replace(/^\.?\/+/, '');
  const file = (relative: string) => `${folder}/${relative}`;
  if (images.includes(wanted)) return { key: `/${file(wanted)}` };
  const caseOnly = images.find((candidate) => candidate.toLowerCase() === wanted.toLowerCase());
  if (caseOnly) {
    return {
      message: `找不到 ${file(wanted)}，但有一个只差大小写的文件 ${file(caseOnly)}`,
      hint: `把 image 改成 "${caseOnly}"（大小写要和文件名完全一样）。`,
    };
  }
  const unsupportedFile = unsupportedImages.find((candidate) => candidate.toLowerCase() === wanted.toLowerCase());
  if (unsupportedFile || unsupportedImagePattern.test(wanted)) {
    const format = wanted.split('.').pop()!.toUpperCase();
    if (/^(?:GIF|SVG)$/.test(format)) {
      return {
        message: `${file(wanted)} 是 ${format} 格式，网站的照片只收 JPG、PNG、WebP、AVIF`,
        hint:
          format === 'GIF'
            ? `GIF 是动图或小图，网站不会把它做成多种尺寸。用图片软件把它另存为 JPG 或 PNG（动图取一帧），放进 ${folder}/photos/，再把 image 改成新的文件名。`
            : `SVG 是可以带程序代码的矢量图，网站不收。用图片软件把它导出为 PNG，放进 ${folder}/photos/，再把 image 改成新的文件名；图表请用 <Chart>。`,
      };
    }
    return {
      message: `${file(wanted)} 是 ${format} 格式，网站和多数浏览器显示不了`,
      hint: `在手机或电脑上把照片导出为 JPG（“导出”或“另存为 JPEG”），放进 ${folder}/photos/，再把 image 改成新的文件名。`,
    };
  }
  const sameName = images.filter((candidate) => candidate.split('/').pop() === wanted.split('/').pop());
  return {
    message: `找不到图片文件 ${file(wanted)}`,
    hint: sameName.length
      ? `同名的文件在 ${sameName.map(file).join('、')}；image 写的是本篇报道文件夹里的路径，例如 "${sameName[0]}"。`
      : `把照片放进 ${folder}/photos/，image 写 "photos/文件名.jpg"。现有的图片：${images.join('、') || '（还没有）'}。`,
  };
}

/** Finds the image at `path` (relative to the report's folder), explaining a near miss. */
export async function findPhoto(reportId: string, path: string): Promise<PhotoLookup> {
  const found = lookupPhoto(reportId, path, photoPaths(reportId), inReport(unsupported, reportId));
  if ('key' in found) return { photo: (await imageModules[found.key]!()).default, file: found.key.slice(1) };
  return found;
}

/** A photo's size: its pixels (from its header, never decoded) and its file's bytes. */
export interface PhotoSize {
  width: number;
  height: number;
  bytes: number;
}

/** `12.3 MB`, `875.2 KB`: a file size as a file manager shows it. */
const formatBytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** `9.0 亿像素`, `4877 万像素`: a pixel count as Chinese writes large numbers. */
const formatPixels = (pixels: number) =>
  pixels >= 1e8 ? `${(pixels / 1e8).toFixed(1)} 亿像素` : `${Math.round(pixels / 1e4)} 万像素`;

/**
 * The problem with a `<Figure>`'s photo file `file` (its path in the project) of `size`, if it is over
 * `maxPhotoPixels` or `maxPhotoBytes`. Pure, so the bad-input catalogue runs it on a copy.
 */
export function photoSizeProblem(props: ComponentSource, file: string, size: PhotoSize): Problem | undefined {
  const pixels = size.width * size.height;
  if (pixels <= maxPhotoPixels && size.bytes <= maxPhotoBytes) return undefined;
  return componentProblem(
    'Figure',
    'image',
    props,
    `照片 ${file} 有 ${size.width} × ${size.height} 像素（${formatPixels(pixels)}），文件 ${formatBytes(size.bytes)}，` +
      `超过了照片的上限（${formatPixels(maxPhotoPixels)}、${formatBytes(maxPhotoBytes)}），网站不处理这么大的照片`,
    `在电脑或手机上把照片缩小到长边不超过 4000 像素，导出为 JPG（“导出”或“另存为 JPEG”），放回 ${file.slice(0, file.lastIndexOf('/') + 1)}，再构建。网页上最大只用 ${maxPhotoWidth} 像素宽。`,
  );
}

/**
 * The problem with a `<Figure>`'s photo, if any: its `image` leads nowhere (`lookup`), or a photo
 * has no `alt`. `props` are the component's props as MDX passes them (with `sourceFile`, `sourceLine`).
 */
export function figurePhotoProblem(
  props: ComponentSource & { alt?: string },
  lookup: PhotoPath | PhotoLookup | undefined,
): Problem | undefined {
  if (lookup && 'message' in lookup) return componentProblem('Figure', 'image', props, lookup.message, lookup.hint);
  if (lookup && !props.alt)
    return componentProblem(
      'Figure',
      'alt',
      props,
      '有照片就要写 alt（替代文字），给看不见图片的读者描述画面',
      '加上 alt="画面里是什么"，例如 alt="工人在生产线上装配转向器"。',
    );
  return undefined;
}
