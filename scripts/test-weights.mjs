// Writes tests/support/test-weights.json: how long each test file took in the last whole `npm test`
// (from Vitest's cache, node_modules/.vite/vitest/), in whole milliseconds, so tests/support/sequencer.ts
// starts the longest files first on a fresh clone too. Run after a whole run: `npm run test:weights`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = path.join(root, 'node_modules/.vite/vitest');
const weights = {};
for (const dir of readdirSync(cacheDir)) {
  let results;
  try {
    results = JSON.parse(readFileSync(path.join(cacheDir, dir, 'results.json'), 'utf8'));
  } catch {
    continue;
  }
  for (const [project, { files }] of Object.entries(results.projects ?? {})) {
    for (const [file, { duration }] of Object.entries(files)) {
      if (typeof duration === 'number') weights[`${project}:${file}`] = Math.round(duration);
    }
  }
}
const sorted = Object.fromEntries(Object.entries(weights).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(path.join(root, 'tests/support/test-weights.json'), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`tests/support/test-weights.json: ${Object.keys(sorted).length} files`);
