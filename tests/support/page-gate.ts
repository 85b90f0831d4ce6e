/**
 * The Chromium page gate (issue 37): every page of one edition, discovered from dist/, visited once at the
 * setting the visit plan gives it (tests/support/visit-plan.ts), each visit making every probe
 * (tests/support/gate-visit.ts). The two editions are two test files, so the run's two workers share them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentPages } from './dist';
import { useSiteInChromium } from './browser-suite';
import { gateVisit, openGateTab, type GateTab } from './gate-visit';
import { describeSetting, uncoveredPairs, visitPlan, type Edition } from './visit-plan';
import { engineNames } from '../../scripts/lib/engines/engine';

export function pageGate(edition: Edition) {
  const routes = contentPages(inject('distDir')).map((page) => page.route);
  const plan = visitPlan('chromium', routes).filter((visit) => visit.edition === edition);
  const suite = useSiteInChromium();
  /** The kinds of control already pressed with Enter and Space in this file (gate-visit.ts). */
  const pressed = new Set<string>();
  /** The one tab of the file: each visit sets it as a new reader's (gate-visit.ts). */
  let tab: GateTab;
  beforeAll(async () => {
    tab = await openGateTab(suite);
  });
  afterAll(() => tab?.context.close());

  it('finds the pages in dist/, and the plan covers every pair of setting values across the engines', () => {
    expect(routes).toContain('/');
    expect(plan.length).toBeGreaterThanOrEqual(12);
    expect(uncoveredPairs(engineNames.flatMap((engine) => visitPlan(engine, routes)))).toEqual([]);
  });

  describe(`every ${edition === 'hans' ? 'simplified' : '繁體'} page once, at its planned setting`, () => {
    it.each(plan.map((visit) => [visit.route, describeSetting(visit), visit] as const))(
      edition === 'hans'
        ? '%s (%s): loads cleanly, draws its charts, no overflow or shift; axe; keyboard walk and keys'
        : '%s (%s): loads cleanly, draws its charts, no overflow or shift (axe and keys: its twin’s, proved in the build)',
      (_, __, visit) => gateVisit(suite, tab, visit, pressed),
    );
  });
}
