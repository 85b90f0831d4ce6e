/**
 * The host files the build writes (src/integrations/security-headers.ts → dist/_headers): the
 * security headers on every path, the theme script allowed by the hash of the script actually
 * inlined in the built pages, and the build assets cached for good under the base path.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { immutableCaching, securityHeaders } from '../../src/integrations/security-headers';

/** Parses a Netlify / Cloudflare Pages `_headers` file into path rules and their headers. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else {
      const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
      if (!match || !current) throw new Error(`_headers: cannot read line "${line}"`);
      current[match[1]!] = match[2]!.trim();
    }
  }
  return rules;
}

/** The sha256 CSP source of every inline script a browser would run (data blocks such as JSON-LD are not run). */
function inlineScriptHashes(html: string): string[] {
  const $ = cheerio.load(html);
  return $('script:not([src])')
    .filter((_, element) => ['', 'module', 'text/javascript'].includes($(element).attr('type') ?? ''))
    .map((_, element) => `'sha256-${createHash('sha256').update($(element).html()!).digest('base64')}'`)
    .get();
}

describe.each([
  ['root', 'distDir', '/'],
  ['BASE_PATH=/sub/', 'subDistDir', '/sub/'],
] as const)('dist/_headers (%s build)', (_, key, base) => {
  const dist = inject(key);
  const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));

  it('sends every security header on every path', () => {
    expect(rules.get('/*')).toEqual(securityHeaders);
  });

  it('allows the inline theme script by the hash of the script the pages carry, and no other inline script', () => {
    const csp = rules.get('/*')!['Content-Security-Policy']!;
    const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src '))!;
    const allowed = scriptSrc.split(' ').filter((source) => source.startsWith("'sha256-"));
    const hashes = new Set(inlineScriptHashes(readFileSync(path.join(dist, 'index.html'), 'utf8')));
    expect(hashes.size).toBe(1);
    expect(allowed).toEqual([...hashes]);
  });

  it('caches the hashed build assets for good, under the base path', () => {
    expect(rules.get(`${base}_astro/*`)).toEqual({ 'Cache-Control': immutableCaching });
    expect([...rules.keys()]).toEqual(['/*', `${base}_astro/*`]);
  });
});
