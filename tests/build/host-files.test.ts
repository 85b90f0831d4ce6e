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
import {
  embedPagesPath,
  embedSecurityHeaders,
  immutableCaching,
  securityHeaders,
} from '../../src/integrations/security-headers';
import { hantFolder } from '../../src/hant/addresses';

/** Parses a Netlify / Cloudflare Pages `_headers` file into path rules and their headers. */
/** Cloudflare Pages' "! Name" lines (a rule dropping a header a broader rule attached), per path rule. */
function detachedHeaders(text: string): Map<string, string[]> {
  const detached = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) detached.set(line.trim(), (current = []));
    else if (/^\s+!\s*([\w-]+)$/.test(line)) current.push(line.trim().slice(1).trim());
  }
  return detached;
}

function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else if (/^\s+!\s*[\w-]+$/.test(line)) {
      continue;
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
  const text = readFileSync(path.join(dist, '_headers'), 'utf8');
  const rules = parseHeadersFile(text);

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
    expect([...rules.keys()]).toEqual([
      '/*',
      `${base}${embedPagesPath}*`,
      `${base}${hantFolder}${embedPagesPath}*`,
      `${base}_astro/*`,
    ]);
  });

  it.each([embedPagesPath, `${hantFolder}${embedPagesPath}`])(
    'lets only the charts’ embed pages (%s) be framed: their rule detaches and replaces the framing headers',
    (embedPath) => {
      const pattern = `${base}${embedPath}*`;
      const detached = detachedHeaders(text).get(pattern)!;
      // What a request under the embed path gets on Cloudflare Pages: /* less the detached names, plus the rule's own.
      const applied: Record<string, string> = { ...rules.get('/*') };
      for (const name of detached) delete applied[name];
      Object.assign(applied, rules.get(pattern));
      expect(applied).toEqual(embedSecurityHeaders);
      expect(applied['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
      expect(applied).not.toHaveProperty('X-Frame-Options');
      // Every name the rule sets was detached first (else Cloudflare would join the two values).
      for (const name of Object.keys(rules.get(pattern)!)) expect(detached).toContain(name);
      // Every other path keeps refusing frames.
      expect(rules.get('/*')!['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
      expect(rules.get('/*')!['X-Frame-Options']).toBe('DENY');
    },
  );
});
