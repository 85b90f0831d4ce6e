/**
 * Which setting each browser visit uses (issue 37, docs/testing.md "The visit plan"): in each engine every
 * page is visited once, and across the pages the settings form a covering design instead of the full
 * cross product of width × theme × text size × edition.
 *
 * - The simplified pages, in route order, take the rows of `pairwiseRows` in turn: 12 rows in which every
 *   pair of width × theme and text size × theme and width × text size occurs. Each engine starts at another
 *   row (`engineOffset`), so a page is seen at three different settings across the three engines.
 * - The 繁體 pages are their simplified twins with the text converted (tests/support/twin-proof.ts, proved
 *   at build level), so their layout can differ only where converted glyph runs change the lines. In
 *   Chromium every 繁體 page is visited where that shows first: 390 px at 特大, light and dark in turn.
 *   In Firefox and WebKit each 繁體 page is visited once too, and those visits take the covering rows, so
 *   that every pair of the edition with each width, theme and text size is covered across the engines.
 *
 * The plan is a pure function of the engine and the sorted routes: deterministic, and printed in each
 * visit's test name. tests/structure/visit-plan.test.ts checks the coverage it promises.
 */
import type { EngineName } from '../../scripts/lib/engines/engine';
import { isHantPath } from '../../src/hant/addresses';

export const planWidths = [320, 390, 768, 1280] as const;
export const planThemes = ['light', 'dark'] as const;
/** The 字号 choices (src/head/text-size.ts): 标准, 大, 特大. */
export const planSizes = ['standard', 'large', 'x-large'] as const;

export type Width = (typeof planWidths)[number];
export type Theme = (typeof planThemes)[number];
export type Size = (typeof planSizes)[number];
export type Edition = 'hans' | 'hant';

/** One visit's setting. */
export interface Setting {
  width: Width;
  theme: Theme;
  size: Size;
}

export interface PlannedVisit extends Setting {
  route: string;
  edition: Edition;
}

/**
 * A covering array of strength 2 for 4 widths × 3 sizes × 2 themes in 12 rows (the fewest possible: the
 * 4 × 3 width–size pairs): every width with every size, and the theme alternating so that each width
 * and each size meets both themes.
 */
export const pairwiseRows: readonly Setting[] = planWidths.flatMap((width, w) =>
  planSizes.map((size, s) => ({ width, size, theme: planThemes[(w + s) % 2]! })),
);

/** Where each engine starts in `pairwiseRows`, so the engines see each page at different settings. */
const engineOffset: Record<EngineName, number> = { chromium: 0, firefox: 4, webkit: 8 };

/** The 繁體 visit in Chromium: where longer or other glyph runs overflow first. */
const hantLayoutSetting = { width: 390, size: 'x-large' } as const;

/** The setting of each visit of `routes` (every page, both editions) in `engine`, in route order. */
export function visitPlan(engine: EngineName, routes: readonly string[]): PlannedVisit[] {
  const sorted = [...routes].sort();
  const hans = sorted.filter((route) => !isHantPath(route));
  const hant = sorted.filter((route) => isHantPath(route));
  const offset = engineOffset[engine];
  const row = (index: number) => pairwiseRows[(index + offset) % pairwiseRows.length]!;
  return [
    ...hans.map((route, index) => ({ route, edition: 'hans' as const, ...row(index) })),
    ...hant.map((route, index) =>
      engine === 'chromium'
        ? { route, edition: 'hant' as const, ...hantLayoutSetting, theme: planThemes[index % 2]! }
        : // Another start than the simplified pages' in this engine, so twins meet other settings.
          { route, edition: 'hant' as const, ...row(index + 6) },
    ),
  ];
}

/** A visit's setting as its test name shows it: `390 px, dark, 特大`. */
export const describeSetting = ({ width, theme, size }: Setting) =>
  `${width} px, ${theme}, ${{ standard: '标准', large: '大', 'x-large': '特大' }[size]}`;

/**
 * The pairs of factor values (width × theme, width × size, width × edition, theme × size, theme × edition,
 * size × edition) that no visit in `visits` covers: empty when the design covers every pair.
 */
export function uncoveredPairs(visits: readonly PlannedVisit[]): string[] {
  const factors = {
    width: planWidths as readonly unknown[],
    theme: planThemes as readonly unknown[],
    size: planSizes as readonly unknown[],
    edition: ['hans', 'hant'] as readonly unknown[],
  };
  const names = Object.keys(factors) as (keyof typeof factors)[];
  const missing: string[] = [];
  names.forEach((first, i) =>
    names.slice(i + 1).forEach((second) => {
      for (const a of factors[first])
        for (const b of factors[second])
          if (!visits.some((visit) => visit[first] === a && visit[second] === b))
            missing.push(`${first} ${String(a)} × ${second} ${String(b)}`);
    }),
  );
  return missing;
}
