import siteText from '../../content/site.json?raw';
import { siteSchema, type Site } from '../schemas/site';
import { parseOrThrow } from './validation';

const file = 'content/site.json';

/** Parses the file's text ourselves, so a syntax error names the file (Vite's JSON import does not). */
function readSiteJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** The validated `content/site.json`. */
export const site: Site = parseOrThrow(siteSchema, readSiteJson(siteText), file);
export const ui = site.ui;
