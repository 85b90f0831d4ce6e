/**
 * Reads the datasets straight from `content/data/*.json` with the same zod schema
 * as the content collection. For code that runs outside Astro's content layer:
 * the rehype plugin (at config time), the tests and the benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { datasetSchema, type IdentifiedDataset } from '../schemas/dataset';
import { formatIssues } from '../errors';

/** Every dataset in `dataDir`, validated, sorted by id. Throws naming the file and field on a mistake. */
export function readDatasetFiles(dataDir: string): IdentifiedDataset[] {
  const problems: string[] = [];
  const datasets: IdentifiedDataset[] = [];
  for (const name of readdirSync(dataDir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const file = `content/data/${name}`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path.join(dataDir, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const result = datasetSchema.safeParse(json);
    if (result.success) datasets.push({ ...result.data, id: name.replace(/\.json$/, '') });
    else problems.push(formatIssues(file, result.error));
  }
  if (problems.length) throw new Error(`Invalid datasets\n${problems.join('\n')}`);
  return datasets;
}

/** Reads `content/<relative>` under `contentDir`, or undefined when there is no such file. */
export function readContentFile(contentDir: string, relative: string): string | undefined {
  try {
    return readFileSync(path.join(contentDir, relative), 'utf8');
  } catch {
    return undefined;
  }
}
