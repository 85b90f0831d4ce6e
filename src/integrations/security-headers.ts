import { themeInitHash } from '../head/theme-init';

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
 * (public/_headers, deploy/nginx.conf). Coarser than each page's <meta> policy: every
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

/** The security headers every response gets, in the deploy recipes. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
};

/** Cache-Control for content-hashed build assets (`/_astro/*`): a new build gives them new names. */
export const immutableCaching = 'public, max-age=31536000, immutable';
/** Cache-Control for HTML and other unhashed files: always revalidate, so a deploy shows at once. */
export const htmlCaching = 'no-cache';
