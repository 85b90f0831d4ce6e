/**
 * What <chart-figure> imports when a chart comes near (chart-element.ts): where the page does not
 * carry the chart's input inline (the one-page edition: data-input is its URL, /data/<id>.chart.json),
 * fetches it and adds it as the <script type="application/json"> the drawing module reads; then draws.
 * Lives in the lazy chunk with draw.ts, so it costs nothing before a chart is near (issue 13).
 *
 * Charts are drawn one at a time, in the order they came near, each in short tasks of its own
 * (draw.ts), so several charts coming near at once never make one long task (issue 26).
 */
import { drawChart } from './draw';
import { nextTask } from './schedule';

const queue: Array<{ host: HTMLElement; done: () => void; failed: (error: unknown) => void }> = [];
let draining = false;

async function drawOne(host: HTMLElement): Promise<void> {
  const url = host.dataset.input;
  if (url && !host.querySelector('script[type="application/json"]')) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const script = Object.assign(document.createElement('script'), { type: 'application/json' });
    script.textContent = await response.text();
    host.append(script);
  }
  await drawChart(host);
}

async function drain(): Promise<void> {
  draining = true;
  while (queue.length) {
    // Called right after this module (and chart.js) is evaluated, or after the chart before: a new task
    // first, so neither makes the task it follows any longer.
    await nextTask();
    const next = queue.shift()!;
    await drawOne(next.host).then(next.done, next.failed);
  }
  draining = false;
}

/** Draws the chart in `host` after those already waiting; resolves once it is drawn. */
export function loadChart(host: HTMLElement): Promise<void> {
  return new Promise((done, failed) => {
    queue.push({ host, done, failed });
    if (!draining) void drain();
  });
}
