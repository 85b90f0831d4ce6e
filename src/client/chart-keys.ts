/**
 * Keyboard and touch exploration of a drawn chart (part of the lazy chart module).
 *
 * Pattern: the chart's box is one tab stop, a `role="group"` named by the chart's title and
 * described by the visible key hint. The bars are drawn on a canvas, so there are no elements
 * to point aria-activedescendant at: the arrow keys move chart.js's own active element (the
 * bar's hover highlight and our HTML tooltip), and a polite live region reads the bar's label,
 * its value as the article writes it (unit and qualifier included) and its place. Enter
 * follows the bar's link to its sentence; Escape hides the tooltip and moves focus on to the
 * next control (the 查看数据 toggle). role="application" is not used: the keys needed are
 * arrows, Home, End, Enter and Escape, which a screen reader passes to a focused group in
 * focus mode anyway. See docs/charts.md.
 */
import type { Chart } from 'chart.js';
import type { TooltipItem } from '../charts/builders';
import { fillUi } from '../report/ui-format';

const itemsOf = (chart: Chart<'bar'>) =>
  (chart.options.plugins?.sourceTooltip?.items as TooltipItem[] | undefined) ?? [];

/** Highlights bar `index` (or nothing, for -1) and shows or hides its tooltip. */
function activate(chart: Chart<'bar'>, index: number) {
  const active = index < 0 ? [] : [{ datasetIndex: 0, index }];
  chart.setActiveElements(active);
  const bar = index < 0 ? undefined : chart.getDatasetMeta(0).data[index];
  chart.tooltip?.setActiveElements(active, bar ? { x: bar.x, y: bar.y } : { x: 0, y: 0 });
  chart.update('none');
}

/** Makes the chart in `host` explorable from the keyboard and by taps. */
export function explore(chart: Chart<'bar'>, host: HTMLElement): void {
  const box = host.querySelector<HTMLElement>('.chart-box');
  const live = host.querySelector<HTMLElement>('[data-chart-live]');
  const figure = host.closest('figure');
  if (!box || !live || !figure) return;
  const keys = box.querySelector('.chart-keys');
  box.tabIndex = 0;
  box.setAttribute('role', 'group');
  const title = figure.getAttribute('aria-labelledby');
  if (title) box.setAttribute('aria-labelledby', title);
  if (keys?.id) box.setAttribute('aria-describedby', keys.id);
  let index = -1;

  const select = (next: number) => {
    const items = itemsOf(chart);
    if (!items.length) return;
    index = Math.max(0, Math.min(items.length - 1, next));
    activate(chart, index);
    const item = items[index]!;
    const place = fillUi(live.dataset.item ?? '{n}/{count}', { n: index + 1, count: items.length });
    live.textContent = `${item.label}：${item.value}，${place}`;
  };
  const clear = () => {
    activate(chart, -1);
  };

  // From the keyboard, focus shows a bar at once; a tap or click focuses too, and then chart.js shows the bar tapped.
  box.addEventListener('focus', () => {
    if (box.matches(':focus-visible')) select(index < 0 ? 0 : index);
  });
  box.addEventListener('blur', clear);
  box.addEventListener('keydown', (event) => {
    const count = itemsOf(chart).length;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      select(moves[event.key]!);
    } else if (event.key === 'Enter' && index >= 0) {
      const href = itemsOf(chart)[index]?.href;
      if (!href) return;
      event.preventDefault();
      // In an embed (links open outside the frame: <base target="_blank">), open the report in a new tab.
      if (document.querySelector('base[target="_blank"]'))
        open(new URL(href, location.href).href, '_blank', 'noopener');
      else location.assign(href);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      clear();
      const next = figure.querySelector<HTMLElement>('summary, a[href], button:not([hidden])');
      if (next) next.focus();
      else box.blur();
    }
  });

  // Touch: chart.js shows the tooltip of the tapped bar; a tap anywhere outside the chart hides it.
  document.addEventListener('pointerdown', (event) => {
    if (!box.contains(event.target as Node) && document.activeElement !== box) clear();
  });
}
