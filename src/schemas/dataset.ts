import { z } from 'astro/zod';

/** Lowercase ASCII words joined by hyphens: used in ids, keys, file names and #anchors. */
export const datasetIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string()
  .regex(
    datasetIdPattern,
    '只能用小写英文字母、数字和单个连字符，例如 "hub-port"（lowercase ASCII letters, digits and hyphens）',
  );

/**
 * Path of an MDX file of the dataset's own report, relative to the report's folder
 * (`content/reports/<report>/`): `report.mdx` (the lede) or `chapters/01-industry-clusters.mdx`.
 */
const sourceFile = z
  .string()
  .regex(
    /^(?:report\.mdx|chapters\/[\w.-]+\.mdx)$/,
    '写本篇报道文件夹里的 MDX 文件路径："report.mdx" 或 "chapters/01-industry-clusters.mdx"',
  );

/**
 * Words the article puts before or after a number to say it is not exact:
 * 超 / 超过 (more than), 约 (about), 达 (as much as), 及以下 (or less).
 */
const qualifierSchema = z.enum(['超', '超过', '约', '达', '及以下']);

/**
 * The number a value states: one number; a range `[low, high]` that stays a
 * range (行业亩均产值500万至600万元 is [500, 600]); or the letter the article uses
 * for a count it leaves open (“N个百亿级新兴产业集群”).
 */
const quantitySchema = z.union([
  z.number(),
  z.tuple([z.number(), z.number()]).refine(([low, high]) => low < high, '范围写成 [小, 大]，前一个数要比后一个小'),
  z.literal('N'),
]);

/** One figure of the article, with the exact words that state it. */
const datasetValueSchema = z.strictObject({
  /** Identifier within the dataset; part of the #anchor of its sentence (`q-<dataset>-<key>`). */
  key: slug,
  /** Short editorial label for the axis, card and table (e.g. 协议投资额). */
  label: z.string().trim().min(1),
  /** The number as the article states it, in `unit`: never rounded, never converted. */
  value: quantitySchema,
  /** The unit the article writes after the number (亿元, 万元, 家, 户, 个, GW, %, 公斤 …). */
  unit: z.string().trim().min(1),
  /** The article's word that makes the number approximate or a bound (超16% is 16 with 超). */
  qualifier: qualifierSchema.optional(),
  /**
   * How the article writes the number when it is not digits followed by the unit
   * (第二位, 前三甲, “3+3+N”); the provenance check then looks for this text in the quote.
   */
  written: z.string().trim().min(1).optional(),
  /** The exact words of the article that state the value; checked against the MDX file. */
  quote: z.string().trim().min(4, '引文要照抄原文，至少 4 个字'),
  /** The MDX file the quote is in, when it is not the dataset's `source`. */
  source: sourceFile.optional(),
  /** Series the value belongs to, for charts that compare two (e.g. 行业 vs 企业). */
  series: z.enum(['subject', 'benchmark']).default('subject'),
  /** A note on this value only (what it counts, what it leaves out). */
  note: z.string().trim().min(1).optional(),
});

/**
 * A figure computed in code from two of the dataset's values, labelled as
 * calculated. Nothing derived is ever typed in.
 */
const derivedFigureSchema = z.strictObject({
  /** Identifier within the dataset. */
  key: slug,
  /** What the figure is, e.g. 企业亩均产值是行业的倍数. */
  label: z.string().trim().min(1),
  /**
   * How it is computed: `ratio` is of ÷ by; `percent` is of ÷ by × 100; `cagr` is the
   * compound annual growth from `by` to `of` over `years`; `average` is of ÷ by.
   */
  formula: z.enum(['ratio', 'percent', 'cagr', 'average']),
  /** Key of the numerator (or the end value for `cagr`). */
  of: slug,
  /** Key of the denominator (or the start value for `cagr`). */
  by: slug,
  /** Years between start and end, for `cagr`, as the article gives them. */
  years: z.number().positive().optional(),
  /** Unit of the result (倍, %, 亿元/家 …). */
  unit: z.string().trim().min(1),
  /** Decimal places to show: computed figures are not more precise than their inputs. */
  decimals: z.number().int().min(0).max(3).default(1),
});

/** How a dataset is shown: a chart kind, or key-figure cards. */
const datasetDisplaySchema = z.enum(['bar', 'range-bar', 'cards']);

/** A dataset: `content/reports/<report>/data/<id>.json`. The file name is its id within the report. */
export const datasetSchema = z
  .strictObject({
    /** Title shown above the chart or cards (editorial, 12–24 characters). */
    title: z.string().trim().min(1),
    /** One sentence saying what the figures show; restates the article's numbers, adds nothing. */
    takeaway: z.string().trim().min(1),
    /** Longer description for screen readers: what is compared and the result. */
    description: z.string().trim().min(1),
    /** Unit of the chart's value axis, or of the cards when they share one. */
    unit: z.string().trim().min(1),
    /**
     * The period of the figures in the article's own words (今年前7月, 目前 …), checked against
     * the text; left out only when the figures have none (a product's specifications).
     */
    period: z.string().trim().min(1).optional(),
    /** The MDX file of the report (relative to its folder) whose text states the values; the chart is placed there. */
    source: sourceFile,
    /** How the dataset is shown: `bar`, `range-bar` (a range next to single values) or `cards`. */
    display: datasetDisplaySchema,
    /** Notes shown under the chart: definitions, what the article does not say. */
    notes: z.array(z.string().trim().min(1)).default([]),
    /** The figures, in the order they are shown. */
    values: z.array(datasetValueSchema).min(1),
    /** Figures computed from the values, shown labelled as calculated. */
    derived: z.array(derivedFigureSchema).default([]),
  })
  .superRefine((dataset, context) => {
    const keys = new Set<string>();
    dataset.values.forEach((value, index) => {
      if (keys.has(value.key))
        context.addIssue({
          code: 'custom',
          path: ['values', index, 'key'],
          message: `key "${value.key}" 用了两次，每个数值的 key 要不同`,
        });
      keys.add(value.key);
    });
    dataset.derived.forEach((figure, index) => {
      for (const field of ['of', 'by'] as const) {
        const input = dataset.values.find((value) => value.key === figure[field]);
        if (!input) {
          context.addIssue({
            code: 'custom',
            path: ['derived', index, field],
            message: `"${figure[field]}" is not a value key of this dataset`,
          });
        } else if (input.value === 'N') {
          context.addIssue({ code: 'custom', path: ['derived', index, field], message: 'N 不是数字，不能参与计算' });
        }
      }
      if (figure.formula === 'cagr' && !figure.years)
        context.addIssue({
          code: 'custom',
          path: ['derived', index, 'years'],
          message: 'cagr（复合增长率）要写 years（年数）',
        });
    });
    if (dataset.display !== 'cards' && dataset.values.some((value) => value.value === 'N'))
      context.addIssue({ code: 'custom', path: ['display'], message: '图表画不了 N，请把 display 改成 cards' });
  });

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetValue = z.infer<typeof datasetValueSchema>;
export type DerivedFigure = z.infer<typeof derivedFigureSchema>;
export type Quantity = z.infer<typeof quantitySchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
/** A dataset with its id (the file name). */
export type IdentifiedDataset = Dataset & { id: string };
