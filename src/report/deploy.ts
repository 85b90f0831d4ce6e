/**
 * Where the site is served from, through one channel (as Starlight's `utils/base`). SITE_URL and
 * BASE_PATH are read once, by astro.config.mjs (`readDeployEnv`, src/integrations/deploy-env.ts),
 * which gives them to Astro as `site` and `base` and to the site's code as `__SITE_DEPLOY__` (a Vite
 * define); every other piece of code asks here:
 * - pages, endpoints and components: `siteBase()` and `siteOrigin()`. Not `import.meta.env.BASE_URL`
 *   or `SITE`: Astro copies every environment variable into import.meta.env, so a machine that happens
 *   to set SITE or BASE_URL would change them (a build without SITE_URL then wrote a feed and failed);
 * - integrations, once Astro has resolved its config (`astro:config:done`): `configBase(config)`;
 * - the Markdown plugins, built before Astro resolves its config: astro.config.mjs passes them the
 *   same `base`, and `requiredBase` fails the build when it is missing (a default of `/` would
 *   silently break their links under a sub-path).
 * Nothing else reads process.env for them or assumes `/`.
 */

declare const __SITE_DEPLOY__: { site: string | null; base: string };

/** What astro.config.mjs read; it throws when asked where no Vite build defines it (config-time code must be given the base). */
function deploy(): { site: string | null; base: string } {
  if (typeof __SITE_DEPLOY__ === 'undefined') {
    throw new Error(
      'src/report/deploy.ts: asked for the base path outside the site build (pass it, as astro.config.mjs does)',
    );
  }
  return __SITE_DEPLOY__;
}

/** A base path with its trailing slash (`/`, `/sub/`). */
const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The base path pages are built for (`/`, or `/sub/` under BASE_PATH=/sub/). */
export const siteBase = (): string => withSlash(deploy().base);

/** The site's origin (`https://example.org`), or undefined when the build has no SITE_URL. */
export const siteOrigin = (): string | undefined => deploy().site ?? undefined;

/** The base path of Astro's resolved config, for integrations (`astro:config:done`). */
export const configBase = (config: { base: string }): string => withSlash(config.base);

/** The base path given to a plugin by astro.config.mjs; throws naming the plugin when it was not given. */
export function requiredBase(base: string | undefined, plugin: string): string {
  if (typeof base !== 'string') {
    throw new Error(`${plugin}: no base path given (astro.config.mjs passes the one readDeployEnv read)`);
  }
  return withSlash(base);
}
