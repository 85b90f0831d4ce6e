/**
 * A 繁體 exception (content/zh-hant-exceptions.json) changes the conversion only where its `simplified`
 * words stand in the simplified text. One whose words stand nowhere (a typo: 涵养法展 for 涵养发展) does
 * nothing, silently; so a build notes each one, with its line, and goes on (it may be kept for a later
 * report). The words are looked for in every editor's file a build converts: each published report's
 * MDX and datasets, and content/site.json.
 *
 * Node-only, no Astro imports: astro.config.mjs calls it after it has read the exceptions.
 */
import path from 'node:path';
import { editorNote, jsonPathLine, type Problem } from '../errors';
import { readEditorFile } from '../files/editor-text';
import { contentDir } from '../files/report-files';
import { loadReport } from '../files/report-loader';
import { hantExceptionsFile } from '../hant/convert';
import type { HantException } from '../schemas/hant-exceptions';
import { publishedReportIds } from './slug-redirects';

/** A note for each exception whose `simplified` words are in no text the build converts. */
export function unusedHantExceptions(root: string, exceptions: readonly HantException[]): Problem[] {
  const texts: string[] = [];
  const read = (file: string) => {
    try {
      texts.push(readEditorFile(path.join(root, file), file));
    } catch {
      // An unreadable file is the build's first problem, named with its own message.
    }
  };
  read(`${contentDir}/site.json`);
  for (const id of publishedReportIds(root)) {
    const report = loadReport(root, id);
    for (const entry of [report.report, ...report.chapters, ...report.datasets]) if (entry) read(entry.file);
  }
  let file = '';
  try {
    file = readEditorFile(path.join(root, hantExceptionsFile), hantExceptionsFile);
  } catch {
    return [];
  }
  return exceptions.flatMap((entry, index) =>
    texts.some((text) => text.includes(entry.simplified))
      ? []
      : [
          {
            file: hantExceptionsFile,
            line: jsonPathLine(file, ['exceptions', index, 'simplified']),
            message: `第 ${index + 1} 条例外的 simplified“${entry.simplified}”在简体原文里哪儿都找不到，这条例外不起作用`,
            hint: 'simplified 要从简体原文里一字不差地复制（检查错字）；这条是给以后的报道准备的，就不用管。',
            en: `exception ${index + 1}: "${entry.simplified}" is in no text the build converts`,
          },
        ],
  );
}

/** Prints a note for each exception that does nothing (src/errors.ts, `editorNote`). */
export function noteUnusedHantExceptions(root: string, exceptions: readonly HantException[]): void {
  for (const note of unusedHantExceptions(root, exceptions)) editorNote(note);
}
