/** Builds the site with `astro build` into a folder of our choosing, as a deploy would. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface BuildResult {
  status: number | null;
  output: string;
}

/** The environment a child build gets: ours without Vitest's own variables (BASE_URL, MODE…), plus `env`. */
export function childBuildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: '', BASE_PATH: '', NO_COLOR: '1', ...env };
}

/** Runs `node <args>` in `cwd` and collects its output. */
export function runNode(args: string[], cwd: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: childBuildEnv(env) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs `astro build --outDir <outDir>` in `root` with extra environment variables. */
export function buildSiteAsync(
  outDir: string,
  env: Record<string, string> = {},
  root: string = projectRoot,
): Promise<BuildResult> {
  return runNode([astroBin, 'build', '--outDir', outDir], root, env);
}

/** The same, synchronously, for tests that build one copy at a time. */
export function buildSite(outDir: string, env: Record<string, string> = {}, root: string = projectRoot): BuildResult {
  const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
    cwd: root,
    env: childBuildEnv(env),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
