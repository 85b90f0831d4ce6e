/**
 * Runs Debian's nginx with deploy/nginx.conf as a child process, on a free local port, serving a
 * built site: the config is used as written except for its listen port, root and (for a BASE_PATH
 * deployment) the error_page path, which are the lines the config's comments tell a deployer to set.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const nginxBin = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const siteConf = new URL('../../deploy/nginx.conf', import.meta.url);

/** The first port in 4411–4419 that nothing listens on. */
export async function freePort(from = 4411, to = 4419): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${to}`);
}

export interface RunningNginx {
  origin: string;
  stop: () => Promise<void>;
}

/** Starts nginx serving `root`; `errorPage` is the 404 page's URL path (`/sub/404.html` under BASE_PATH /sub/). */
export async function startNginx(root: string, errorPage = '/404.html'): Promise<RunningNginx> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'xinzhi-nginx-'));
  const port = await freePort();
  const site = readFileSync(siteConf, 'utf8')
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`)
    .replace(/^(\s*)error_page 404\s+[^;]+;/m, `$1error_page 404 ${errorPage};`);
  writeFileSync(path.join(prefix, 'site.conf'), site);
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${prefix}/${name};`),
      `  include ${prefix}/site.conf;`,
      '}',
    ].join('\n'),
  );
  // One process in the foreground, as the user running the tests, so it can read the temp build folder.
  const child: ChildProcess = spawn(
    nginxBin,
    ['-p', prefix, '-c', `${prefix}/nginx.conf`, '-g', 'daemon off; master_process off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}${readLog(prefix)}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function readLog(prefix: string): string {
  try {
    return readFileSync(path.join(prefix, 'error.log'), 'utf8');
  } catch {
    return '';
  }
}
