/**
 * The page probe of the engine checks: a classic script the test server puts first in every page's
 * <head> (WebDriver classic, WebKit's protocol here, has no init scripts; Chromium and Firefox get it
 * the same way, so all three are watched alike). It records uncaught errors, unhandled rejections,
 * console.error calls, resources that fail to load and CSP violations in `window.__probe`.
 */

export interface ProbeFindings {
  errors: string[];
  cspViolations: string[];
}

/** Served at `probePath` under the site's base; same-origin, so every page's CSP (script-src 'self') allows it. */
export const probePath = '__engine-probe.js';

function probe() {
  const found: ProbeFindings = { errors: [], cspViolations: [] };
  (window as unknown as { __probe: ProbeFindings }).__probe = found;
  addEventListener(
    'error',
    (event) => {
      const target = event.target as (Element & { src?: string; href?: string }) | Window | null;
      if (target && target !== window && target instanceof Element)
        found.errors.push(`failed to load <${target.localName}> ${target.src || target.href || ''}`.trim());
      else found.errors.push(`uncaught: ${event.error?.stack || event.message}`);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) =>
    found.errors.push(`unhandled rejection: ${event.reason?.stack || event.reason}`),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    found.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`),
  );
  const error = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    found.errors.push(
      `console.error: ${args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' ')}`,
    );
    error(...args);
  };
}

export const pageProbeScript = `(${probe.toString()})();\n`;
