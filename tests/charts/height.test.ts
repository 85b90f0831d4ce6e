import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_BARS, chartHeightRem } from '../../src/charts/builders';

const css = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');

describe('reserved chart heights in charts.css', () => {
  it('has one rule per bar count from 1 to MAX_BARS, each equal to chartHeightRem', () => {
    const rules = new Map(
      [...css.matchAll(/\.chart-box\[data-bars='(\d+)'\]\s*\{\s*--chart-height:\s*([\d.]+)rem;/g)].map((match) => [
        Number(match[1]),
        Number(match[2]),
      ]),
    );
    expect([...rules.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: MAX_BARS }, (_, index) => index + 1));
    for (const [bars, rem] of rules) expect(rem).toBe(chartHeightRem(bars));
  });
});
