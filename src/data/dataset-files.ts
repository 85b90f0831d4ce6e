/**
 * Reads a report's datasets straight from `content/reports/<report>/data/*.json` with the same zod schema
 * as the content collection. For code that runs outside Astro's content layer:
 * the rehype plugin (at config time), the tests and the benchmark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { datasetIdPattern, datasetSchema, type IdentifiedDataset } from '../schemas/dataset';
import { formatIssues } from '../errors';

/** A name an editor could rename the file to: lowercase, other characters as hyphens. */
const suggestedId = (id: string) =>
  id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'dataset';

/** Every dataset in `dataDir`, validated, sorted by id. Throws naming the file and field on a mistake. */
export function readDatasetFiles(dataDir: string, label = 'content/data'): IdentifiedDataset[] {
  if (!existsSync(dataDir)) return [];
  const problems: string[] = [];
  const datasets: IdentifiedDataset[] = [];
  for (const name of readdirSync(dataDir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const file = `${label}/${name}`;
    const id = name.replace(/\.json$/, '');
    if (!datasetIdPattern.test(id)) {
      problems.push(
        `${file}: 文件名不合规：数据文件名只能用小写英文字母、数字和单个连字符，例如 "hub-port.json"。` +
          `请把文件改名为 "${suggestedId(id)}.json"，并同步修改 <Chart id="…"> 中的 id。` +
          ` (file name: lowercase ASCII letters, digits and single hyphens only; the name is the dataset id)`,
      );
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path.join(dataDir, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const result = datasetSchema.safeParse(json);
    if (result.success) datasets.push({ ...result.data, id });
    else problems.push(formatIssues(file, result.error));
  }
  if (problems.length) throw new Error(`Invalid datasets\n${problems.join('\n')}`);
  return datasets;
}

/** Reads `<relative>` under `contentDir`, or undefined when there is no such file. */
export function readContentFile(contentDir: string, relative: string): string | undefined {
  try {
    return readFileSync(path.join(contentDir, relative), 'utf8');
  } catch {
    return undefined;
  }
}
