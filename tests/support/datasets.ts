/** Report 1's datasets and MDX files, read from disk the way the build reads them. */
import { fileURLToPath } from 'node:url';
import { readDatasetFiles, readProjectFile } from '../../src/data/dataset-files';
import { projectRoot } from './build-site';
import { reportFolder as reportFolderOf } from '../../src/files/report-files';

/** The report the tests check word for word against the article. */
export const reportId = 'cong-xin-chu-fa';
/** Its folder, relative to the project (as error messages and CSV source columns name it). */
export const reportFolder = reportFolderOf(reportId);
export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
/** The report's folder on disk, with a trailing slash. */
export const reportDir = fileURLToPath(new URL(`../../${reportFolder}/`, import.meta.url));
export const datasets = readDatasetFiles(`${reportDir}data`, `${reportFolder}/data`);
/** Reads a file of the report by its path in the report's folder (`report.mdx`, `chapters/01-x.mdx`). */
export const readSource = (source: string) => readProjectFile(projectRoot, `${reportFolder}/${source}`);
