import { editorError, jsonSyntaxProblem } from '../errors';
import { normaliseText } from '../integrations/editor-files';

/** Parses the text of `content/site.json`; a syntax error names the file and line (Vite's and Node's JSON imports do not). */
export function parseSiteJson(text: string, file = 'content/site.json'): unknown {
  const normalised = normaliseText(text);
  try {
    return JSON.parse(normalised);
  } catch (error) {
    throw editorError(jsonSyntaxProblem(file, normalised, error as Error));
  }
}
