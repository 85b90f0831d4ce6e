/**
 * <chart-figure>: the only script a page loads up front. It waits until a chart
 * comes near the viewport, then imports the drawing module (and with it chart.js).
 */

/** How far ahead of the viewport a chart starts loading. */
const AHEAD = '300px 0px';

/**
 * Resolves once the page has loaded and painted, and the main thread has then been idle (issue 13): chart.js
 * is fetched and parsed only after the first paint has settled, even for a chart in the first
 * screen, so it never competes with the text for the network or the main thread (LCP, TBT).
 * The chart's box keeps its height meanwhile (charts.css), so nothing shifts when it is drawn.
 * The timeout caps the wait on a busy page.
 * Kept this small on purpose: this file counts against the 2 KB budget before a chart is near.
 */
const settled = new Promise((resolve) => {
  // The next frame, then idle time after it: the load event can come before the first paint.
  // Safari has no requestIdleCallback: setTimeout runs it after that frame (its delay, an object, reads as 0).
  const idle = () =>
    requestAnimationFrame(() => (self.requestIdleCallback || setTimeout)(resolve, { timeout: 2000 } as never));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
});

const load = (host: HTMLElement) => {
  host.dataset.near = performance.now().toFixed(1);
  settled
    .then(() => import('./load-chart'))
    .then(
      ({ loadChart }) => loadChart(host),
      (error: unknown) => {
        host.dataset.failed = '';
        console.error(error);
      },
    );
};

const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer!.unobserve(entry.target);
            load(entry.target as HTMLElement);
          }
        },
        { rootMargin: AHEAD },
      )
    : undefined;

customElements.define(
  'chart-figure',
  class extends HTMLElement {
    connectedCallback() {
      if (observer) observer.observe(this);
      else load(this);
    }
    disconnectedCallback() {
      observer?.unobserve(this);
    }
  },
);
