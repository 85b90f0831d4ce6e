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
}

/** The custom property each theme colour is read from. */
export const themeProperties: Record<Exclude<keyof ChartTheme, 'font'>, string> = {
  subject: '--chart-subject',
  benchmark: '--chart-benchmark',
  benchmarkFill: '--chart-benchmark-fill',
  ink: '--color-ink',
  muted: '--color-muted',
  grid: '--color-rule',
};

/** The light palette, used when printing on white paper. */
export const lightPalette = {
  subject: palette.light['chart-subject'],
  benchmark: palette.light['chart-benchmark'],
  benchmarkFill: palette.light['chart-benchmark-fill'],
  ink: palette.light.ink,
  muted: palette.light.muted,
  grid: palette.light.rule,
};

/** The dark palette (src/styles/charts.css, global.css), for the build-time images of the dark theme. */
export const darkPalette = {
  subject: '#56b4e9',
  benchmark: '#e69f00',
  benchmarkFill: '#3d2c12',
  ink: '#ebe7e0',
  muted: '#a8a39a',
  grid: '#3a3733',
} as const;

/** The page colour behind the charts (--color-paper), light and dark. */
export const paperColour = { light: '#fbfaf7', dark: '#141312' } as const;

/** The theme for print: the light palette with the page's font. */
export function printTheme(current: ChartTheme): ChartTheme {
  return { ...lightPalette, font: current.font };
}
