import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { themeInitHash } from '../head/theme-init';
import { htmlCaching, immutableCaching } from './caching';

/** A CSP directive as Astro's `security.csp.directives` types it (script-src and style-src excluded). */
type MetaDirective =
  `${'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/**
 * Policy directives that Astro's per-page <meta> CSP carries besides the script-src and style-src
 * it computes itself (a <meta> policy cannot carry frame-ancestors; the HTTP headers do).
 */
export const cspMetaDirectives: MetaDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The site-wide Content-Security-Policy sent as an HTTP header by the deploy recipes
 * (the `_headers` file the build writes, deploy/nginx.conf). Coarser than each page's <meta> policy: every
 * script and stylesheet is a same-origin file (astro.config.mjs turns inlining off) except
 * the theme script, allowed by its hash. A browser enforces both policies; each must allow
 * what the page loads, and the tests check that they do.
 */
export const contentSecurityPolicy = [
  ...cspMetaDirectives,
  `script-src 'self' '${themeInitHash}'`,
  "style-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

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
 * The `_headers` file Netlify and Cloudflare Pages read from the published folder, written from the
 * values above (so the theme script's hash is computed, never copied by hand). `base` is the
 * site's base path: the build assets are served under `<base>_astro/`.
 */
export function headersFile(base = '/'): string {
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
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
        logger.info('wrote _headers (security headers and caching for Netlify and Cloudflare Pages)');
      },
    },
  };
}
