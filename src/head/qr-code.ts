/**
 * The QR code of a page's address, drawn at build time as SVG (no script in the reader's browser, no
 * outside service): a newspaper prints one beside a story so a reader can go from paper to the page with
 * its interactive charts, and a news site shows one so a desktop reader can carry the page to a phone or
 * into WeChat. The encoding is the `qrcode` package's; this module only draws its modules compactly.
 */
import QRCode from 'qrcode';

/** Light modules around the code, in modules: the quiet zone ISO/IEC 18004 asks for (4). */
export const qrQuietZone = 4;

/** A QR code ready to draw: the side of its square (code and quiet zone) and one path of its dark modules. */
interface QrDrawing {
  /** Side of the square in modules, the quiet zone on both sides included (the SVG viewBox). */
  size: number;
  /**
   * The dark modules as one SVG path to be stroked 1 module wide: each run of dark modules in a row is a
   * horizontal line through the middle of the row. One path of a few hundred bytes, not a rect per module.
   */
  path: string;
}

/**
 * The QR code of `text` (an absolute URL) at error-correction level M (15 % of the code may be lost: a
 * crease or a smudge on paper), which keeps a page address at version 3 or 4 (29 or 33 modules a side).
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = modules.size;
  let path = '';
  for (let row = 0; row < side; row++) {
    // Columns where the previous run ended (the pen's position), or undefined at the start of a row.
    let pen: number | undefined;
    let col = 0;
    while (col < side) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < side && modules.get(row, col)) col++;
      path += pen === undefined ? `M${start + qrQuietZone} ${row + qrQuietZone + 0.5}` : `m${start - pen} 0`;
      path += `h${col - start}`;
      pen = col;
    }
  }
  return { size: side + 2 * qrQuietZone, path };
}
