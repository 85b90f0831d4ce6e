import { constants as zlibConstants, crc32, createDeflate } from 'node:zlib';

/** Reads a PNG's width and height from its IHDR chunk (bytes 16–23), checking the signature first. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) throw new Error('not a PNG file');
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** One PNG chunk: length, type, data, CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * A valid PNG of `width` × `height` black pixels (8-bit greyscale) that is small on disk because every row is the
 * same: a "decompression bomb". 30000 × 30000 (the issue's, 900 million pixels) is 875 KB (854 KiB), written in about a second
 * (zlib's run-length strategy; level 9 makes the same bytes in five).
 */
export async function decompressionBombPng(width = 30000, height = 30000): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  // Each row: filter type 0 and `width` zero bytes; rows written a thousand at a time.
  const rows = Math.min(height, 1000);
  const block = Buffer.alloc((width + 1) * rows);
  const deflate = createDeflate({ level: 1, strategy: zlibConstants.Z_RLE });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  for (let written = 0; written < height; written += rows)
    deflate.write(written + rows <= height ? block : block.subarray(0, (width + 1) * (height - written)));
  deflate.end();
  await done;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.concat(parts)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
