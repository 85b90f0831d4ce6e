import { describe, expect, it } from 'vitest';
import { qrDrawing, qrQuietZone } from '../../src/head/qr-code';

/** The dark modules a drawing's path strokes, as "x,y" of each module. */
function darkModules(path: string): Set<string> {
  const modules = new Set<string>();
  let [x, y] = [0, 0];
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else if (command === 'm') x += Number(a);
    else {
      for (let step = 0; step < Number(a); step++) modules.add(`${x + step},${y}`);
      x += Number(a);
    }
  }
  return modules;
}

describe('qrDrawing', () => {
  const address = 'https://example.org/sub/cong-xin-chu-fa/reporters-note/';
  const { size, path } = qrDrawing(address);

  it('draws a page address as a small code: version 4 or less (33 modules) and the quiet zone', () => {
    expect(size - 2 * qrQuietZone).toBeLessThanOrEqual(33);
    expect((size - 2 * qrQuietZone - 17) % 4).toBe(0);
  });

  it('writes the dark modules as one path of moves and horizontal strokes only', () => {
    expect(path).toMatch(/^(?:[Mm]-?[\d.]+(?: -?[\d.]+)?h\d+)+$/);
    expect(path.length).toBeLessThan(2000);
  });

  it('leaves the quiet zone light: no module within 4 modules of the edge', () => {
    expect(qrQuietZone).toBe(4);
    for (const module of darkModules(path)) {
      const [x, y] = module.split(',').map(Number) as [number, number];
      for (const coordinate of [x, y]) {
        expect(coordinate).toBeGreaterThanOrEqual(qrQuietZone);
        expect(coordinate).toBeLessThan(size - qrQuietZone);
      }
    }
  });

  it('puts a finder pattern in three corners: a 7-module ring around a 3-module square', () => {
    const dark = darkModules(path);
    const side = size - 2 * qrQuietZone;
    const finderAt = (left: number, top: number) => {
      for (let dy = 0; dy < 7; dy++) {
        for (let dx = 0; dx < 7; dx++) {
          const ring = dx === 0 || dy === 0 || dx === 6 || dy === 6;
          const centre = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
          if (dark.has(`${left + dx},${top + dy}`) !== (ring || centre)) return false;
        }
      }
      return true;
    };
    const [near, far] = [qrQuietZone, qrQuietZone + side - 7];
    expect([finderAt(near, near), finderAt(far, near), finderAt(near, far), finderAt(far, far)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('gives the same drawing for the same address and another for another', () => {
    expect(qrDrawing(address)).toEqual({ size, path });
    expect(qrDrawing('https://example.org/cong-xin-chu-fa/full/').path).not.toBe(path);
  });
});
