declare module 'subset-font' {
  /** Options of subset-font: the format of the subset it returns. */
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    preserveNameIds?: number[];
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  /** Subsets a TTF/OTF/WOFF/WOFF2 font to the glyphs of `text` with harfbuzz's hb-subset. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
