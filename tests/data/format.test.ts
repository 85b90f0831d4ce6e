import { describe, expect, it } from 'vitest';
import { convertUnit, formatNumber, formatValue, parseUnit, quantityParts, valueParts } from '../../src/data/format';
import type { DatasetValue } from '../../src/schemas/dataset';

const value = (fields: Partial<DatasetValue>): DatasetValue => ({
  key: 'k',
  label: 'l',
  value: 1,
  unit: '个',
  quote: 'quote',
  series: 'subject',
  ...fields,
});

describe('formatNumber', () => {
  it('keeps the precision the article gives and does not group four digits', () => {
    expect(formatNumber(398.09)).toBe('398.09');
    expect(formatNumber(13.5)).toBe('13.5');
    expect(formatNumber(8752)).toBe('8752');
  });

  it('groups from five digits on and rounds to the decimals asked for', () => {
    expect(formatNumber(10000)).toBe('10,000');
    expect(formatNumber(2.14, 1)).toBe('2.1');
    expect(formatNumber(0.5, 2)).toBe('0.50');
  });
});

describe('parseUnit and convertUnit', () => {
  it('splits a scale word off the base unit', () => {
    expect(parseUnit('亿元')).toEqual({ factor: 1e8, scale: '亿', base: '元' });
    expect(parseUnit('万吨')).toEqual({ factor: 1e4, scale: '万', base: '吨' });
    expect(parseUnit('GW')).toEqual({ factor: 1, scale: '', base: 'GW' });
    expect(parseUnit('万')).toEqual({ factor: 1, scale: '', base: '万' });
  });

  it('converts between units of one base and refuses different bases', () => {
    expect(convertUnit(1750, '万元', '亿元')).toBeCloseTo(0.175, 10);
    expect(() => convertUnit(1, '家', '亿元')).toThrow(/different units/);
  });
});

describe('formatValue', () => {
  it('writes values as the article does, with unit and qualifier', () => {
    expect(formatValue(value({ value: 347, unit: '亿元', qualifier: '约' }))).toBe('约347亿元');
    expect(formatValue(value({ value: 16, unit: '%', qualifier: '超' }))).toBe('超16%');
    expect(formatValue(value({ value: 5, unit: '微米', qualifier: '及以下' }))).toBe('5微米及以下');
    expect(formatValue(value({ value: 8, unit: 'GW' }))).toBe('8GW');
  });

  it('writes a range with the scale word on both ends, as 500万至600万元', () => {
    expect(formatValue(value({ value: [500, 600], unit: '万元' }))).toBe('500万至600万元');
    expect(formatValue(value({ value: [3, 5], unit: '家' }))).toBe('3至5家');
  });

  it('shows N and numbers the article spells out (第二位) as written', () => {
    expect(formatValue(value({ value: 'N', unit: '个' }))).toBe('N个');
    expect(formatValue(value({ value: 2, unit: '位', written: '第二位' }))).toBe('第二位');
    expect(valueParts(value({ value: 3, unit: '个', written: '3+3+N' }))).toEqual({
      before: '',
      number: '3',
      unit: '个',
      after: '',
    });
  });
});

describe('quantityParts', () => {
  it('rounds computed figures to their decimals', () => {
    expect(quantityParts([14.586, 17.504], '倍', undefined, 1)).toEqual({
      before: '',
      number: '14.6至17.5',
      unit: '倍',
      after: '',
    });
  });
});

describe('parseUnit in the 繁體 edition', () => {
  it('reads 萬 and 億 as 万 and 亿 (the edition’s chart inputs are converted)', () => {
    expect(parseUnit('億元')).toEqual({ factor: 1e8, scale: '億', base: '元' });
    expect(parseUnit('萬元')).toEqual({ factor: 1e4, scale: '萬', base: '元' });
    expect(convertUnit(1750, '萬元', '億元')).toBeCloseTo(0.175);
  });
});
