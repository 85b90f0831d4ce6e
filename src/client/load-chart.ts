/**
 * What <chart-figure> imports when a chart comes near (chart-element.ts): where the page does not
 * carry the chart's input inline (the one-page edition: data-input is its URL, /data/<id>.chart.json),
 * fetches it and adds it as the <script type="application/json"> the drawing module reads; then draws.
 * Lives in the lazy chunk with draw.ts, so it costs nothing before a chart is near (issue 13).
 */
import { drawChart } from './draw';

export async function loadChart(host: HTMLElement): Promise<void> {
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
