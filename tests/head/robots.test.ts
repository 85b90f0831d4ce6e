import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/head/robots';

describe('robotsTxt', () => {
  it('names the sitemap by its absolute URL, under the base path', () => {
    expect(robotsTxt(new URL('https://e.org'), '/sub/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://e.org/sub/sitemap-index.xml\n',
    );
  });
  it('names no sitemap without SITE_URL', () => {
    expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
  });
});
