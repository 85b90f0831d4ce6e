/**
 * Yielding the main thread (issue 26), for the lazy chart module: chart work is cut into short tasks so
 * that none blocks input or paint for long on a slow phone (Total Blocking Time).
 *
 * Each helper uses the browser's own scheduler where there is one and falls back to a timer where there is
 * not: WebKit (Safari, and every browser on iOS) has neither `scheduler.yield` nor `requestIdleCallback`.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Ends the current task and resumes in a new one, after the browser has had the chance to handle input and
 * paint. `scheduler.yield()` resumes ahead of other queued tasks (Chromium 129+, Firefox 142+); elsewhere a
 * zero-delay timer, a task at the back of the queue.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Runs `work` when the main thread is next idle, and at the latest after `timeout` ms. Without
 * `requestIdleCallback` (WebKit), after a short timer instead: by then the frame that showed the chart has
 * been painted.
 */
export function whenIdle(work: () => void, timeout = 500): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout });
  else setTimeout(work, 50);
}
