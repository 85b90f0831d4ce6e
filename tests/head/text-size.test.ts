import { describe, expect, it } from 'vitest';
import { textSizeChoices, textSizeScale } from '../../src/head/text-size';
import { textSizeRules } from '../../src/styles/text-size-plugin';

describe('textSizeScale', () => {
  it('makes the largest size’s body text at least 22 px on a phone and at least 1.25 × standard (issue 22)', () => {
    // Body text is 1.0625rem on a phone and 1.125rem from 48rem up (src/styles/global.css), rem being 16 px.
    expect(17 * textSizeScale['x-large']).toBeGreaterThanOrEqual(22);
    expect(textSizeScale['x-large']).toBeGreaterThanOrEqual(1.25);
    expect(textSizeScale.standard).toBe(1);
  });
  it('grows with each choice, in order', () => {
    const scales = textSizeChoices.map((choice) => textSizeScale[choice]);
    expect(scales).toEqual([...scales].sort((a, b) => a - b));
    expect(new Set(scales).size).toBe(scales.length);
  });
});

describe('textSizeRules', () => {
  it('sets the root font size of each larger choice, on screen only', () => {
    expect(textSizeRules).toEqual({
      '@media screen': {
        ":root[data-text-size='large']": { 'font-size': '112.5%' },
        ":root[data-text-size='x-large']": { 'font-size': '131.25%' },
      },
    });
  });
});
