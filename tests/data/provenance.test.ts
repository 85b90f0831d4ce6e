import { describe, expect, it } from 'vitest';
import { checkProvenance, formatProblems, mdxBody, numberProblem, numbersIn } from '../../src/data/provenance';
import type { DatasetValue, IdentifiedDataset } from '../../src/schemas/dataset';
import { datasets, readSource, reportFolder } from '../support/datasets';

/** The folder of the made-up report these cases belong to. */
const folder = 'content/reports/r';

const chapter = 'chapters/01-x.mdx';
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
  it('passes every dataset of the report against the article', () => {
    expect(formatProblems(checkProvenance(datasets, readSource, reportFolder))).toBe('');
    expect(datasets.length).toBeGreaterThanOrEqual(15);
  });

  it('passes values whose quote and number match the text', () => {
    const values = [
      value({}),
      value({ key: 'amount', value: 398.09, unit: '亿元', quote: '协议投资额398.09亿元' }),
      value({ key: 'range', value: [500, 600], unit: '万元', quote: '行业亩均产值500万至600万元' }),
      value({ key: 'growth', value: 16, unit: '%', qualifier: '超', quote: '企业产值同比增长超16%' }),
    ];
    expect(checkProvenance([dataset(values)], read, folder)).toEqual([]);
  });

  it('fails a quote that is not word for word in the chapter, naming file, dataset and value', () => {
    const problems = checkProvenance([dataset([value({ quote: '全区签约项目59个' })])], read, folder);
    expect(formatProblems(problems)).toBe(
      [
        '✗ content/reports/r/data/investment.json',
        `  问题：数据集 investment 的 v：引文“全区签约项目59个”在 ${folder}/${chapter} 的正文里找不到；从第 5 个字起对不上：引文是“项”，正文是“工”（正文：“…目前，全区签约工业项目59…”）`,
        '  怎么改：引文（quote）要从正文的一个段落里一字不差地复制过来（不能跨段，也不能出自标题、表格或图片说明）。全角/半角数字、千位逗号（1,750）、全角/半角标点可以不同，其余必须一样。',
        `  (quote "全区签约项目59个" is not word for word in a paragraph of ${folder}/${chapter})`,
      ].join('\n'),
    );
  });

  it('fails a number that is not in its quote', () => {
    const [problem] = checkProvenance([dataset([value({ value: 58 })])], read, folder);
    expect(problem).toMatchObject({ dataset: 'investment', value: 'v' });
    expect(problem?.message).toBe('数据集 investment 的 v：58个 不在引文“全区签约工业项目59个”里');
  });

  it('fails a number given in another unit than the quote states (398.09 亿元 is not 398.09 万元)', () => {
    const [problem] = checkProvenance(
      [dataset([value({ value: 398.09, unit: '万元', quote: '协议投资额398.09亿元' })])],
      read,
      folder,
    );
    expect(problem?.message).toMatch(/398\.09万元 不在引文/);
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
      folder,
    );
    expect(problems.map((problem) => problem.value)).toEqual(['mid', 'over']);
  });

  it('does not find 8 inside 18 or 9 inside 59', () => {
    const [problem] = checkProvenance([dataset([value({ value: 9, quote: '全区签约工业项目59个' })])], read, folder);
    expect(problem?.value).toBe('v');
  });

  it('fails a period that is not the article’s words, and a source file that does not exist', () => {
    expect(checkProvenance([dataset([value({})], { period: '2024年' })], read, folder)[0]?.message).toMatch(
      /period（时间）“2024年”不在 content\/reports\/r\/chapters\/01-x\.mdx 的正文里/,
    );
    expect(
      checkProvenance([dataset([value({})], { source: 'chapters/09-none.mdx' })], read, folder)[0]?.message,
    ).toMatch(/source 写的文件 content\/reports\/r\/chapters\/09-none\.mdx 不存在/);
  });

  it('ignores the frontmatter: a quote must be in the text editors wrote', () => {
    expect(mdxBody(text)).not.toContain('title: x');
    expect(checkProvenance([dataset([value({ value: 'N', quote: 'title: x' })])], read, folder)[0]?.message).toMatch(
      /正文里找不到/,
    );
  });

  it('names the line of the value in the dataset file when given the file', () => {
    const json = '{\n  "values": [\n    { "key": "a" },\n    { "key": "v",\n      "value": 58 }\n  ]\n}';
    const values = [value({ key: 'a' }), value({ value: 58 })];
    const [problem] = checkProvenance([dataset(values)], read, folder, () => json);
    expect(problem).toMatchObject({ file: 'content/reports/r/data/investment.json', line: 5, value: 'v' });
  });
});

