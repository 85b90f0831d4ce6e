/** The localStorage key that remembers the reader's text size (absent means the standard size). */
export const textSizeStorageKey = 'text-size';

/** The text sizes a reader can choose (关怀模式): standard, large and extra large. */
export const textSizeChoices = ['standard', 'large', 'x-large'] as const;
type TextSizeChoice = (typeof textSizeChoices)[number];

/**
 * How much each size scales the page's root font size. Every length of the type scale, the spacing
 * and the chart boxes is in rem, so headings, captions, cards, tables, footnotes and charts all grow
 * together, and the breakpoints (in rem of the browser's default, which this does not change) stay
 * where they are. At `x-large` the body text is 17 × 1.3125 ≈ 22.3 px on a phone (18 × 1.3125 ≈ 23.6
 * px from 48rem up): at least 22 px and 1.25 × the standard size, as issue 22 asks.
 */
export const textSizeScale: Record<TextSizeChoice, number> = { standard: 1, large: 1.125, 'x-large': 1.3125 };
