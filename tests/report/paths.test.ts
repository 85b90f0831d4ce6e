import { describe, expect, it } from 'vitest';
import { chapterHref, withBase } from '../../src/report/paths';

describe('withBase', () => {
  it('joins the base and a path with exactly one slash', () => {
    expect(withBase('/favicon.svg', '/sub/')).toBe('/sub/favicon.svg');
    expect(withBase('favicon.svg', '/sub')).toBe('/sub/favicon.svg');
    expect(withBase('/', '/')).toBe('/');
  });
});

describe('chapterHref', () => {
  it('links to the chapter folder with a trailing slash', () => {
    expect(chapterHref('investment', '/sub/')).toBe('/sub/investment/');
  });
});
