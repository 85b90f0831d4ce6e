import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

  it('sends every security header on every path, as src/integrations/security-headers.ts defines them', () => {
    expect(rules.get('/*')).toEqual(securityHeaders);
  });

  it('caches hashed build assets for good', () => {
    expect(rules.get('/_astro/*')).toEqual({ 'Cache-Control': immutableCaching });
  });
});

describe('deploy/nginx.conf', () => {
  const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');

  it('adds the same security headers, to every response', () => {
    const added = Object.fromEntries(
      [...conf.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((match) => [match[1], match[2]]),
    );
    expect(added).toEqual(securityHeaders);
  });
});
