/**
 * Reads QR codes as a phone would, with Debian's zbar (`zbarimg`, package zbar-tools): from a PNG (a
 * screenshot, an SVG drawn by sharp) or from a printed PDF's first page (poppler's pdftoppm at 150 dpi, greyscale),
 * where the code is also measured on the page: its width and its light margin (quiet zone), in
 * millimetres and in modules.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Runs `fn` with a fresh temporary folder, removed afterwards. */
function inTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'xinzhi-qr-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every QR code zbarimg finds in the image file, as text (none: an empty list). */
function decodeFile(file: string): string[] {
  const result = spawnSync('zbarimg', ['--quiet', '--raw', '--nodbus', '-Sdisable', '-Sqrcode.enable', file], {
    encoding: 'utf8',
  });
  if (result.error) throw new Error(`zbarimg could not run (apt-get install zbar-tools): ${result.error.message}`);
  // Exit status 4: the image holds no code it can read.
  if (result.status === 4) return [];
  if (result.status !== 0) throw new Error(`zbarimg failed (${result.status}): ${result.stderr}`);
  return result.stdout.split('\n').filter(Boolean);
}

/** The texts of the QR codes in an image (PNG, PGM…). */
export const decodeQr = (image: Buffer): string[] =>
  inTempDir((dir) => {
    const file = path.join(dir, 'image.png');
    writeFileSync(file, image);
    return decodeFile(file);
  });

/** A code as printed on the first page of a PDF. */
export interface PrintedQr {
  /** What zbarimg reads on the page. */
  texts: string[];
  /** Width of the code's dark modules, edge to edge, in millimetres on paper. */
  widthMm: number;
  /** Side of one module, in millimetres. */
  moduleMm: number;
  /** The light margin all round the code, in modules (counted up to 8). */
  quietZoneModules: number;
}

const dpi = 150;
const px = (mm: number) => Math.round((mm / 25.4) * dpi);

/** A binary greyscale PGM (pdftoppm -gray) as width, height and one byte a pixel. */
function readPgm(pgm: Buffer) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40));
  if (!header) throw new Error('not a binary greyscale PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  return { width, height, at: (x: number, y: number) => pixels[y * width + x]! };
}

/**
 * Finds and measures the QR code printed on page 1 of `pdf`, above the line `caption` (its first words
 * are enough). The code is looked for in the box above that line as wide as the 30 mm the print
 * stylesheet gives it, with room to spare: its dark modules' bounding box is the code, the first dark run
 * of its top row (the finder pattern's edge) is 7 modules, and the margin is counted outwards.
 */
export function printedQr(pdf: Buffer, caption: string): PrintedQr {
  return inTempDir((dir) => {
    const file = path.join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    const words = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-'], { encoding: 'utf8' });
    const first = [...words.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</g)].find(
      (word) => word[4]!.startsWith(caption.slice(0, 4)),
    );
    if (!first) throw new Error(`page 1 has no line starting "${caption.slice(0, 4)}" under a code`);
    // pdftotext's boxes are in points (1/72 in); the caption is centred under the code.
    const pt = (value: string) => (Number(value) / 72) * dpi;
    const centre = (pt(first[1]!) + pt(first[3]!)) / 2;
    const captionTop = pt(first[2]!);

    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', String(dpi), '-gray', file, path.join(dir, 'page')]);
    const texts = decodeFile(path.join(dir, 'page-1.pgm'));
    const image = readPgm(readFileSync(path.join(dir, 'page-1.pgm')));

    const box = {
      left: Math.round(centre - px(18)),
      right: Math.round(centre + px(18)),
      top: Math.round(captionTop - px(33)),
      bottom: Math.round(captionTop - 2),
    };
    const dark = (x: number, y: number) => image.at(x, y) < 128;
    let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let y = box.top; y < box.bottom; y++) {
      for (let x = box.left; x < box.right; x++) {
        if (!dark(x, y)) continue;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
    if (left === Infinity) throw new Error('no dark module above the caption');
    let finder = 0;
    while (dark(left + finder, top)) finder++;
    const module = finder / 7;
    // Light all round: rings of pixels outwards from the code's edges (from half a module out, clear of
    // the edge's anti-aliasing), up to 8 modules; the first ring with ink ends the quiet zone.
    const lightRing = (d: number) => {
      for (let x = left - d; x <= right + d; x++) if (dark(x, top - d) || dark(x, bottom + d)) return false;
      for (let y = top - d; y <= bottom + d; y++) if (dark(left - d, y) || dark(right + d, y)) return false;
      return true;
    };
    let d = Math.ceil(module / 2);
    while (d <= 8 * module && lightRing(d)) d++;
    const quietZoneModules = Math.floor((d - 1) / module);
    const mm = (pixels: number) => (pixels / dpi) * 25.4;
    return { texts, widthMm: mm(right - left + 1), moduleMm: mm(module), quietZoneModules };
  });
}
