import { prePaintHash } from './pre-paint';

/**
 * The Content-Security-Policy every page carries in a <meta> tag (BaseLayout, the old addresses'
 * redirect pages), so it holds on hosts that send no headers (GitHub Pages, S3). Every script and
 * stylesheet is a same-origin file (astro.config.mjs turns inlining off) except the pre-paint script
 * (theme and text size, src/head/pre-paint.ts),
 * allowed by its hash. Only those two are allowed: no hashes of scripts that are files anyway,
 * which would cost every page half a kilobyte (issue 13). A <meta> policy cannot carry
 * frame-ancestors: the HTTP headers add it (src/integrations/security-headers.ts).
 */
export const pageContentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `script-src 'self' '${prePaintHash}'`,
  "style-src 'self'",
].join('; ');
