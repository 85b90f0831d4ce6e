/**
 * The colours and type a chart is drawn with, read from CSS custom properties
 * (src/styles/palette.ts, written into the stylesheet) so charts follow the light and dark themes.
 */
import { palette } from '../styles/palette';

/** Colours and font of the current theme, as chart.js needs them. */
export interface ChartTheme {
  /** Marks for the article's subject (the district, the company). */
  subject: string;
  /** Marks for what it is compared with (an industry range). */
  benchmark: string;
  /** Fill of benchmark ranges: a light tint, the edge carries the contrast. */
  benchmarkFill: string;
  /** Labels and values. */
  ink: string;
  /** Axis ticks and secondary text. */
  muted: string;
  /** Grid lines. */
  grid: string;
  /** The CSS font-family stack. */
  font: string;
  /**
   * The size of labels, ticks and values in CSS px: 13 at the standard text size, more when the reader
   * chose a larger one (src/head/text-size.ts). Left out, 13 (the build-time images).
   */
  size?: number;
}

/** The custom property each theme colour is read from. */
export const themeProperties: Record<Exclude<keyof ChartTheme, 'font' | 'size'>, string> = {
  subject: '--chart-subject',
  benchmark: '--chart-benchmark',
  benchmarkFill: '--chart-benchmark-fill',
  ink: '--color-ink',
  muted: '--color-muted',
  grid: '--color-rule',
};

/** The chart colours of one theme of the site's palette (src/styles/palette.ts). */
function chartColours(theme: 'light' | 'dark') {
  const colours = palette[theme];
  return {
    subject: colours['chart-subject'],
    benchmark: colours['chart-benchmark'],
    benchmarkFill: colours['chart-benchmark-fill'],
    ink: colours.ink,
    muted: colours.muted,
    grid: colours.rule,
  };
}

/** The light palette, used when printing on white paper (and for the light build-time images). */
export const lightPalette = chartColours('light');

/** The dark palette, for the build-time images of the dark theme. */
export const darkPalette = chartColours('dark');

/** The page colour behind the charts, light and dark. */
export const paperColour = { light: palette.light.paper, dark: palette.dark.paper } as const;

/** The theme for print: the light palette with the page's font. */
export function printTheme(current: ChartTheme): ChartTheme {
  return { ...lightPalette, font: current.font };
}

/** The label size at the standard text size, in CSS px (the site's --text-label, 0.8125rem). */
export const CHART_LABEL_PX = 13;
