/**
 * <chart-figure>: the only script a page loads up front. It waits until a chart
 * comes near the viewport, then imports the drawing module (and with it chart.js).
 */

/** How far ahead of the viewport a chart starts loading. */
const AHEAD = '300px 0px';

/**
 * Resolves once the page has loaded, so a chart near the first screen never competes
 * with the text for the network or the main thread (LCP).
 */
const pageLoaded = new Promise((resolve) =>
  document.readyState === 'complete' ? resolve(0) : addEventListener('load', resolve, { once: true }),
);

const load = (host: HTMLElement) => {
  host.dataset.near = performance.now().toFixed(1);
  pageLoaded
    .then(() => import('./draw'))
    .then(
      ({ drawChart }) => drawChart(host),
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
