/**
 * Reads what the share card needs from a TrueType/OpenType font file: which characters it has a
 * glyph for (the `cmap` table) and how wide each one is (`hmtx`, in units of `head.unitsPerEm`).
 * Enough to fit a title to the card exactly and to refuse a character the font cannot draw.
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** The glyph index of a code point, or 0 (.notdef: the font cannot draw it). */
  glyphOf(codePoint: number): number;
  /** Advance width of a code point in em (0 when the font has no glyph for it). */
  advance(codePoint: number): number;
}

function tables(font: Buffer): Map<string, { offset: number; length: number }> {
  const count = font.readUInt16BE(4);
  const found = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    found.set(font.toString('latin1', record, record + 4), {
      offset: font.readUInt32BE(record + 8),
      length: font.readUInt32BE(record + 12),
    });
  }
  return found;
}

/** A cmap lookup from the best Unicode subtable: format 12 (all planes) if there is one, else format 4 (BMP). */
function cmapLookup(font: Buffer, cmapOffset: number): (codePoint: number) => number {
  const count = font.readUInt16BE(cmapOffset + 2);
  const subtables: Array<{ platform: number; encoding: number; offset: number; format: number }> = [];
  for (let i = 0; i < count; i++) {
    const record = cmapOffset + 4 + i * 8;
    const offset = cmapOffset + font.readUInt32BE(record + 4);
    subtables.push({
      platform: font.readUInt16BE(record),
      encoding: font.readUInt16BE(record + 2),
      offset,
      format: font.readUInt16BE(offset),
    });
  }
  const unicode = (s: (typeof subtables)[number]) =>
    s.platform === 0 || (s.platform === 3 && [1, 10].includes(s.encoding));
  const format12 = subtables.find((s) => unicode(s) && s.format === 12);
  if (format12) {
    const groups = font.readUInt32BE(format12.offset + 12);
    return (codePoint) => {
      let low = 0;
      let high = groups - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const group = format12.offset + 16 + mid * 12;
        const start = font.readUInt32BE(group);
        const end = font.readUInt32BE(group + 4);
        if (codePoint < start) high = mid - 1;
        else if (codePoint > end) low = mid + 1;
        else return font.readUInt32BE(group + 8) + (codePoint - start);
      }
      return 0;
    };
  }
  const format4 = subtables.find((s) => unicode(s) && s.format === 4);
  if (!format4) throw new Error('font has no Unicode cmap (format 4 or 12)');
  const base = format4.offset;
  const segCount = font.readUInt16BE(base + 6) / 2;
  const ends = base + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segCount; i++) {
      if (codePoint > font.readUInt16BE(ends + i * 2)) continue;
      const start = font.readUInt16BE(starts + i * 2);
      if (codePoint < start) return 0;
      const delta = font.readInt16BE(deltas + i * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Reads the metrics of a font file (one face, not a collection). */
export function readFontMetrics(font: Buffer): FontMetrics {
  const found = tables(font);
  const need = (tag: string) => {
    const table = found.get(tag);
    if (!table) throw new Error(`font has no ${tag} table`);
    return table.offset;
  };
  const unitsPerEm = font.readUInt16BE(need('head') + 18);
  const metricsCount = font.readUInt16BE(need('hhea') + 34);
  const hmtx = need('hmtx');
  const glyphOf = cmapLookup(font, need('cmap'));
  return {
    unitsPerEm,
    glyphOf,
    advance(codePoint) {
      const glyph = glyphOf(codePoint);
      if (!glyph) return 0;
      // Glyphs past the last metric share its advance (monospaced tails).
      return font.readUInt16BE(hmtx + Math.min(glyph, metricsCount - 1) * 4) / unitsPerEm;
    },
  };
}
