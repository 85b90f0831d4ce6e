/**
 * The site's colours, light and dark: the one place they are written. The stylesheet gets them as
 * custom properties from palette-plugin.ts; the share cards, the theme-color meta tags and the
 * charts' print palette import them from here.
 *
 * Newsprint and ink with one restrained red accent. Chart colours are Okabe–Ito blue and orange
 * (told apart with every common colour-vision deficiency), darkened for the light paper and
 * lightened for the dark, so marks keep at least 3:1 contrast against the page and the surface in
 * both themes (tests/charts/palette.test.ts).
 */
export interface Palette {
  /** The page. */
  paper: string;
  /** Raised boxes: tables, cards, notes. */
  surface: string;
  /** Text. */
  ink: string;
  /** Secondary text. */
  muted: string;
  /** Rules and grid lines. */
  rule: string;
  /** The accent: links, kicker, the chapter marks. */
  accent: string;
  /** A tint of the accent for highlighted backgrounds. */
  'accent-soft': string;
  /** Chart marks for the article's subject (the district, the company). */
  'chart-subject': string;
  /** Chart marks for what it is compared with (an industry range). */
  'chart-benchmark': string;
  /** Fill of benchmark ranges: a tint; the edge carries the contrast. */
  'chart-benchmark-fill': string;
}

export const palette: { light: Palette; dark: Palette } = {
  light: {
    paper: '#fbfaf7',
    surface: '#f2efe8',
    ink: '#1a1a1a',
    muted: '#5c5852',
    rule: '#d9d4ca',
    accent: '#a51d24',
    'accent-soft': '#f6e7e5',
    'chart-subject': '#0068a3',
    'chart-benchmark': '#a65300',
    'chart-benchmark-fill': '#f3e3d3',
  },
  dark: {
    paper: '#141312',
    surface: '#1f1d1b',
    ink: '#ebe7e0',
    muted: '#a8a39a',
    rule: '#3a3733',
    accent: '#f08a80',
    'accent-soft': '#33201e',
    'chart-subject': '#56b4e9',
    'chart-benchmark': '#e69f00',
    'chart-benchmark-fill': '#3d2c12',
  },
};
