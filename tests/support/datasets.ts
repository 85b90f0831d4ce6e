/** The project's datasets and MDX files, read from disk the way the build reads them. */
import { fileURLToPath } from 'node:url';
import { readContentFile, readDatasetFiles } from '../../src/data/dataset-files';

export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
export const datasets = readDatasetFiles(`${contentDir}data`);
export const readSource = (source: string) => readContentFile(contentDir, source);
