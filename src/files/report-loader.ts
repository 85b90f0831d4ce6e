/**
 * One report's files, read once: `loadReport(root, reportId)` lists the report's folder
 * (`content/reports/<report>/`: report.mdx, chapters/*.mdx, data/*.json, photos/) and gives each
 * file's text through the one reader of editors' files (`readEditorFile`, which reads and decodes a
 * file once per process while it is unchanged). The answer is memoised: asked again while no file
 * was added, removed or saved, it is the same object, so what the floors above derive from it (the
 * checked datasets, the pages of a report's sentences) is worked out once per build and kept in a
 * WeakMap keyed by it. In `astro dev` a saved file gives a new answer on the next request.
 *
 * The ground floor: paths, ids and texts only. Checking (schemas, provenance) is for the floors above.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readEditorFile } from './editor-text';
import { reportFolder } from './report-files';

/** An editor's file of a report. */
export interface ReportFile {
  /** Its path in the report's folder: `report.mdx`, `chapters/01-xin.mdx`, `data/hub-port.json`. */
  name: string;
  /** Its path in the project, as messages name it: `content/reports/<report>/chapters/01-xin.mdx`. */
  file: string;
  /** Its text, decoded (read on first use; a file that is not UTF-8 throws the editor's message). */
  readonly text: string;
}

/** A report's files. */
interface ReportFiles {
  /** The report's id: its folder's name. */
  id: string;
  /** Its folder in the project: `content/reports/<report>`. */
  folder: string;
  /** `report.mdx`, when there is one. */
  report: ReportFile | undefined;
  /** `chapters/*.mdx`, by file name. */
  chapters: ReportFile[];
  /** `data/*.json`, by file name. */
  datasets: ReportFile[];
  /** The files under `photos/`, by path in the report's folder (`photos/lead.jpg`). */
  photos: string[];
  /** The text of any file of the report by its path in the folder, or undefined when there is none. */
  read(name: string): string | undefined;
}

/** The files under `directory` (recursively), as paths relative to it, sorted; none when it does not exist. */
function listFiles(directory: string): string[] {
  try {
    return readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}

/** The stamp of a file (size and modification time in nanoseconds), so a saved file is seen. */
function stampOf(absolute: string): string {
  const stat = statSync(absolute, { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeNs}` : '-';
}

/** The answers already given, by root and report, with the stamp of the files they were made from. */
const answers = ((
  globalThis as { __reportFiles?: Map<string, { stamp: string; files: ReportFiles }> }
).__reportFiles ??= new Map());

/** The files of report `reportId` in the project at `root`, memoised while none changes. */
export function loadReport(root: string, reportId: string): ReportFiles {
  const folder = reportFolder(reportId);
  const absolute = path.join(root, folder);
  const listed = listFiles(absolute);
  const stamp = listed.map((name) => `${name}=${stampOf(path.join(absolute, name))}`).join('\n');
  const key = `${root}\0${reportId}`;
  const known = answers.get(key);
  if (known?.stamp === stamp) return known.files;
  const fileOf = (name: string): ReportFile => {
    const file = `${folder}/${name}`;
    return {
      name,
      file,
      get text() {
        return readEditorFile(path.join(absolute, name), file);
      },
    };
  };
  const files: ReportFiles = {
    id: reportId,
    folder,
    report: listed.includes('report.mdx') ? fileOf('report.mdx') : undefined,
    chapters: listed.filter((name) => /^chapters\/[^/]+\.mdx$/.test(name)).map(fileOf),
    datasets: listed.filter((name) => /^data\/[^/]+\.json$/.test(name)).map(fileOf),
    photos: listed.filter((name) => name.startsWith('photos/')),
    read: (name) => (listed.includes(name) ? fileOf(name).text : undefined),
  };
  answers.set(key, { stamp, files });
  return files;
}

/** What the floors above worked out from a report's files: a value, or the error it threw. */
const derived = ((
  globalThis as { __reportDerived?: WeakMap<ReportFiles, Map<string, { value?: unknown; error?: unknown }>> }
).__reportDerived ??= new WeakMap());

/**
 * `compute()` once per answer of `loadReport` and `key` (the datasets checked, say): the same
 * value while the report's files are unchanged, or the same error thrown again.
 */
export function derive<T>(files: ReportFiles, key: string, compute: () => T): T {
  let values = derived.get(files);
  if (!values) derived.set(files, (values = new Map()));
  let result = values.get(key);
  if (!result) {
    try {
      result = { value: compute() };
    } catch (error) {
      result = { error };
    }
    values.set(key, result);
  }
  if ('error' in result) throw result.error;
  return result.value as T;
}
