/**
 * Editors write simplified Chinese; the 繁體 edition is converted from it (src/hant/). Traditional
 * characters typed or pasted into a simplified text (發展 in a title) are published as they are on the
 * simplified pages, and the provenance check cannot see them. A build notes each line that holds some,
 * with the simplified form, and goes on: a name may be written so on purpose.
 *
 * A character is traditional here when OpenCC's traditional → simplified conversion changes it (with
 * its phrases: 著名 and 乾坤 stay). Checked in each published report's MDX and datasets.
 *
 * Node-only, no Astro imports: astro.config.mjs calls it.
 */
import path from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { editorNote, type Problem } from '../errors';
import { readEditorFile } from '../files/editor-text';
import { loadReport } from '../files/report-loader';
import { publishedReportIds } from './slug-redirects';

let toSimplified: ((text: string) => string) | undefined;

/** One note per line of `text` (an editor's file named `file`) that holds traditional characters. */
export function traditionalCharacterNotes(text: string, file: string): Problem[] {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const notes: Problem[] = [];
  text.split('\n').forEach((line, index) => {
    const chars = [...line];
    const simplified = [...toSimplified!(line)];
    // The conversion maps character to character: a run of changed characters is one word to fix.
    if (simplified.length !== chars.length) return;
    const runs: { from: number; to: number }[] = [];
    chars.forEach((char, at) => {
      if (char === simplified[at]) return;
      const last = runs.at(-1);
      if (last && last.to === at) last.to = at + 1;
      else runs.push({ from: at, to: at + 1 });
    });
    if (!runs.length) return;
    const words = runs.map(
      ({ from, to }) => `“${chars.slice(from, to).join('')}”（简体写作“${simplified.slice(from, to).join('')}”）`,
    );
    notes.push({
      file,
      line: index + 1,
      column: runs[0]!.from + 1,
      source: line,
      message: `${words.join('、')}看起来是繁体字：网站的文字都写简体，繁体版由网站自动转换，简体页面上会照原样显示繁体字`,
      hint: '改成简体；人名、商号本来就写繁体的，不用改。',
      en: `traditional characters in simplified text: ${runs.map(({ from, to }) => chars.slice(from, to).join('')).join(', ')}`,
    });
  });
  return notes;
}

/** Notes for every published report's MDX and datasets under `root`. */
export function noteTraditionalCharacters(root: string): void {
  for (const id of publishedReportIds(root)) {
    const report = loadReport(root, id);
    for (const entry of [report.report, ...report.chapters, ...report.datasets]) {
      if (!entry) continue;
      let text: string;
      try {
        text = readEditorFile(path.join(root, entry.file), entry.file);
      } catch {
        continue; // Named by the build's first check, with its own message.
      }
      for (const note of traditionalCharacterNotes(text, entry.file)) editorNote(note);
    }
  }
}
