import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/schemas/dataset';

const valid = {
  title: 't',
  takeaway: 't',
  description: 'd',
  unit: '个',
  period: '目前',
  source: 'chapters/01-x.mdx',
  display: 'bar',
  values: [{ key: 'a', label: 'a', value: 59, unit: '个', quote: '签约工业项目59个' }],
};

describe('datasetSchema', () => {
  it('accepts a dataset and fills defaults', () => {
    const parsed = datasetSchema.parse(valid);
    expect(parsed.notes).toEqual([]);
    expect(parsed.values[0]?.series).toBe('subject');
  });

  it('keeps ranges as [low, high] and rejects a reversed range', () => {
    expect(datasetSchema.safeParse({ ...valid, values: [{ ...valid.values[0], value: [500, 600] }] }).success).toBe(
      true,
    );
    const reversed = datasetSchema.safeParse({ ...valid, values: [{ ...valid.values[0], value: [600, 500] }] });
    expect(reversed.error?.issues[0]?.path).toEqual(['values', 0, 'value']);
  });

  it('rejects a value without its quote, naming the field', () => {
    const { quote: _, ...value } = valid.values[0]!;
    expect(datasetSchema.safeParse({ ...valid, values: [value] }).error?.issues[0]?.path).toEqual([
      'values',
      0,
      'quote',
    ]);
  });

  it('rejects a duplicate key and a derived figure with an unknown input', () => {
    const twice = datasetSchema.safeParse({ ...valid, values: [valid.values[0], valid.values[0]] });
    expect(twice.error?.issues[0]?.message).toMatch(/用了两次/);
    const derived = datasetSchema.safeParse({
      ...valid,
      derived: [{ key: 'r', label: 'r', formula: 'ratio', of: 'a', by: 'zzz', unit: '倍' }],
    });
    expect(derived.error?.issues[0]?.path).toEqual(['derived', 0, 'by']);
  });

  it('rejects N in a chart, and a typed-in derived number (no "value" on derived figures)', () => {
    const n = datasetSchema.safeParse({ ...valid, values: [{ ...valid.values[0], value: 'N' }] });
    expect(n.error?.issues[0]?.path).toEqual(['display']);
    const typed = datasetSchema.safeParse({
      ...valid,
      derived: [{ key: 'r', label: 'r', formula: 'ratio', of: 'a', by: 'a', unit: '倍', value: 1 }],
    });
    expect(typed.success).toBe(false);
  });
});
