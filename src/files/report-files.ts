import type { ImageMetadata } from 'astro';
/**
 * Where editors' files live, and the one place a report's id is read from a path. Every report is
 * a folder `content/reports/<report>/` holding `report.mdx`, `chapters/<nn>-<slug>.mdx`,
 * `data/<id>.json` and `photos/`; its folder name is its id and the first part of its address.
 * The ground floor: it imports nothing of the site, so every other folder may use it.
 */

/** The folder editors work in, relative to the project. */
export const contentDir = 'content';

/** The folder holding one folder per report, relative to the project. */
export const reportsDir = `${contentDir}/reports`;

/** The folder of a report, relative to the project: `content/reports/<report>`. */
export const reportFolder = (reportId: string) => `${reportsDir}/${reportId}`;

/** The report a project path belongs to (`content/reports/<report>/…`), or undefined. */
export function reportOfFile(file: unknown): string | undefined {
  if (typeof file !== 'string') return undefined;
  const prefix = `${reportsDir}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length).split('/')[0] || undefined : undefined;
}

/**
 * Content-collection ids, from a file's path inside `content/reports/`: a report is its folder name,
 * a chapter `<report>/<nn>-<slug>`, a dataset `<report>/<id>`. Two reports may use the same chapter
 * slug or dataset id without meeting.
 */
export const entryIds = {
  report: (entry: string) => entry.split('/')[0]!,
  chapter: (entry: string) => entry.replace(/\/chapters\//, '/').replace(/\.mdx$/, ''),
  dataset: (entry: string) => entry.replace(/\/data\//, '/').replace(/\.json$/, ''),
};

/** The report of a chapter's or dataset's collection id (`<report>/<name>`). */
export const reportOfEntryId = (id: string) => id.split('/')[0]!;

/** A chapter's file name (without `.mdx`) from its collection id. */
export const chapterFileOfEntryId = (id: string) => id.split('/')[1]!;

/**
 * Every image in the reports' folders, keyed by its path from the project root (`/content/reports/…`),
 * loaded on demand. Vite's import.meta.glob needs the folder written out, so it is written here.
 * Extensions in any case: cameras write IMG_2041.JPG.
 */
export const reportImageModules = () =>
  import.meta.glob<{ default: ImageMetadata }>(
    '/content/reports/*/**/*.{[jJ][pP][gG],[jJ][pP][eE][gG],[pP][nN][gG],[wW][eE][bB][pP],[aA][vV][iI][fF]}',
  );

/** The photos in the reports' folders the site does not show (iPhone HEIC, TIFF, GIF, SVG): listed only to say so. */
export const unsupportedReportImages = () =>
  Object.keys(
    import.meta.glob(
      '/content/reports/*/**/*.{[hH][eE][iI][cC],[hH][eE][iI][fF],[tT][iI][fF],[tT][iI][fF][fF],[gG][iI][fF],[sS][vV][gG]}',
      {
        query: '?url',
      },
    ),
  );
