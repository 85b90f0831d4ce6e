// The Astro command line (`node scripts/astro.mjs dev|preview|check`), with Astro's telemetry off.
//
// Astro sends anonymous usage data unless told not to, and prints a notice about it on the first
// run. A newsroom's site should not report how its editors and developers work to a third party, so
// every npm script that runs Astro sets ASTRO_TELEMETRY_DISABLED: nothing is sent and no notice is
// printed. (An environment variable in the npm script itself would not work in Windows' cmd.exe.)
// scripts/build.mjs does the same for `npm run build`.
// Nor does `astro dev` print Astro's English upgrade notice (scripts/lib/quiet-astro.mjs).
import { quietAstroEnv } from './lib/quiet-astro.mjs';

Object.assign(process.env, quietAstroEnv);
await import('../node_modules/astro/bin/astro.mjs');
