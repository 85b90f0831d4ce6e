/**
 * The order Vitest starts test files in: longest first across all four projects, so the long
 * browser files and the build-heavy ones (the series, the next report, the catalogue's builds)
 * start together at the beginning and the short files fill the workers at the end. Vitest's own
 * order runs the projects one after another, which leaves child builds alone at the end of the run.
 *
 * A file's weight is its duration in the last run on this machine (Vitest keeps it in
 * node_modules/.vite/vitest/), or else the one committed in tests/support/test-weights.json, so a
 * fresh CI clone is ordered too. `npm run test:weights` rewrites that file from the last whole run.
 * A file with neither (a new file) keeps Vitest's order, ahead of the files that have one.
 */
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Milliseconds per `<project>:<file>`, from a whole run (scripts/test-weights.mjs). */
const committed: Record<string, number> = JSON.parse(
  readFileSync(new URL('./test-weights.json', import.meta.url), 'utf8'),
);

/** The key of a test file in test-weights.json. */
export const weightKey = (project: string, file: string) => `${project}:${file}`;

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byVitest = await super.sort(files);
    const root = this.ctx.config.root;
    const duration = (spec: TestSpecification) =>
      this.ctx.cache.getTestSpecificationResult(spec)?.duration ??
      committed[weightKey(spec.project.name, spec.moduleId.slice(root.length + 1))];
    const known = byVitest.filter((spec) => duration(spec) !== undefined);
    const unknown = byVitest.filter((spec) => duration(spec) === undefined);
    return [...unknown, ...known.sort((a, b) => duration(b)! - duration(a)!)];
  }
}
