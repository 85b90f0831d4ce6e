/**
 * The chart palette keeps 3:1 contrast for marks against the page in both
 * themes (WCAG 1.4.11), reading the colours from the CSS the site ships.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lightPalette } from '../../src/charts/theme';

const globalCss = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const chartsCss = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');

/** The value of `--name` in the first block of `css` that matches `blockStart`. */
function variable(css: string, blockStart: RegExp, name: string): string {
  const start = css.search(blockStart);
  expect(start, `${blockStart}`).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf('}', start));
  const match = block.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'));
  expect(match, `--${name} in ${blockStart}`).not.toBeNull();
  return match![1]!;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const themes = {
  light: { page: variable(globalCss, /@theme\s*\{/, 'color-paper'), charts: /^:root\s*\{/m },
  dark: {
    page: variable(globalCss, /:root\[data-theme='dark'\]\s*\{/, 'color-paper'),
    charts: /:root\[data-theme='dark'\]\s*\{/,
  },
};

describe('chart colours', () => {
  it.each(Object.entries(themes))('keep 3:1 against the page and the surface in the %s theme', (_, theme) => {
    for (const name of ['chart-subject', 'chart-benchmark']) {
      const colour = variable(chartsCss, theme.charts, name);
      expect(contrast(colour, theme.page), `${name} ${colour} on ${theme.page}`).toBeGreaterThanOrEqual(3);
      // The benchmark range is filled with a tint; its outline (the benchmark colour) must stand out from the fill.
      if (name === 'chart-benchmark') {
        expect(contrast(colour, variable(chartsCss, theme.charts, 'chart-benchmark-fill'))).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('use the same dark values for the media query and for data-theme="dark"', () => {
    for (const name of ['chart-subject', 'chart-benchmark', 'chart-benchmark-fill']) {
      expect(variable(chartsCss, /:root:not\(\[data-theme='light'\]\)\s*\{/, name)).toBe(
        variable(chartsCss, /:root\[data-theme='dark'\]\s*\{/, name),
      );
    }
  });

  it('print with the light palette the CSS defines', () => {
    expect(lightPalette.subject).toBe(variable(chartsCss, /^:root\s*\{/m, 'chart-subject'));
    expect(lightPalette.benchmark).toBe(variable(chartsCss, /^:root\s*\{/m, 'chart-benchmark'));
    expect(lightPalette.ink).toBe(variable(globalCss, /@theme\s*\{/, 'color-ink'));
  });
});
