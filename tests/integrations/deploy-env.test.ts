import { describe, expect, it } from 'vitest';
import { readDeployEnv } from '../../src/integrations/deploy-env';

/** What readDeployEnv throws, as printed: the Chinese message, then the hint with the English gist. */
function failure(env: Record<string, string>): string {
  try {
    readDeployEnv(env);
  } catch (error) {
    return `${(error as Error).message}\n${(error as Error & { hint?: string }).hint}`;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
}

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
    expect(failure({ SITE_URL: 'news.example.org' })).toMatch(/SITE_URL: .* not an absolute URL/);
  });

  it('rejects a BASE_PATH without a leading slash', () => {
    expect(failure({ BASE_PATH: 'sub/' })).toMatch(/BASE_PATH: .* must be a path starting with "\/"/);
  });
});

describe('messages', () => {
  it('are Chinese first, naming the variable and saying what to write, then the English gist', () => {
    expect(failure({ SITE_URL: 'news.example.org' })).toBe(
      [
        '✗ 环境变量 SITE_URL',
        '  问题：SITE_URL "news.example.org" 不是完整的网址',
        '写成完整的网址，例如 SITE_URL=https://news.example.org（GitHub Pages 的项目网站：https://用户名.github.io/仓库名）。',
        '(SITE_URL: "news.example.org" is not an absolute URL; expected e.g. https://news.example.org)',
      ].join('\n'),
    );
    expect(failure({ BASE_PATH: 'reports/xin-zhi' })).toBe(
      [
        '✗ 环境变量 BASE_PATH',
        '  问题：BASE_PATH "reports/xin-zhi" 要以 / 开头',
        '写成 / 开头、/ 结尾的文件夹路径，例如 BASE_PATH=/reports/xin-zhi/。',
        '(BASE_PATH: "reports/xin-zhi" must be a path starting with "/", e.g. /reports/xin-zhi/)',
      ].join('\n'),
    );
  });

  it('warns about http:// in Chinese first', () => {
    expect(readDeployEnv({ SITE_URL: 'http://news.example.org' }).warnings[0]).toMatch(
      /^SITE_URL "http:\/\/news\.example\.org" 用的是 http:\/\/：.*请改用 https:\/\/。\(SITE_URL: .*unencrypted/,
    );
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
    expect(failure({ SITE_URL: 'https://user.github.io/repo', BASE_PATH: '/other/' })).toMatch(
      /SITE_URL .* path \/repo\/ but BASE_PATH is \/other\//,
    );
  });

  it('rejects a query, fragment or credentials', () => {
    for (const url of ['https://a.example/?x=1', 'https://a.example/#x', 'https://u:p@a.example/'])
      expect(failure({ SITE_URL: url }), url).toMatch(/SITE_URL: .* user name, password, \?query or #fragment/);
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
      expect(failure({ BASE_PATH: base }), base).toMatch(/BASE_PATH: /);
    expect(failure({ BASE_PATH: '//evil.example/' })).toMatch(/another host/);
  });

  it('accepts folder names in any script, such as /中文/', () => {
    expect(readDeployEnv({ BASE_PATH: '/中文/' }).base).toBe('/中文/');
    expect(readDeployEnv({ SITE_URL: 'https://a.example/%E4%B8%AD%E6%96%87/' })).toMatchObject({ base: '/中文/' });
  });

  it('rejects %-escapes, spaces, parent folders and other signs with a message naming the folder', () => {
    expect(failure({ BASE_PATH: '/a%20b/' })).toMatch(/BASE_PATH: .*%-escape \("a%20b"\)/);
    expect(failure({ BASE_PATH: '/a/../b/' })).toMatch(/BASE_PATH: .*"\.\." folder/);
    expect(failure({ BASE_PATH: '/a b/' })).toMatch(/BASE_PATH: .*folder "a b"/);
    expect(failure({ BASE_PATH: '/a?b/' })).toMatch(/BASE_PATH: .*folder "a\?b"/);
    expect(failure({ SITE_URL: 'https://a.example/a%20b/' })).toMatch(/SITE_URL \(its path\): .*folder "a b"/);
  });

  it('collapses repeated slashes inside the path', () => {
    expect(readDeployEnv({ BASE_PATH: '/a//b' }).base).toBe('/a/b/');
  });
});
