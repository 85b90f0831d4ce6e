import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineNames } from '../../scripts/lib/engines/engine';
import { pairwiseRows, uncoveredPairs, visitPlan, type PlannedVisit } from '../support/visit-plan';

/** Routes shaped like the site's: 17 pages and their 繁體 twins. */
const hans = [
  '/',
  '/404.html',
  ...['', 'industry-clusters/', 'investment/', 'innovation/', 'reporters-note/', 'full/', 'data/'].map(
    (p) => `/r/${p}`,
  ),
  ...Array.from({ length: 8 }, (_, i) => `/embed/r/chart-${i}/`),
];
const routes = [...hans, ...hans.map((route) => `/zh-hant${route}`)];

describe('pairwiseRows', () => {
  it('is the table docs/testing.md writes down', () => {
    const doc = readFileSync(new URL('../../docs/testing.md', import.meta.url), 'utf8');
    const rows = [...doc.matchAll(/^\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*([\w-]+)\s*\|\s*(light|dark)\s*\|$/gm)].map(
      ([, , width, size, theme]) => ({ width: Number(width), size, theme }),
    );
    expect(rows).toEqual(pairwiseRows);
  });

  it('is a covering array of strength 2 in 12 rows', () => {
    expect(pairwiseRows).toHaveLength(12);
    const asVisits = pairwiseRows.map((row) => ({ ...row, route: '/', edition: 'hans' as const }));
    expect(uncoveredPairs(asVisits).filter((pair) => !pair.includes('edition'))).toEqual([]);
  });
});

describe('visitPlan', () => {
  const plans = Object.fromEntries(engineNames.map((engine) => [engine, visitPlan(engine, routes)]));

  it('visits every page once in each engine', () => {
    for (const engine of engineNames)
      expect(plans[engine]!.map((visit) => visit.route).sort()).toEqual([...routes].sort());
  });

  it('covers every pair of width, theme, text size and edition across the engines', () => {
    expect(uncoveredPairs(Object.values(plans).flat())).toEqual([]);
  });

  it('covers every pair of width, theme and text size on the simplified pages in each engine', () => {
    for (const engine of engineNames) {
      const own = plans[engine]!.filter((visit) => visit.edition === 'hans');
      expect(
        uncoveredPairs(own).filter((pair) => !pair.includes('edition')),
        engine,
      ).toEqual([]);
    }
  });

  it('visits the 繁體 pages in Chromium at 390 px and 特大, in both themes', () => {
    const hant = plans.chromium!.filter((visit) => visit.edition === 'hant');
    expect(hant).toHaveLength(hans.length);
    for (const visit of hant) expect([visit.width, visit.size]).toEqual([390, 'x-large']);
    expect(new Set(hant.map((visit) => visit.theme))).toEqual(new Set(['light', 'dark']));
  });

  it('sees a page at other settings in other engines', () => {
    const setting = (visit?: PlannedVisit) => `${visit?.width} ${visit?.theme} ${visit?.size}`;
    const at = (engine: string, route: string) => plans[engine]!.find((visit) => visit.route === route);
    for (const route of hans) expect(new Set(engineNames.map((engine) => setting(at(engine, route)))).size).toBe(3);
  });

  it('is the same whatever order the routes come in', () => {
    expect(visitPlan('webkit', [...routes].reverse())).toEqual(plans.webkit);
  });
});
