import { editorError, parseOrThrow } from '../errors';
import { normaliseText } from '../files/editor-text';
import { jsonSyntaxProblem } from '../files/syntax-problems';
import { siteSchema, type Site } from '../schemas/site';

/** Parses the text of `content/site.json`; a syntax error names the file and line (Vite's and Node's JSON imports do not). */
export function parseSiteJson(text: string, file = 'content/site.json'): unknown {
  const normalised = normaliseText(text);
  try {
    return JSON.parse(normalised);
  } catch (error) {
    throw editorError(jsonSyntaxProblem(file, normalised, error as Error));
  }
}

/** Parses and validates the text of `content/site.json`: one editor error naming each bad field and its line. */
export function checkSiteJson(text: string, file = 'content/site.json'): Site {
  return parseOrThrow(siteSchema, parseSiteJson(text, file), file, normaliseText(text));
}
