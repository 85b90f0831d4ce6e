import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { pageContentSecurityPolicy } from '../head/csp';
import { htmlCaching, immutableCaching } from './caching';
import { hantFolder } from '../hant/addresses';
import { configBase } from '../report/deploy';

/**
 * The site-wide Content-Security-Policy sent as an HTTP header by the deploy recipes (the `_headers`
 * file the build writes, deploy/nginx.conf): the pages' own <meta> policy (src/head/csp.ts) and
 * frame-ancestors, which only a header can carry. A browser enforces both; the tests check that
 * each allows what the page loads.
 */
export const contentSecurityPolicy = `${pageContentSecurityPolicy}; frame-ancestors 'none'`;

/**
 * The security headers every response gets, in the deploy recipes (HSTS only over HTTPS, where
 * a browser heeds it; nginx.conf sends it from its TLS server only).
 * Cross-Origin-Opener-Policy keeps other sites' windows from scripting ours; Cross-Origin-Resource-Policy
 * keeps other sites from loading our files into their pages (share cards are fetched by crawlers,
 * server-side, which CORP does not affect).
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export { htmlCaching, immutableCaching };

/**
 * The charts' embed pages (src/pages/embed/, issue 12), as a path under the site's base: the only
 * pages other sites may put in a frame. Every other page keeps frame-ancestors 'none' and
 * X-Frame-Options: DENY, in every host recipe (the `_headers` file below, deploy/nginx.conf).
 */
export const embedPagesPath = 'embed/';
/** Who may frame an embed page: any site (that is what an embed is for). */
const embedFrameAncestors = '*';

/**
 * The headers of everything under the embed path (the embed pages and the host-side script
 * embed/resize.<hash>.js): the site's security headers with framing allowed, i.e. the CSP's
 * frame-ancestors opened up and X-Frame-Options left out (DENY would still refuse in old browsers;
 * new ones ignore it once frame-ancestors is set), and, where a Cross-Origin-Resource-Policy is
 * sent, `cross-origin`, so other sites can load the resize script. `Access-Control-Allow-Origin: *`
 * lets a host page check that script against the integrity hash of issue 28's snippet (a browser checks
 * another site's script only when it is fetched in CORS mode; today's snippet carries the script inline,
 * src/charts/embed.ts); nothing under the path is private.
 */
export const embedSecurityHeaders: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(securityHeaders)
      .filter(([name]) => name !== 'X-Frame-Options')
      .map(([name, value]) => {
        if (name === 'Content-Security-Policy')
          return [name, value.replace("frame-ancestors 'none'", `frame-ancestors ${embedFrameAncestors}`)];
        if (name === 'Cross-Origin-Resource-Policy') return [name, 'cross-origin'];
        return [name, value];
      }),
  ),
  'Access-Control-Allow-Origin': '*',
};

/** The headers of the embed path that differ from the site-wide ones (so the `_headers` rule replaces just those). */
function embedOverrides(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(embedSecurityHeaders).filter(([name, value]) => securityHeaders[name] !== value),
  );
}

/**
 * The `_headers` file Netlify and Cloudflare Pages read from the published folder, written from the
 * values above (so the theme script's hash is computed, never copied by hand). `base` is the
 * site's base path: the build assets are served under `<base>_astro/`.
 */
function headersFile(base = '/'): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Response headers for Netlify and Cloudflare Pages (both read _headers from the published folder).',
    '# Written by the build from src/integrations/security-headers.ts: edit that file, not this one.',
    '#',
    '# HTML is not given a Cache-Control here: both hosts already serve every file with',
    '# "max-age=0, must-revalidate" (revalidate each time, the effect of no-cache), and a Cache-Control on /*',
    '# would be merged into the build-asset responses below on Cloudflare Pages.',
    '',
    block('/*', securityHeaders),
    '',
    "# >>> EMBED PAGES (issue 12): the charts' embed pages, and only they, may be framed by other sites.",
    '# Cloudflare Pages adds the headers of every matching rule (joining equal names with a comma), so the',
    '# rule first detaches ("! Name") what it replaces; then it sets the embed values.',
    // The 繁體 edition's embed pages too (docs/zh-hant.md).
    ...[`${base}${embedPagesPath}*`, `${base}${hantFolder}${embedPagesPath}*`].map((pattern) =>
      [
        pattern,
        '  ! X-Frame-Options',
        ...Object.keys(embedOverrides()).map((name) => `  ! ${name}`),
        ...Object.entries(embedOverrides()).map(([name, value]) => `  ${name}: ${value}`),
      ].join('\n'),
    ),
    '# <<< EMBED PAGES',
    '',
    '# Build assets carry a content hash in their names: a new build gives new names, so cache them for good.',
    block(`${base}_astro/*`, { 'Cache-Control': immutableCaching }),
    '',
  ].join('\n');
}

/**
 * Astro integration: writes the host files (`_headers`) into the build output when the build is
 * done, so they always match the policy the pages were built with.
 */
export function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = configBase(config);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
        logger.info('wrote _headers (security headers and caching for Netlify and Cloudflare Pages)');
      },
    },
  };
}
