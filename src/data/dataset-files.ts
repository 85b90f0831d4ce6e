/**
 * A report's datasets (`content/reports/<report>/data/*.json`) checked with the same zod schema as the
 * content collection, outside Astro's content layer: `parseDatasetFiles` for the files the report
 * loader gives (src/data/datasets.ts, for the pages and, at config time, the rehype plugin);
 * `readDatasetFiles` straight from a folder, for the tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { datasetIdPattern, datasetSchema, type IdentifiedDataset } from '../schemas/dataset';
import { editorError, jsonPathLine, zodOptions, zodProblems, type Problem } from '../errors';
import { readEditorFile } from '../files/editor-text';
import { jsonSyntaxProblem } from '../files/syntax-problems';

/** A name an editor could rename the file to: lowercase, other characters as hyphens. */
const suggestedId = (id: string) =>
  id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'dataset';

/** A dataset file to check: its file name (`hub-port.json`), its project path for messages, its text. */
interface DatasetFile {
  name: string;
  file: string;
  readonly text: string;
}

/**
 * The datasets of `files`, validated, in the order given. Throws naming the file, line and field
 * on a mistake. A file whose name is not a dataset id is not read.
 */
export function parseDatasetFiles(files: readonly DatasetFile[]): IdentifiedDataset[] {
  const problems: Problem[] = [];
  const datasets: IdentifiedDataset[] = [];
  for (const entry of files) {
    const { name, file } = entry;
    const id = name.replace(/\.json$/, '');
    if (!datasetIdPattern.test(id)) {
      problems.push({
        file,
        message: `文件名不合规：数据文件名只能用小写英文字母、数字和单个连字符，例如 "hub-port.json"；请改名为 "${suggestedId(id)}.json"`,
        hint: `把文件改名为 "${suggestedId(id)}.json"，并同步修改 <Chart id="…"> 中的 id。`,
        en: 'file name: lowercase ASCII letters, digits and single hyphens only; the name is the dataset id',
      });
      continue;
    }
    const text = entry.text;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push(jsonSyntaxProblem(file, text, error as Error));
      continue;
    }
    const result = datasetSchema.safeParse(json, zodOptions);
    if (result.success) datasets.push({ ...result.data, id });
    else problems.push(...zodProblems(file, result.error, (keys) => jsonPathLine(text, keys), text));
  }
  if (problems.length) throw editorError(problems);
  return datasets;
}

/**
 * Every dataset in `directory`, validated, sorted by id. `label` is the folder as messages name it
 * (`content/reports/<report>/data`). Throws naming the file, line and field on a mistake.
 */
export function readDatasetFiles(directory: string, label: string): IdentifiedDataset[] {
  if (!existsSync(directory)) return [];
  return parseDatasetFiles(
    readdirSync(directory)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((name) => ({
        name,
        file: `${label}/${name}`,
        get text() {
          return readEditorFile(path.join(directory, name), `${label}/${name}`);
        },
      })),
  );
}

/** Reads a file of the project at `root` named by its project path (`content/reports/<report>/data/x.json`), or undefined. */
export function readProjectFile(root: string, file: string): string | undefined {
  try {
    return readEditorFile(path.join(root, file), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
