/**
 * `npm start`'s server: `astro preview` as scripts/astro.mjs runs it, serving a built site on a free local port. It
 * sends none of the deploy recipes' headers (no CORS header, no framing rules): what a reader of a preview, and a
 * host page embedding a chart from one, get.
 */
import { spawn } from 'node:child_process';
import { freePort } from '../../scripts/lib/nginx';
import { childBuildEnv, projectRoot } from './build-site';

export interface RunningPreview {
  /** e.g. `http://127.0.0.1:4423` */
  origin: string;
  stop: () => Promise<void>;
}

/** Starts `astro preview` of `distDir` (built without a base path); resolves once it says where it listens. */
export async function startPreview(distDir: string): Promise<RunningPreview> {
  const port = await freePort([], 4421, 4429);
  const child = spawn(
    process.execPath,
    ['scripts/astro.mjs', 'preview', '--outDir', distDir, '--host', '127.0.0.1', '--port', String(port)],
    { cwd: projectRoot, env: childBuildEnv() },
  );
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(`${origin}/`)) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`astro preview ended (${code}) before it listened:\n${output}`)));
  });
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
