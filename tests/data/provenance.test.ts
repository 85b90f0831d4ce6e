import { describe, expect, it } from 'vitest';
import { checkProvenance, formatProblems, mdxBody, numberProblem, numbersIn } from '../../src/data/provenance';
import type { DatasetValue, IdentifiedDataset } from '../../src/schemas/dataset';
import { datasets, readSource } from '../support/datasets';

const chapter = 'chapters/r/01-x.mdx';
const text = `---
title: x
---

目前，全区签约工业项目59个，协议投资额398.09亿元，其中，10亿元以上项目9个。行业亩均产值500万至600万元，该企业为8752万元。企业产值同比增长超16%。
`;
const files: Record<string, string> = { [chapter]: text };
const read = (path: string) => files[path];

const value = (fields: Partial<DatasetValue>): DatasetValue => ({
  key: 'v',
  label: 'v',
  value: 59,
  unit: '个',
  quote: '全区签约工业项目59个',
  series: 'subject',
  ...fields,
});
const dataset = (values: DatasetValue[], fields: Partial<IdentifiedDataset> = {}): IdentifiedDataset => ({
  id: 'investment',
  title: 't',
  takeaway: 't',
  description: 'd',
  unit: '个',
  period: '目前',
  source: chapter,
  display: 'bar',
  notes: [],
  derived: [],
  values,
  ...fields,
});

describe('checkProvenance', () => {
  it('passes every dataset in content/data against the article', () => {
    expect(formatProblems(checkProvenance(datasets, readSource))).toBe('');
    expect(datasets.length).toBeGreaterThanOrEqual(15);
  });

  it('passes values whose quote and number match the text', () => {
    const values = [
      value({}),
      value({ key: 'amount', value: 398.09, unit: '亿元', quote: '协议投资额398.09亿元' }),
      value({ key: 'range', value: [500, 600], unit: '万元', quote: '行业亩均产值500万至600万元' }),
      value({ key: 'growth', value: 16, unit: '%', qualifier: '超', quote: '企业产值同比增长超16%' }),
    ];
    expect(checkProvenance([dataset(values)], read)).toEqual([]);
  });

  it('fails a quote that is not word for word in the chapter, naming file, dataset and value', () => {
    const problems = checkProvenance([dataset([value({ quote: '全区签约项目59个' })])], read);
    expect(formatProblems(problems)).toBe(
      `content/data/investment.json: dataset "investment": value "v": quote "全区签约项目59个" is not word for word in content/${chapter}`,
    );
  });

  it('fails a number that is not in its quote', () => {
    const [problem] = checkProvenance([dataset([value({ value: 58 })])], read);
    expect(problem).toMatchObject({ dataset: 'investment', value: 'v' });
    expect(problem?.message).toMatch(/58个 is not stated in its quote/);
  });

  it('fails a number given in another unit than the quote states (398.09 亿元 is not 398.09 万元)', () => {
    const [problem] = checkProvenance(
      [dataset([value({ value: 398.09, unit: '万元', quote: '协议投资额398.09亿元' })])],
      read,
    );
    expect(problem?.message).toMatch(/398.09万元 is not stated/);
  });

  it('fails a range typed as its midpoint, and a dropped qualifier', () => {
    const problems = checkProvenance(
      [
        dataset([
          value({ key: 'mid', value: 550, unit: '万元', quote: '行业亩均产值500万至600万元' }),
          value({ key: 'over', value: 16, unit: '%', qualifier: '约', quote: '企业产值同比增长超16%' }),
        ]),
      ],
      read,
    );
    expect(problems.map((problem) => problem.value)).toEqual(['mid', 'over']);
  });

  it('does not find 8 inside 18 or 9 inside 59', () => {
    const [problem] = checkProvenance([dataset([value({ value: 9, quote: '全区签约工业项目59个' })])], read);
    expect(problem?.value).toBe('v');
  });

  it('fails a period that is not the article’s words, and a source file that does not exist', () => {
    expect(checkProvenance([dataset([value({})], { period: '2024年' })], read)[0]?.message).toMatch(
      /period: "2024年" is not in/,
    );
    expect(checkProvenance([dataset([value({})], { source: 'chapters/r/09-none.mdx' })], read)[0]?.message).toMatch(
      /no file content\/chapters\/r\/09-none.mdx/,
    );
  });

  it('ignores the frontmatter: a quote must be in the text editors wrote', () => {
    expect(mdxBody(text)).not.toContain('title: x');
    expect(checkProvenance([dataset([value({ value: 'N', quote: 'title: x' })])], read)[0]?.message).toMatch(
      /not word for word/,
    );
  });
});

describe('numberProblem', () => {
  it('accepts a written form that states the number in Chinese numerals', () => {
    expect(numberProblem(value({ value: 2, unit: '位', written: '第二位', quote: '荣登榜单第二位' }))).toBeUndefined();
    expect(numberProblem(value({ value: 3, unit: '位', written: '第二位', quote: '荣登榜单第二位' }))).toMatch(
      /does not state 3/,
    );
  });

  it('accepts N only where the quote says N', () => {
    expect(numberProblem(value({ value: 'N', quote: '等N个百亿级新兴产业集群' }))).toBeUndefined();
    expect(numberProblem(value({ value: 'N', quote: '等3个百亿级新兴产业集群' }))).toBeDefined();
  });
});

describe('numbersIn', () => {
  it('reads Arabic and small Chinese numerals', () => {
    expect(numbersIn('第二位 前三甲 十强 二十三 66.34')).toEqual([66.34, 2, 3, 10, 23]);
  });
});
