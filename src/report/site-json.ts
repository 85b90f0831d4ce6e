/** Parses the text of `content/site.json`; a syntax error names the file (Vite's and Node's JSON imports do not). */
export function parseSiteJson(text: string, file = 'content/site.json'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}
