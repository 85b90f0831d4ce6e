import type { ImageMetadata } from 'astro';
import { reportFolder } from './paths';

// Every image in a report's folder, so an editor names a photo by its path in that folder and nothing else.
const imageModules = import.meta.glob<{ default: ImageMetadata }>('/content/reports/*/**/*.{jpg,jpeg,png,webp,avif}');

/** Path of every image file of a report, relative to its folder (e.g. `photos/lead.jpg`). */
export function photoPaths(reportId: string): string[] {
  const prefix = `/${reportFolder(reportId)}/`;
  return Object.keys(imageModules)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
}

/** Loads the image at `path` (relative to the report's folder), or returns undefined when there is none. */
export async function loadPhoto(reportId: string, path: string): Promise<ImageMetadata | undefined> {
  const load = imageModules[`/${reportFolder(reportId)}/${path.replace(/^\.?\/+/, '')}`];
  return load ? (await load()).default : undefined;
}
