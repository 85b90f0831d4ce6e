/**
 * Runs Debian's nginx with deploy/nginx.conf as a child process, on free local ports, serving a
 * built site: the config is used as written except for the lines its comments tell a deployer to
 * set (listen ports, root, certificate paths and, for a BASE_PATH deployment, the 404 map's paths and
 * the embed pattern).
 *
 * With `tls: true` both servers run as written: HTTP on one port (redirecting) and HTTPS on another,
 * with a self-signed certificate made here by openssl; `request()` trusts that certificate.
 * Without it (the browser and page tests), the HTTPS server is served as plain HTTP: the redirect
 * server and the ssl_ lines are left out, every other line (headers, types, rules) stays.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { request as httpsRequest } from 'node:https';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const nginxBin = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const siteConf = new URL('../../deploy/nginx.conf', import.meta.url);

/** A port in 4411–4419 that nothing listens on (and not in `taken`), trying them from a random one. */
export async function freePort(taken: readonly number[] = [], from = 4411, to = 4419): Promise<number> {
  const count = to - from + 1;
  const start = Math.floor(Math.random() * count);
  for (let step = 0; step < count; step++) {
    const port = from + ((start + step) % count);
    if (taken.includes(port)) continue;
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
  /** The site's origin: https://… with `tls`, else http://…. */
  origin: string;
  /** With `tls`: the plain-HTTP server's origin (it only redirects). */
  httpOrigin?: string;
  /** With `tls`: the self-signed certificate (PEM) the HTTPS server presents. */
  certificate?: string;
  stop: () => Promise<void>;
}

export interface NginxOptions {
  /** Run both servers as written, with a self-signed certificate. */
  tls?: boolean;
}

/** Removes the `server { … }` block that only redirects to HTTPS (it has no nested braces). */
function withoutRedirectServer(conf: string): string {
  const redirect = /^server \{[^{}]*return 301 https:[^{}]*\}\n/m;
  if (!redirect.test(conf)) throw new Error('deploy/nginx.conf: the HTTP redirect server was not found');
  return conf.replace(redirect, '');
}

/**
 * Starts nginx serving `root`; `errorPage` is the 404 page's URL path (`/sub/404.html` under BASE_PATH /sub/).
 * Test files (and other checkouts on the machine) start nginx at the same time: when another process
 * takes the port between our check and nginx's bind, it tries again on other ports.
 */
export async function startNginx(
  root: string,
  errorPage = '/404.html',
  options: NginxOptions = {},
): Promise<RunningNginx> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startNginxOnce(root, errorPage, options);
    } catch (error) {
      if (attempt >= 6 || !/Address already in use/.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

async function startNginxOnce(root: string, errorPage: string, options: NginxOptions): Promise<RunningNginx> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'xinzhi-nginx-'));
  const port = await freePort();
  // The base path the error page sits under (`/sub/` for `/sub/404.html`): the embed pattern is anchored there.
  const base = errorPage.replace(/404\.html$/, '');
  const conf = readFileSync(siteConf, 'utf8');
  const embedPattern = /^(\s*)~\^\/(\(zh-hant\/\)\?)embed\/(?=\s)/m;
  if (!embedPattern.test(conf))
    throw new Error('deploy/nginx.conf: the embed pattern ~^/(zh-hant/)?embed/ was not found');
  // The 404 map: the 繁體 edition's page under <base>zh-hant/, the simplified one elsewhere, both under the base.
  const notFoundMap = /^(\s*)~\^\/zh-hant\/(\s+)\/zh-hant\/404\.html;\n(\s*)default(\s+)\/404\.html;/m;
  if (!notFoundMap.test(conf))
    throw new Error('deploy/nginx.conf: the 404 map (~^/zh-hant/ /zh-hant/404.html; default /404.html;) was not found');
  let site = conf
    .replace(embedPattern, `$1~^${base}$2embed/`)
    .replace(notFoundMap, `$1~^${base}zh-hant/$2${base}zh-hant/404.html;\n$3default$4${errorPage};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`)
    // The test machine may have no IPv6: only the IPv4 listen lines are kept (and moved to free ports).
    .replace(/^\s*listen \[::\][^;]*;\n/gm, '');
  if (!/^\s*listen 443 ssl[^;]*;/m.test(site)) throw new Error('deploy/nginx.conf: no "listen 443 ssl" line');
  let httpOrigin: string | undefined;
  let certificate: string | undefined;
  if (options.tls) {
    const httpPort = await freePort([port]);
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(prefix, 'key.pem'),
        '-out',
        path.join(prefix, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    certificate = readFileSync(path.join(prefix, 'cert.pem'), 'utf8');
    site = site
      .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${httpPort};`)
      .replace(/^(\s*)listen 443 ssl/m, `$1listen 127.0.0.1:${port} ssl`)
      .replace(/^(\s*)ssl_certificate\s+[^;]+;/m, `$1ssl_certificate ${prefix}/cert.pem;`)
      .replace(/^(\s*)ssl_certificate_key\s+[^;]+;/m, `$1ssl_certificate_key ${prefix}/key.pem;`);
    httpOrigin = `http://127.0.0.1:${httpPort}`;
  } else {
    site = withoutRedirectServer(site)
      .replace(/^(\s*)listen 443 ssl[^;]*;/m, `$1listen 127.0.0.1:${port};`)
      .replace(/^\s*ssl_[^;]*;\n/gm, '');
  }
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
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = readLog(prefix);
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx exited: ${stderr}${log}`);
    }
    try {
      if (options.tls) await request(origin, certificate!);
      else await fetch(origin, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    httpOrigin,
    certificate,
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

/**
 * GET over HTTPS trusting `certificate` (fetch cannot be given a CA), as a fetch Response; redirects
 * are not followed. `headers` are sent as given (e.g. Accept-Encoding); the body is not decoded.
 */
export function request(url: string, certificate: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { ca: certificate, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
            responseHeaders.append(name, one);
        }
        const status = res.statusCode ?? 0;
        const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
        resolve(new Response(body, { status, headers: responseHeaders }));
      });
    });
    req.on('error', reject);
    req.end();
  });
}
