/**
 * Figures computed from the article's figures (a ratio, a share, an implied
 * growth rate). They are never typed into a dataset; this module computes them
 * and every place that shows them labels them as calculated.
 */
import type { Dataset, DatasetValue, DerivedFigure } from '../schemas/dataset';
import { convertUnit, formatValue, joinParts, parseUnit, quantityParts } from './format';

/** A derived figure with its computed value: one number, or a range when an input is a range. */
interface ComputedFigure extends DerivedFigure {
  /** The result, rounded to `decimals`. A range input gives a range result. */
  value: number | [number, number];
  /** The inputs, for the "calculated from" line: `{ of, by }` values of the dataset. */
  inputs: { of: DatasetValue; by: DatasetValue };
}

type Interval = [number, number];

const asInterval = (value: number | [number, number]): Interval => (Array.isArray(value) ? value : [value, value]);

const round = (n: number, decimals: number) => Number(n.toFixed(decimals));

/** Computes one derived figure from the dataset's values (interval arithmetic for ranges). */
export function computeFigure(figure: DerivedFigure, values: readonly DatasetValue[]): ComputedFigure {
  const of = values.find((value) => value.key === figure.of);
  const by = values.find((value) => value.key === figure.by);
  if (!of || !by || of.value === 'N' || by.value === 'N') {
    throw new Error(`derived "${figure.key}": inputs "${figure.of}" and "${figure.by}" must be numeric values`);
  }
  const [ofLow, ofHigh] = asInterval(of.value);
  let [byLow, byHigh] = asInterval(by.value);
  // Same base unit (万元 and 亿元): compare like with like. Different units (亿元 per 家): keep as typed.
  if (figure.formula !== 'average' && parseUnit(of.unit).base === parseUnit(by.unit).base) {
    [byLow, byHigh] = [convertUnit(byLow, by.unit, of.unit), convertUnit(byHigh, by.unit, of.unit)];
  }
  let result: Interval;
  switch (figure.formula) {
    case 'ratio':
    case 'average':
      result = [ofLow / byHigh, ofHigh / byLow];
      break;
    case 'percent':
      result = [(ofLow / byHigh) * 100, (ofHigh / byLow) * 100];
      break;
    case 'cagr': {
      const years = figure.years!;
      result = [((ofLow / byHigh) ** (1 / years) - 1) * 100, ((ofHigh / byLow) ** (1 / years) - 1) * 100];
      break;
    }
  }
  const [low, high] = [round(result[0], figure.decimals), round(result[1], figure.decimals)];
  return { ...figure, value: low === high ? low : [low, high], inputs: { of, by } };
}

/** Every derived figure of a dataset, computed. */
export function computeDerived(dataset: Pick<Dataset, 'values' | 'derived'>): ComputedFigure[] {
  return dataset.derived.map((figure) => computeFigure(figure, dataset.values));
}

/** How a figure was computed, written with the article's figures: 742亿元 ÷ 约347亿元. */
export function formulaText(figure: ComputedFigure): string {
  const of = formatValue(figure.inputs.of);
  const by = formatValue(figure.inputs.by);
  switch (figure.formula) {
    case 'ratio':
    case 'average':
      return `${of} ÷ ${by}`;
    case 'percent':
      return `${of} ÷ ${by} × 100%`;
    case 'cagr':
      return `(${of} ÷ ${by})^(1/${figure.years}) − 1`;
  }
}

/** A computed figure formatted with its unit: 14.6至17.5倍, 2.14亿元. */
export function formatComputed(figure: ComputedFigure): string {
  return joinParts(quantityParts(figure.value, figure.unit, undefined, figure.decimals));
}
