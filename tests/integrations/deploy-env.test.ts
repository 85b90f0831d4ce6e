import { describe, expect, it } from 'vitest';
import { readDeployEnv } from '../../src/integrations/deploy-env';

describe('readDeployEnv', () => {
  it('defaults to the root with no site URL', () => {
    expect(readDeployEnv({})).toEqual({ site: undefined, base: '/' });
  });

  it('keeps the origin of SITE_URL and adds the trailing slash BASE_PATH needs', () => {
    expect(readDeployEnv({ SITE_URL: 'https://news.example.org/', BASE_PATH: '/reports/xin' })).toEqual({
      site: 'https://news.example.org',
      base: '/reports/xin/',
    });
  });

  it('rejects a SITE_URL that is not absolute', () => {
    expect(() => readDeployEnv({ SITE_URL: 'news.example.org' })).toThrow(/SITE_URL: .* not an absolute URL/);
  });

  it('rejects a BASE_PATH without a leading slash', () => {
    expect(() => readDeployEnv({ BASE_PATH: 'sub/' })).toThrow(/BASE_PATH: .* must be a path starting with "\/"/);
  });
});
