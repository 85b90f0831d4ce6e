/**
 * Every editor's file a build reads, read before anything else, so that every file that cannot be read
 * (not UTF-8, an emoji, a dataset over the size limit: src/files/editor-text.ts) is named in one message,
 * not one per build. Reports that are drafts are left out unless the build shows drafts (SHOW_DRAFTS=1):
 * a half-written draft never stops the live reports.
 *
 * Node-only, no Astro imports: astro.config.mjs calls it before it reads content/site.json.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { editorError, problemsOf, type Problem } from '../errors';
import { readEditorFile } from '../files/editor-text';
import { contentDir, reportFolder, reportsDir } from '../files/report-files';
import { hantExceptionsFile } from '../hant/convert';
import { loadReport } from '../files/report-loader';
import { isDraftReport } from './drafts';

/** The problems of every editor's file under `root` that cannot be read. */
export function unreadableFileProblems(root: string, showDrafts = process.env.SHOW_DRAFTS === '1'): Problem[] {
  const files = [`${contentDir}/site.json`, hantExceptionsFile];
  const reports = existsSync(path.join(root, reportsDir))
    ? readdirSync(path.join(root, reportsDir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  for (const id of reports) {
    if (!showDrafts && isDraftReport(path.join(root, reportFolder(id)))) continue;
    const report = loadReport(root, id);
    files.push(
      ...[report.report, ...report.chapters, ...report.datasets].flatMap((entry) => (entry ? [entry.file] : [])),
    );
  }
  return files.flatMap((file) => {
    if (!existsSync(path.join(root, file))) return [];
    try {
      readEditorFile(path.join(root, file), file);
      return [];
    } catch (error) {
      const problems = problemsOf(error);
      if (!problems.length) throw error;
      return [...problems];
    }
  });
}

/** Throws one editor error naming every editor's file under `root` that cannot be read. */
export function refuseUnreadableFiles(root: string): void {
  const problems = unreadableFileProblems(root);
  if (problems.length) throw editorError(problems);
}
