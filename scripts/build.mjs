// Builds the site into a staging folder and only replaces dist/ when the build succeeded,
// so a failed build never leaves a half-built dist/ that could be deployed. The replacement
// itself is two renames (scripts/swap-dist.mjs): stopping the build at any moment leaves
// dist/ whole, old or new.
import { spawnSync } from 'node:child_process';
import { rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recoverDist, swapIn } from './swap-dist.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staging = `${root}.dist-staging`;
const dist = `${root}dist`;
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

const recovered = recoverDist(dist);
if (recovered) console.log(`Previous build was interrupted: ${recovered}.`);

rmSync(staging, { recursive: true, force: true });
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nBuild failed: dist/ was left as it was${existsSync(dist) ? '' : ' (absent)'}; nothing half-built to deploy.`,
  );
  process.exit(result.status ?? 1);
}
swapIn(staging, dist);
console.log('Build complete: dist/ is ready to deploy.');
