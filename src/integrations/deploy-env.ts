/**
 * Reads the deployment settings from the environment and fails early, with a
 * clear message, on a value that would build a broken site.
 *
 * - `SITE_URL` is where the site is published. A path in it (GitHub Pages project sites:
 *   `https://user.github.io/repo`) is the base path; `BASE_PATH`, when also set, must agree.
 * - `BASE_PATH` is the folder the site is served from. Each part of it is letters, digits
 *   (any script, so `/中文/` works) or `- . _ ~`; nothing a browser would read as another
 *   host (`//evil.example/`), a parent folder (`..`) or an escape (`%20`).
 */
export interface DeployEnv {
  /** The origin, e.g. `https://news.example.org`; absent: no canonical URLs, share cards or sitemap. */
  site?: string;
  /** The base path, with leading and trailing `/`. */
  base: string;
  /** Things that build but are probably not meant (e.g. `http://`), for the build to print. */
  warnings: string[];
}

/** One folder name of a base path: Unicode letters and digits, and `- . _ ~` (URL-safe without escaping). */
const segmentPattern = /^[\p{L}\p{N}\p{M}._~-]+$/u;

/** Checks a base path and adds the slashes it needs; throws naming the variable on a bad one. */
function normaliseBase(raw: string, variable: string): string {
  const example = 'e.g. /reports/xin-zhi/';
  if (!raw.startsWith('/')) throw new Error(`${variable}: "${raw}" must be a path starting with "/", ${example}`);
  if (raw.startsWith('//') || raw.includes('\\'))
    throw new Error(
      `${variable}: "${raw}" starts like an address on another host ("//" or "\\"); a base path is one "/" and folder names, ${example}`,
    );
  const segments = raw.split('/').filter(Boolean);
  for (const segment of segments) {
    if (segment === '.' || segment === '..')
      throw new Error(`${variable}: "${raw}" has a "${segment}" folder; write the folder path itself, ${example}`);
    if (segment.includes('%'))
      throw new Error(
        `${variable}: "${raw}" has a %-escape ("${segment}"); write the characters themselves (letters, digits, - . _ ~), ${example}`,
      );
    if (!segmentPattern.test(segment))
      throw new Error(
        `${variable}: "${raw}": folder "${segment}" may hold only letters, digits and - . _ ~ (no spaces, ?, # or other signs), ${example}`,
      );
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

export function readDeployEnv(env: Record<string, string | undefined>): DeployEnv {
  const warnings: string[] = [];
  const rawSite = env.SITE_URL?.trim();
  let site: string | undefined;
  let sitePath = '/';
  if (rawSite) {
    let url: URL;
    try {
      url = new URL(rawSite);
    } catch {
      throw new Error(`SITE_URL: "${rawSite}" is not an absolute URL; expected e.g. https://news.example.org`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`SITE_URL: "${rawSite}" must start with https:// or http://`);
    }
    if (url.username || url.password || url.search || url.hash) {
      throw new Error(
        `SITE_URL: "${rawSite}" holds a user name, password, ?query or #fragment; give only the address, e.g. https://news.example.org`,
      );
    }
    if (url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
      warnings.push(
        `SITE_URL: "${rawSite}" uses http://: canonical links, share cards and the sitemap will point readers to an unencrypted address. Use https:// unless the site really is served without TLS.`,
      );
    }
    site = url.origin;
    let decoded: string;
    try {
      decoded = decodeURI(url.pathname);
    } catch {
      throw new Error(`SITE_URL: "${rawSite}" has a malformed %-escape in its path`);
    }
    sitePath = normaliseBase(decoded, 'SITE_URL (its path)');
  }
  const rawBase = env.BASE_PATH?.trim();
  let base = sitePath;
  if (rawBase) {
    base = normaliseBase(rawBase, 'BASE_PATH');
    if (sitePath !== '/' && base !== sitePath) {
      throw new Error(
        `SITE_URL ("${rawSite}") has the path ${sitePath} but BASE_PATH is ${base}: give the path in one of them only, or the same in both`,
      );
    }
  }
  return { site, base, warnings };
}
