/** Builds the site with `astro build` into a folder of our choosing, as a deploy would. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build --outDir <outDir>` in `root` with extra environment variables. */
export function buildSite(outDir: string, env: Record<string, string> = {}, root: string = projectRoot): BuildResult {
  // Vitest puts Vite's own variables (BASE_URL, MODE…) into process.env; a real build must not see them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: '', BASE_PATH: '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
