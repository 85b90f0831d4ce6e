/**
 * Watches a page in Chromium the way the quality gates need: console errors,
 * uncaught exceptions, Content Security Policy violations, requests to other
 * origins and layout shifts (each with when it happened, so a gate can tell a
 * shift while loading from one after it).
 */
import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    __gates: { cspViolations: string[]; layoutShifts: { value: number; startTime: number; sources: string[] }[] };
  }
}

/** Runs in every document before its own scripts (DevTools injection, so the page's CSP does not apply). */
function installWatchers() {
  const gates: Window['__gates'] = { cspViolations: [], layoutShifts: [] };
  window.__gates = gates;
  document.addEventListener('securitypolicyviolation', (event) => {
    gates.cspViolations.push(
      `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample ? `“${event.sample}”` : ''}`.trim(),
    );
  });
  const describe = (node: Node | null) => {
    if (!(node instanceof Element)) return String(node?.nodeName ?? 'unknown');
    const id = node.id ? `#${node.id}` : '';
    const cls =
      typeof node.className === 'string' && node.className
        ? `.${node.className.trim().split(/\s+/).slice(0, 3).join('.')}`
        : '';
    return `${node.tagName.toLowerCase()}${id}${cls}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as {
      value: number;
      startTime: number;
      hadRecentInput: boolean;
      sources?: { node: Node | null }[];
    }[]) {
      if (entry.hadRecentInput) continue;
      gates.layoutShifts.push({
        value: entry.value,
        startTime: entry.startTime,
        sources: (entry.sources ?? []).map((source) => describe(source.node)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Chromium's report of a page-to-page view transition that it skipped: the new page shows at once,
 * whole, without the animation. Chromium raises it as an uncaught rejection of a transition that it
 * never hands to the page (`pagereveal` carries no `viewTransition`), so no page code can handle it:
 * seen when the stylesheet arrives late ("ViewTransition opt-in disabled") and when a link is followed
 * while the page is still being revealed ("Page already revealed", under load). The site's scripts start
 * no view transition of their own (tests/build/reader.test.ts), so this message comes only from the
 * browser; it is kept apart, and every other uncaught error still fails the gates.
 */
export const skippedTransition = /^Transition was aborted because of invalid state\. /;

export interface PageFindings {
  consoleErrors: string[];
  /** Chromium's reports of skipped page-to-page transitions (`skippedTransition`), not page errors. */
  skippedTransitions: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

/** Attaches the watchers to a context and returns the findings of its pages, reset by `reset()`. */
export async function watchContext(context: BrowserContext, origin: string) {
  await context.addInitScript(installWatchers);
  const findings: PageFindings = {
    consoleErrors: [],
    skippedTransitions: [],
    foreignRequests: [],
    cspViolations: [],
  };
  const attach = (page: Page) => {
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error') findings.consoleErrors.push(text);
      if (/Content.Security.Policy/i.test(text)) findings.cspViolations.push(`console: ${text}`);
    });
    page.on('pageerror', (error) =>
      (skippedTransition.test(error.message) ? findings.skippedTransitions : findings.consoleErrors).push(
        `uncaught: ${error.message}`,
      ),
    );
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) findings.foreignRequests.push(url);
    });
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      // ERR_ABORTED is the browser cancelling a request because we navigated on; anything else is a fault.
      if (reason !== 'net::ERR_ABORTED') findings.consoleErrors.push(`request failed: ${request.url()} ${reason}`);
    });
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  return {
    findings,
    reset() {
      findings.consoleErrors.length = 0;
      findings.skippedTransitions.length = 0;
      findings.foreignRequests.length = 0;
      findings.cspViolations.length = 0;
    },
  };
}

/** What the page's CSP watcher and layout-shift observer recorded. */
export function pageRecords(page: Page) {
  return page.evaluate(() => ({
    cspViolations: window.__gates.cspViolations,
    layoutShifts: window.__gates.layoutShifts,
  }));
}

/** Elements that stick out past the right edge of the viewport, when the page scrolls sideways. */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    if (scrollWidth <= viewport) return { scrollWidth, viewport, culprits: [] as string[] };
    const culprits: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.right > viewport + 0.5 || rect.left < -0.5) {
        const id = element.id ? `#${element.id}` : '';
        culprits.push(`${element.tagName.toLowerCase()}${id} (${Math.round(rect.left)}–${Math.round(rect.right)}px)`);
      }
    }
    return { scrollWidth, viewport, culprits: culprits.slice(0, 10) };
  });
}
