/**
 * What <chart-figure> imports when a chart comes near (chart-element.ts): where the page does not
 * carry the chart's input inline (the one-page edition: data-input is its URL, /data/<id>.chart.json),
 * fetches it and adds it as the <script type="application/json"> the drawing module reads; then draws.
 * Lives in the lazy chunk with draw.ts, so it costs nothing before a chart is near (issue 13).
 */
import { drawChart } from './draw';

/** A new task: lets the browser run input and paint in between (a macrotask, unlike an `await` of a resolved promise). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

export async function loadChart(host: HTMLElement): Promise<void> {
  // Called right after this module (and chart.js) is evaluated, in the same task: drawing in a task of
  // its own keeps each of the two short, so neither blocks the main thread long (TBT, issue 13).
  await nextTask();
  const url = host.dataset.input;
  if (url && !host.querySelector('script[type="application/json"]')) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const script = Object.assign(document.createElement('script'), { type: 'application/json' });
    script.textContent = await response.text();
    host.append(script);
  }
  drawChart(host);
}
