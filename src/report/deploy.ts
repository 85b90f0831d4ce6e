/**
 * Where the site is served from, through one channel (as Starlight's `utils/base`). SITE_URL and
 * BASE_PATH are read once, by astro.config.mjs (`readDeployEnv`, src/integrations/deploy-env.ts),
 * and given to Astro as `site` and `base`; every other piece of code asks here:
 * - pages, endpoints and components: `siteBase()` and `siteOrigin()`, what Astro was given
 *   (`import.meta.env.BASE_URL` and `SITE`);
 * - integrations, once Astro has resolved its config (`astro:config:done`): `configBase(config)`;
 * - the Markdown plugins, built before Astro resolves its config: astro.config.mjs passes them the
 *   same `base`, and `requiredBase` fails the build when it is missing (a default of `/` would
 *   silently break their links under a sub-path).
 * Nothing else reads process.env for them or assumes `/`.
 */

/** A base path with its trailing slash (`/`, `/sub/`). */
const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The base path pages are built for (`/`, or `/sub/` under BASE_PATH=/sub/). */
export const siteBase = (): string => withSlash(import.meta.env.BASE_URL);

/** The site's origin (`https://example.org`), or undefined when the build has no SITE_URL. */
export const siteOrigin = (): string | undefined => import.meta.env.SITE || undefined;

/** The base path of Astro's resolved config, for integrations (`astro:config:done`). */
export const configBase = (config: { base: string }): string => withSlash(config.base);

/** The base path given to a plugin by astro.config.mjs; throws naming the plugin when it was not given. */
export function requiredBase(base: string | undefined, plugin: string): string {
  if (typeof base !== 'string') {
    throw new Error(`${plugin}: no base path given (astro.config.mjs passes the one readDeployEnv read)`);
  }
  return withSlash(base);
}
