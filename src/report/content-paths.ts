/**
 * Where editors' files live, relative to the project root. Every message that names a file, and
 * every reader of datasets and photos, takes its paths from here, so moving the content (one
 * folder per report, for instance) is a change in one place.
 */

/** The folder editors work in. */
export const contentDir = 'content';

/** The datasets: one JSON file per dataset, named by its id. */
export const dataDir = `${contentDir}/data`;

/** The file of a dataset, as messages name it (`content/data/hub-port.json`). */
export const datasetFile = (id: string): string => `${dataDir}/${id}.json`;

/** A file under content/ as messages name it, from its path relative to content/. */
export const contentFile = (relative: string): string => `${contentDir}/${relative.replace(/^\.?\/+/, '')}`;