describe('checkProvenance: the numbers of a dataset’s own words', () => {
  const signed = value({});
  const withWords = (fields: Partial<IdentifiedDataset>) => checkProvenance([dataset([signed], fields)], read, folder);

  it('passes a title, takeaway, description and label that repeat the quotes, the period and derived figures', () => {
    const values = [
      value({}),
      value({ key: 'over', label: '其中10亿元以上项目', value: 9, quote: '其中，10亿元以上项目9个' }),
    ];
    const words = {
      title: '签约与投产：59个项目',
      takeaway: '目前签约工业项目59个，其中10亿元以上项目9个，占15.3%。',
      description: '条形图：签约项目59个，协议投资额398.09亿元。',
      derived: [
        { key: 'share', label: '占比', formula: 'percent' as const, of: 'over', by: 'v', unit: '%', decimals: 1 },
      ],
    };
    expect(checkProvenance([dataset(values, words)], read, folder)).toEqual([]);
  });

  it('fails a number in the title, takeaway, description or notes that its quotes do not state, naming field and line', () => {
    const json = '{\n  "title": "t",\n  "takeaway": "签约工业项目69个",\n  "description": "d"\n}';
    const problems = checkProvenance([dataset([signed], { takeaway: '签约工业项目69个' })], read, folder, () => json);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/reports/r/data/investment.json',
        line: 3,
        message:
          '数据集 investment 的 takeaway（一句话结论）写了“69个”，它的引文（quote）里没有这个数：图表、卡片和它们的说明会和正文对不上',
      }),
    ]);
    expect(withWords({ title: '69个项目' })[0]!.message).toMatch(/title（标题）写了“69个”/);
    expect(withWords({ description: '签约项目69个' })[0]!.message).toMatch(/description（给读屏软件的说明）写了“69个”/);
    expect(withWords({ notes: ['签约项目69个'] })[0]!.message).toMatch(/notes（注释）写了“69个”/);
    // A description may give context from the text (398.09亿元 is in the chapter, in no quote); a takeaway may not.
    expect(withWords({ description: '协议投资额398.09亿元' })).toEqual([]);
    expect(withWords({ takeaway: '协议投资额398.09亿元' })).toHaveLength(1);
  });

  it('fails a label whose number is not its own value’s', () => {
    const problems = checkProvenance([dataset([value({ label: '69个签约项目' })])], read, folder);
    expect(problems.map((problem) => [problem.value, problem.message])).toEqual([
      ['v', '数据集 investment 的 label（名称）写了“69个”，v 的引文里没有这个数：图表、卡片和它们的说明会和正文对不上'],
    ]);
  });
});

describe('checkProvenance: numbers and text as people write them', () => {
  const check = (body: string, fields: Partial<DatasetValue>) =>
    checkProvenance(
      [dataset([value(fields)])],
      (path) => (path === chapter ? `---\ntitle: x\n---\n\n${body}\n` : undefined),
      folder,
    );

  it('matches full-width digits, in the text and in the quote', () => {
    expect(check('目前，全区签约工业项目５９个。', { quote: '全区签约工业项目５９个' })).toEqual([]);
    expect(check('目前，全区签约工业项目５９个。', { quote: '全区签约工业项目59个' })).toEqual([]);
    expect(check('目前，全区签约工业项目59个。', { quote: '全区签约工业项目５９个' })).toEqual([]);
    expect(check('目前，全区签约工业项目５８个。', { quote: '全区签约工业项目５８个' })[0]?.message).toMatch(
      /59个 不在引文/,
    );
  });

  it('reads a comma before exactly three digits as a thousands separator, and nothing else', () => {
    const fields = { value: 1750, unit: '万元', quote: '销售收入从1,750万元增长' };
    expect(check('目前，销售收入从1,750万元增长到5.5亿元。', fields)).toEqual([]);
    expect(check('目前，销售收入从1750万元增长到5.5亿元。', fields)).toEqual([]);
    expect(check('目前，销售收入从1，750万元增长到5.5亿元。', fields)).toEqual([]);
    // 1,75 is not 175 with a separator: neither the quote nor the number is there.
    expect(
      check('目前，销售收入从175万元增长。', { ...fields, value: 175, quote: '销售收入从1,75万元增长' })[0]?.message,
    ).toMatch(/正文里找不到/);
    expect(
      check('目前，销售收入从1,75万元增长。', { ...fields, value: 175, quote: '销售收入从1,75万元增长' })[0]?.message,
    ).toMatch(/175万元 不在引文/);
  });

  it('treats ％ as % and full- and half-width punctuation as the same mark', () => {
    expect(
      check('目前，企业产值同比增长超16％。', {
        value: 16,
        unit: '%',
        qualifier: '超',
        quote: '企业产值同比增长超16%',
      }),
    ).toEqual([]);
    expect(check('目前，诺比倪人工智能科技（成都）股份有限公司59个', { quote: '科技(成都)股份有限公司59个' })).toEqual(
      [],
    );
  });

  it('reads the paragraph’s text: bold, italic, links, line breaks and footnote marks do not count', () => {
    const quote = '全区签约工业项目59个，协议投资额398.09亿元';
    expect(check('目前，全区签约**工业项目59个**，协议投资额*398.09亿元*。', { quote })).toEqual([]);
    expect(
      check('目前，全区签约[工业项目](/investment/)59个，\n协议投资额398.09亿元[^1]。\n\n[^1]: 注。', { quote }),
    ).toEqual([]);
    expect(check('目前，全区签约工业项目59个，协议投资额398.09亿元  \n下一句。', { quote })).toEqual([]);
  });

  it('shows where a quote parts from the text: position and both characters', () => {
    const [problem] = check('目前，全区签约工业项目59个。', { quote: '全区签约工业项目共59个' });
    expect(problem?.message).toMatch(/从第 9 个字起对不上：引文是“共”，正文是“5”/);
  });
});

describe('numberProblem', () => {
  it('accepts a written form that states the number in Chinese numerals', () => {
    expect(numberProblem(value({ value: 2, unit: '位', written: '第二位', quote: '荣登榜单第二位' }))).toBeUndefined();
    expect(numberProblem(value({ value: 3, unit: '位', written: '第二位', quote: '荣登榜单第二位' }))).toMatch(
      /写法“第二位”说的不是 3/,
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
