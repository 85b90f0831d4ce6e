import { describe, expect, it } from 'vitest';
import {
  chapterHref,
  dataPageHref,
  datasetFileHref,
  fullHref,
  reportHref,
  seriesHref,
  shareCardPath,
  withBase,
} from '../../src/report/paths';

describe('withBase', () => {
  it('joins the base and a path with exactly one slash', () => {
    expect(withBase('/favicon.svg', '/sub/')).toBe('/sub/favicon.svg');
    expect(withBase('favicon.svg', '/sub')).toBe('/sub/favicon.svg');
    expect(withBase('/', '/')).toBe('/');
  });
});

describe('a report’s addresses', () => {
  it('puts every page of a report under its own prefix, with a trailing slash', () => {
    expect(seriesHref('/sub/')).toBe('/sub/');
    expect(reportHref('r2', '/sub/')).toBe('/sub/r2/');
    expect(chapterHref('r2', 'investment', '/sub/')).toBe('/sub/r2/investment/');
    expect(fullHref('r2', '/')).toBe('/r2/full/');
    expect(dataPageHref('r2', '/')).toBe('/r2/data/');
    expect(datasetFileHref('r2', 'hub-port', 'csv', '/')).toBe('/r2/data/hub-port.csv');
  });

  it('puts share cards under the report, and the series page’s under og/', () => {
    expect(shareCardPath('r2', 'cover')).toBe('r2/og/cover.png');
    expect(shareCardPath(undefined, 'series')).toBe('og/series.png');
  });
});
