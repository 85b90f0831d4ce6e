/**
 * <chart-figure>: the only script a page loads up front. It waits until a chart
 * comes near the viewport, then imports the drawing module (and with it chart.js).
 */

/** How far ahead of the viewport a chart starts loading. */
const AHEAD = '300px 0px';

/**
 * Resolves once the page has loaded, its first contentful paint has reached the screen, and the
 * main thread has then been idle (issue 13): chart.js is fetched and parsed only after the first
 * paint, even for a chart in the first screen, so it never competes with the text for the network
 * or the main thread (LCP, TBT). The chart's box keeps its height meanwhile (charts.css), so nothing
 * shifts when it is drawn. The paint is the browser's own report of it (Paint Timing, the time
 * Lighthouse reads); without that API, or with nothing painted after 3 s (a tab in the background),
 * the wait ends anyway. The idle timeout caps the wait on a busy page.
 * Kept this small on purpose: this file counts against the 2 KB budget before a chart is near.
 */
const settled = new Promise((resolve) => {
  // Safari has no requestIdleCallback: setTimeout runs it at once (its delay, an object, reads as 0).
  const idle = () => (self.requestIdleCallback || setTimeout)(resolve, { timeout: 2000 } as never);
  const afterPaint = () => {
    setTimeout(idle, 3000);
    new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint')[0] && idle()).observe({
      type: 'paint',
      buffered: true,
    });
  };
  if (document.readyState === 'complete') afterPaint();
  else addEventListener('load', afterPaint, { once: true });
});

const load = (host: HTMLElement) =>
  settled
    .then(() => import('./load-chart'))
    .then(({ loadChart }) => loadChart(host))
    .catch(console.error);

// Every browser with custom elements has IntersectionObserver (Safari 12.1, 2019).
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      load(entry.target as HTMLElement);
    }
  },
  { rootMargin: AHEAD },
);

customElements.define(
  'chart-figure',
  class extends HTMLElement {
    connectedCallback() {
      observer.observe(this);
    }
    disconnectedCallback() {
      observer.unobserve(this);
    }
  },
);
