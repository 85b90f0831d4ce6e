/**
 * The chart.js plugin that draws each bar's value, as the article writes it, just
 * past the end of the bar. Pure (no DOM): the browser (src/client/draw.ts) and the
 * build-time images (src/images/chart-image.ts) register the same plugin.
 */
import type { Plugin } from 'chart.js';
import type { ValueLabelOptions } from './builders';

export const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const options = chart.options.plugins?.valueLabels as ValueLabelOptions | undefined;
    if (!options) return;
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    ctx.save();
    ctx.font = `600 ${options.size}px ${options.font}`;
    ctx.fillStyle = options.color;
    ctx.textBaseline = 'middle';
    meta.data.forEach((bar, index) => {
      const { x, y } = bar.getProps(['x', 'y'], true);
      ctx.fillText(options.labels[index] ?? '', x + 6, y);
    });
    ctx.restore();
  },
};
