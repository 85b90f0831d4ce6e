/**
 * The palette (src/styles/palette.ts) keeps chart marks at 3:1 contrast against every background
 * a chart sits on, the page and the surface, in both themes (WCAG 1.4.11), and the stylesheet
 * plugin writes exactly those values for each theme.
 */
import { describe, expect, it } from 'vitest';
import { palette, type Palette } from '../../src/styles/palette';
import { paletteProperty, paletteRules } from '../../src/styles/palette-plugin';
import { lightPalette } from '../../src/charts/theme';

/** WCAG relative luminance of a #rrggbb colour. */
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

describe('contrast', () => {
  it('is 1 for a colour on itself and 21 for black on white', () => {
    expect(contrast('#777777', '#777777')).toBe(1);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe.each(Object.entries(palette))('the %s palette', (_, colours) => {
  it.each(['paper', 'surface'] as const)('keeps chart marks at 3:1 against the %s', (background) => {
    for (const mark of ['chart-subject', 'chart-benchmark'] as const) {
      expect(contrast(colours[mark], colours[background]), `${mark} on ${background}`).toBeGreaterThanOrEqual(3);
    }
  });
  it('outlines the benchmark range at 3:1 against its own fill', () => {
    expect(contrast(colours['chart-benchmark'], colours['chart-benchmark-fill'])).toBeGreaterThanOrEqual(3);
  });
  it.each(['paper', 'surface'] as const)('sets text at 4.5:1 on the %s (WCAG AA)', (background) => {
    for (const text of ['ink', 'muted', 'accent'] as const) {
      expect(contrast(colours[text], colours[background]), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the stylesheet plugin', () => {
  const expected = (colours: Palette) =>
    Object.fromEntries(Object.entries(colours).map(([name, value]) => [paletteProperty(name as keyof Palette), value]));

  it('writes the light palette on :root', () => {
    expect(paletteRules[':root']).toEqual(expected(palette.light));
  });
  it('writes the dark palette for a dark system (unless the reader chose light) and for a chosen dark theme', () => {
    expect(paletteRules['@media (prefers-color-scheme: dark)'][":root:not([data-theme='light'])"]).toEqual(
      expected(palette.dark),
    );
    expect(paletteRules[":root[data-theme='dark']"]).toEqual(expected(palette.dark));
  });
});

describe('the print palette of charts', () => {
  it('is the light palette', () => {
    expect(lightPalette).toEqual({
      subject: palette.light['chart-subject'],
      benchmark: palette.light['chart-benchmark'],
      benchmarkFill: palette.light['chart-benchmark-fill'],
      ink: palette.light.ink,
      muted: palette.light.muted,
      grid: palette.light.rule,
    });
  });
});
