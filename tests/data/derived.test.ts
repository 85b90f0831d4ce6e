import { describe, expect, it } from 'vitest';
import { computeDerived, computeFigure, formatComputed, formulaText } from '../../src/data/derived';
import type { DatasetValue, DerivedFigure } from '../../src/schemas/dataset';

const v = (key: string, value: DatasetValue['value'], unit: string, qualifier?: DatasetValue['qualifier']) =>
  ({
    key,
    label: key,
    value,
    unit,
    quote: 'q',
    series: 'subject',
    ...(qualifier ? { qualifier } : {}),
  }) as DatasetValue;
const f = (fields: Partial<DerivedFigure>): DerivedFigure => ({
  key: 'x',
  label: 'x',
  formula: 'ratio',
  of: 'a',
  by: 'b',
  unit: '倍',
  decimals: 1,
  ...fields,
});

describe('computeFigure', () => {
  it('divides one value by another, converting 万元 to 亿元 first', () => {
    const figure = computeFigure(f({}), [v('a', 5.5, '亿元'), v('b', 1750, '万元')]);
    expect(figure.value).toBe(31.4);
  });

  it('gives a range when an input is a range (8752 against 500–600 is 14.6 to 17.5 times)', () => {
    const figure = computeFigure(f({}), [v('a', 8752, '万元'), v('b', [500, 600], '万元')]);
    expect(figure.value).toEqual([14.6, 17.5]);
    expect(formatComputed(figure)).toBe('14.6至17.5倍');
  });

  it('computes an implied compound annual growth rate over the years given', () => {
    const figure = computeFigure(f({ formula: 'cagr', years: 10, unit: '%' }), [
      v('a', 5.5, '亿元'),
      v('b', 1750, '万元'),
    ]);
    expect(figure.value).toBe(41.2);
    expect(formulaText(figure)).toBe('(5.5亿元 ÷ 1750万元)^(1/10) − 1');
  });

  it('computes a share in percent and an average per unit without converting across units', () => {
    expect(
      computeFigure(f({ formula: 'percent', unit: '%', decimals: 0 }), [v('a', 250, '公斤'), v('b', 600, '公斤')])
        .value,
    ).toBe(42);
    const average = computeFigure(f({ formula: 'average', unit: '亿元', decimals: 2 }), [
      v('a', 66.34, '亿元'),
      v('b', 31, '家'),
    ]);
    expect(average.value).toBe(2.14);
  });

  it('refuses N as an input', () => {
    expect(() => computeFigure(f({}), [v('a', 'N', '个'), v('b', 3, '个')])).toThrow(/numeric/);
  });
});

describe('computeDerived', () => {
  it('computes every derived figure of a dataset, and none when there are none', () => {
    expect(computeDerived({ values: [v('a', 1, '个'), v('b', 2, '个')], derived: [f({})] })).toHaveLength(1);
    expect(computeDerived({ values: [v('a', 1, '个')], derived: [] })).toEqual([]);
  });
});
