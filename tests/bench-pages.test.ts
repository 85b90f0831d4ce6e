import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLOOR_FILE, benchSettings, calibratedSlowdown, floorRatio } from '../scripts/lib/bench-pages.mjs';

describe('bench: the ratio to the floor page', () => {
  it("divides a page's LCP by the floor's, to two decimals", () => {
    expect(floorRatio(900, 700)).toBe(1.29);
    expect(floorRatio(910, 700)).toBe(1.3);
    expect(floorRatio(700, 700)).toBe(1);
  });

  it('gives no ratio without a floor to divide by', () => {
    expect(floorRatio(900, 0)).toBeUndefined();
    expect(floorRatio(900, undefined)).toBeUndefined();
    expect(floorRatio(undefined, 700)).toBeUndefined();
  });

  it('the floor page lives in bench/, a headline and one paragraph of the article, no stylesheet or script', () => {
    expect(existsSync(FLOOR_FILE)).toBe(true);
    const html = readFileSync(FLOOR_FILE, 'utf8');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(script|style|link)\b/);
    // The paragraph is the article's own (the report's lede opens with it).
    const paragraph = /<p>([^<]+)<\/p>/.exec(html)![1]!;
    expect(readFileSync('content/reports/cong-xin-chu-fa/report.mdx', 'utf8')).toContain(paragraph);
  });
});

describe('bench: what Lighthouse measures', () => {
  it('by default: one every-category run at 4× and RUNS calibrated runs, both through nginx', () => {
    expect(benchSettings(3)).toEqual([
      { server: 'nginx', cpu: '4x', runs: 1, everyCategory: true },
      { server: 'nginx', cpu: 'calibrated', runs: 3, everyCategory: false },
    ]);
  });

  it('BENCH_EXTRA adds the plain server and the 1× CPU, performance only', () => {
    expect(benchSettings(2, '1x').map(({ server, cpu }) => `${server} ${cpu}`)).toEqual([
      'nginx 4x',
      'nginx calibrated',
      'nginx 1x',
    ]);
    expect(benchSettings(2, 'plain, 1x').slice(2)).toEqual([
      { server: 'nginx', cpu: '1x', runs: 2, everyCategory: false },
      { server: 'plain', cpu: '4x', runs: 2, everyCategory: false },
      { server: 'plain', cpu: '1x', runs: 2, everyCategory: false },
    ]);
    expect(benchSettings(2, 'plain').slice(2)).toEqual([{ server: 'plain', cpu: '4x', runs: 2, everyCategory: false }]);
  });

  it('refuses an unknown word in BENCH_EXTRA, in Chinese too', () => {
    expect(() => benchSettings(3, 'plian')).toThrow(/BENCH_EXTRA 中的 plian 不是可选的测量/);
  });

  it('calibrates the slowdown to the reference machine', () => {
    expect(calibratedSlowdown(2414)).toBe(4);
    expect(calibratedSlowdown(4828)).toBe(8);
  });
});
