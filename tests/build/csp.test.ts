/**
 * Content Security Policy: every page carries the CSP meta tag of src/head/csp.ts,
 * and its script-src allows no inline script by 'unsafe-inline' and no eval.
 * The browser tests (tests/browser/pages.test.ts) prove nothing is blocked.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { isRedirectPage, readPages } from '../support/dist';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** Parses a CSP string into directive → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => !!name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describe.each([
  ['root build', inject('distDir')],
  ['BASE_PATH build', inject('subDistDir')],
])('Content Security Policy in the %s', (_, distDir) => {
  const pages = readPages(distDir);

  it.each(pages.map((page) => [page.file, page] as const))(
    '%s has one CSP meta tag, in <head>, with a strict script-src',
    (_, page) => {
      const metas = page.$('meta[http-equiv="content-security-policy" i]');
      expect(metas).toHaveLength(1);
      expect(metas.parent().is('head')).toBe(true);
      const policy = parseCsp(metas.attr('content') ?? '');
      const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
      expect(scriptSrc, 'script-src (or default-src) is set').toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc).not.toContain('*');
      expect(
        scriptSrc!.filter((source) => /^https?:|^\*|^data:/.test(source)),
        'no script from other origins',
      ).toEqual([]);
      // Every inline script on the page is allowed by a hash in the policy, not by loosening it.
      // (JSON-LD and chart data are data blocks, not scripts: the policy does not apply to them.)
      const inline = page
        .$('script:not([src])')
        .filter((_, element) => /^(|module|text\/javascript)$/i.test(page.$(element).attr('type') ?? ''));
      // The theme script is inline on every page but the old addresses' redirect pages, which run no script.
      if (isRedirectPage(page)) expect(inline.length, 'a redirect page runs no script').toBe(0);
      else expect(inline.length, 'the theme script is inline on every page').toBeGreaterThan(0);
      const hashes = inline.map((_, element) => `'sha256-${sha256(page.$(element).text())}'`).get();
      expect(scriptSrc).toEqual(expect.arrayContaining(hashes));
    },
  );
});
