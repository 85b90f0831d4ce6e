/**
 * Where editors' files live, relative to the project root. A report's own files are in its folder
 * (`reportFolder` in paths.ts): `content/reports/<report>/`.
 */

/** The folder editors work in. */
export const contentDir = 'content';
