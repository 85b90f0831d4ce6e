/**
 * The order Vitest starts test files in: longest first across all four projects, by the durations
 * Vitest kept from the last run (node_modules/.vite/vitest/), so the long browser files and the
 * build-heavy ones (the bad-input catalogue, the series, the next report) start together at the
 * beginning and the short files fill the workers at the end. Vitest's own order runs the projects
 * one after another, which left the catalogue's child builds alone at the end of the run.
 *
 * A file with no duration yet (a new file, or the first run after `npm ci`) keeps Vitest's order,
 * ahead of the files that have one.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byVitest = await super.sort(files);
    const duration = (spec: TestSpecification) => this.ctx.cache.getTestSpecificationResult(spec)?.duration;
    const known = byVitest.filter((spec) => duration(spec) !== undefined);
    const unknown = byVitest.filter((spec) => duration(spec) === undefined);
    return [...unknown, ...known.sort((a, b) => duration(b)! - duration(a)!)];
  }
}
