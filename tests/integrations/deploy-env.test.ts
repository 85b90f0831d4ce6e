import { describe, expect, it } from 'vitest';
import { readDeployEnv } from '../../src/integrations/deploy-env';

describe('readDeployEnv', () => {
  it('defaults to the root with no site URL', () => {
    expect(readDeployEnv({})).toEqual({ site: undefined, base: '/', warnings: [] });
  });

  it('keeps the origin of SITE_URL and adds the trailing slash BASE_PATH needs', () => {
    expect(readDeployEnv({ SITE_URL: 'https://news.example.org/', BASE_PATH: '/reports/xin' })).toEqual({
      site: 'https://news.example.org',
      base: '/reports/xin/',
      warnings: [],
    });
  });

  it('rejects a SITE_URL that is not absolute', () => {
    expect(() => readDeployEnv({ SITE_URL: 'news.example.org' })).toThrow(/SITE_URL: .* not an absolute URL/);
  });

  it('rejects a BASE_PATH without a leading slash', () => {
    expect(() => readDeployEnv({ BASE_PATH: 'sub/' })).toThrow(/BASE_PATH: .* must be a path starting with "\/"/);
  });
});

describe('SITE_URL with a path (GitHub Pages project sites)', () => {
  it('honours the path as the base instead of cutting it off', () => {
    expect(readDeployEnv({ SITE_URL: 'https://user.github.io/repo' })).toEqual({
      site: 'https://user.github.io',
      base: '/repo/',
      warnings: [],
    });
    expect(readDeployEnv({ SITE_URL: 'https://user.github.io/repo/', BASE_PATH: '/repo/' }).base).toBe('/repo/');
  });

  it('rejects a path that disagrees with BASE_PATH, naming both', () => {
    expect(() => readDeployEnv({ SITE_URL: 'https://user.github.io/repo', BASE_PATH: '/other/' })).toThrow(
      /SITE_URL .* path \/repo\/ but BASE_PATH is \/other\//,
    );
  });

  it('rejects a query, fragment or credentials', () => {
    for (const url of ['https://a.example/?x=1', 'https://a.example/#x', 'https://u:p@a.example/'])
      expect(() => readDeployEnv({ SITE_URL: url }), url).toThrow(
        /SITE_URL: .* user name, password, \?query or #fragment/,
      );
  });

  it('warns on http:// (but not for localhost)', () => {
    expect(readDeployEnv({ SITE_URL: 'http://news.example.org' }).warnings).toEqual([
      expect.stringMatching(/SITE_URL: .*http:\/\/.*unencrypted/),
    ]);
    expect(readDeployEnv({ SITE_URL: 'http://localhost:4321' }).warnings).toEqual([]);
  });
});

describe('BASE_PATH', () => {
  it('rejects a path a browser reads as another host', () => {
    for (const base of ['//evil.example/', '/\\evil.example/', '\\\\evil.example'])
      expect(() => readDeployEnv({ BASE_PATH: base }), base).toThrow(/BASE_PATH: /);
    expect(() => readDeployEnv({ BASE_PATH: '//evil.example/' })).toThrow(/another host/);
  });

  it('accepts folder names in any script, such as /中文/', () => {
    expect(readDeployEnv({ BASE_PATH: '/中文/' }).base).toBe('/中文/');
    expect(readDeployEnv({ SITE_URL: 'https://a.example/%E4%B8%AD%E6%96%87/' })).toMatchObject({ base: '/中文/' });
  });

  it('rejects %-escapes, spaces, parent folders and other signs with a message naming the folder', () => {
    expect(() => readDeployEnv({ BASE_PATH: '/a%20b/' })).toThrow(/BASE_PATH: .*%-escape \("a%20b"\)/);
    expect(() => readDeployEnv({ BASE_PATH: '/a/../b/' })).toThrow(/BASE_PATH: .*"\.\." folder/);
    expect(() => readDeployEnv({ BASE_PATH: '/a b/' })).toThrow(/BASE_PATH: .*folder "a b"/);
    expect(() => readDeployEnv({ BASE_PATH: '/a?b/' })).toThrow(/BASE_PATH: .*folder "a\?b"/);
    expect(() => readDeployEnv({ SITE_URL: 'https://a.example/a%20b/' })).toThrow(
      /SITE_URL \(its path\): .*folder "a b"/,
    );
  });

  it('collapses repeated slashes inside the path', () => {
    expect(readDeployEnv({ BASE_PATH: '/a//b' }).base).toBe('/a/b/');
  });
});
