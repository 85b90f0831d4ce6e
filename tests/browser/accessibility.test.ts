/**
 * axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, plus its best-practice
 * rules (heading order, landmarks, one h1, unique landmarks), on every page
 * discovered from dist/, in both colour schemes at a phone and a desktop width,
 * after scrolling to the end so lazily drawn content (charts) is checked too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { readPages } from '../support/dist';
import { useSiteInChromium, useWatchedPage } from '../support/browser-suite';
import { scrollToEnd, settle } from '../support/page-probe';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const routes = readPages(inject('distDir')).map((page) => page.route);

const suite = useSiteInChromium();

/** Runs axe in the page; the source goes in through DevTools, so the page's CSP is not loosened for it. */
async function runAxe(page: Page): Promise<AxeResults> {
  await page.evaluate(axeSource);
  return page.evaluate(
    (values) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values },
        resultTypes: ['violations'],
      }),
    tags,
  );
}

/** One line per failing element: rule, impact, selector, what axe says to fix. */
function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    describe(`axe at ${width} px, ${scheme}`, () => {
      const view = useWatchedPage(suite, { viewport: { width, height: 800 }, colorScheme: scheme });

      it.each(routes)('%s has no WCAG 2.2 A/AA or best-practice violation', async (route) => {
        await view.page.goto(suite.site.page(route), { waitUntil: 'load' });
        await settle(view.page, view.watch.findings);
        await scrollToEnd(view.page, view.watch.findings);
        await view.page.evaluate(() => window.scrollTo(0, 0));
        const results = await runAxe(view.page);
        expect(results.testEngine.name).toBe('axe-core');
        expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
        expect(describeViolations(results)).toEqual([]);
      });
    });
  }
}
