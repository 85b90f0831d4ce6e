import type { ImageMetadata } from 'astro';

// Every image under content/, so an editor names a photo by its path and nothing else.
const imageModules = import.meta.glob<{ default: ImageMetadata }>('/content/**/*.{jpg,jpeg,png,webp,avif}');

/** Path of every image file under `content/`, relative to it (e.g. `photos/lead.jpg`). */
export const photoPaths: string[] = Object.keys(imageModules).map((key) => key.replace(/^\/content\//, ''));

/** Loads the image at `path` (relative to `content/`), or returns undefined when there is none. */
export async function loadPhoto(path: string): Promise<ImageMetadata | undefined> {
  const load = imageModules[`/content/${path.replace(/^\.?\/+/, '')}`];
  return load ? (await load()).default : undefined;
}
