/**
 * Reads the deployment settings from the environment and fails early, with a
 * clear message, on a value that would build a broken site.
 */
export function readDeployEnv(env: Record<string, string | undefined>): { site?: string; base: string } {
  const rawSite = env.SITE_URL?.trim();
  let site: string | undefined;
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
    site = url.origin;
  }
  const rawBase = env.BASE_PATH?.trim() || '/';
  if (!rawBase.startsWith('/') || /[?#\s]/.test(rawBase)) {
    throw new Error(`BASE_PATH: "${rawBase}" must be a path starting with "/", e.g. /reports/xin-zhi/`);
  }
  const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
  return { site, base };
}
