import type { ImageMetadata } from 'astro';
import { contentFile } from './content-paths';

// Every image under content/, so an editor names a photo by its path and nothing else. Extensions in
// any case: cameras write IMG_2041.JPG.
const imageModules = import.meta.glob<{ default: ImageMetadata }>(
  '/content/**/*.{[jJ][pP][gG],[jJ][pP][eE][gG],[pP][nN][gG],[wW][eE][bB][pP],[aA][vV][iI][fF]}',
);
// Photos the site cannot show (iPhone HEIC): listed only to say so.
const unsupported = Object.keys(
  import.meta.glob('/content/**/*.{[hH][eE][iI][cC],[hH][eE][iI][fF],[tT][iI][fF],[tT][iI][fF][fF]}', {
    query: '?url',
  }),
);

const relativeTo = (key: string) => key.replace(/^\/content\//, '');

/** Path of every image file under `content/`, relative to it (e.g. `photos/lead.jpg`). */
export const photoPaths: string[] = Object.keys(imageModules).map(relativeTo);

/** The widest image the layout shows: the 36rem text column at 2× pixel density. */
export const maxPhotoWidth = 1152;

/** A photo, or why an editor's path does not give one (Chinese message and hint). */
export type PhotoLookup = { photo: ImageMetadata } | { message: string; hint: string };

/** Finds the image at `path` (relative to `content/`), explaining a near miss. */
export async function findPhoto(path: string): Promise<PhotoLookup> {
  const wanted = path.replace(/^\.?\/+/, '');
  const load = imageModules[`/content/${wanted}`];
  if (load) return { photo: (await load()).default };
  const caseOnly = photoPaths.find((candidate) => candidate.toLowerCase() === wanted.toLowerCase());
  if (caseOnly) {
    return {
      message: `找不到 ${contentFile(wanted)}，但有一个只差大小写的文件 ${contentFile(caseOnly)}`,
      hint: `把 image 改成 "${caseOnly}"（大小写要和文件名完全一样）。`,
    };
  }
  const heic = unsupported.map(relativeTo).find((candidate) => candidate.toLowerCase() === wanted.toLowerCase());
  if (heic || /\.(?:heic|heif|tiff?)$/i.test(wanted)) {
    return {
      message: `${contentFile(wanted)} 是 ${wanted.split('.').pop()!.toUpperCase()} 格式，网站和多数浏览器显示不了`,
      hint: '在手机或电脑上把照片导出为 JPG（“导出”或“另存为 JPEG”），放进 content/photos/，再把 image 改成新的文件名。',
    };
  }
  const sameName = photoPaths.filter((candidate) => candidate.split('/').pop() === wanted.split('/').pop());
  return {
    message: `找不到图片文件 ${contentFile(wanted)}`,
    hint: sameName.length
      ? `同名的文件在 ${sameName.map(contentFile).join('、')}；image 写的是 content/ 下的路径，例如 "${sameName[0]}"。`
      : `把照片放进 content/photos/，image 写 "photos/文件名.jpg"。现有的图片：${photoPaths.join('、') || '（还没有）'}。`,
  };
}
