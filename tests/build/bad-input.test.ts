/**
 * A catalogue of editors' mistakes. Each is made in a temporary copy of the site,
 * built with `npm run build` (scripts/build.mjs), and must fail the build with a
 * message that names the file and says what is wrong, while leaving the deployed
 * dist/ exactly as it was (or absent, when there was none).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, inPool, replaceIn, runBuildScript, type ScriptResult } from '../support/site-copy';

const folder = 'content/reports/cong-xin-chu-fa';
const investment = `${folder}/chapters/02-investment.mdx`;
const clusters = `${folder}/chapters/01-industry-clusters.mdx`;
const innovation = `${folder}/chapters/03-innovation.mdx`;
const report = `${folder}/report.mdx`;
const siteJson = 'content/site.json';
const projectCounts = `${folder}/data/project-counts.json`;
// A valid 1×1 PNG, so a photo exists in the copy.
const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

interface Mistake {
  /** What the editor did wrong. */
  name: string;
  /** Makes the mistake in the copy at `root`. */
  make?: (root: string) => void;
  env?: Record<string, string>;
  /** Every pattern must appear in the build output. */
  expect: RegExp[];
}

const append = (file: string, text: string) => (root: string) =>
  writeFileSync(path.join(root, file), readFileSync(path.join(root, file), 'utf8') + `\n${text}\n`);

const mistakes: Mistake[] = [
  {
    name: 'a chapter without its title',
    make: (root) => replaceIn(root, investment, /^title: .*\n/m, ''),
    expect: [/02-investment\.mdx/, /title/i, /required|expected string/i],
  },
  {
    name: 'a chapter order typed as a word',
    make: (root) => replaceIn(root, investment, 'order: 2', 'order: two'),
    expect: [/02-investment\.mdx/, /order/, /expected number|number/i],
  },
  {
    name: 'a misspelt chapter kind',
    make: (root) => replaceIn(root, innovation, 'kind: section', 'kind: sectoin'),
    expect: [/03-innovation\.mdx/, /kind/, /section/],
  },
  {
    name: 'two chapters with the same order',
    make: (root) => replaceIn(root, investment, 'order: 2', 'order: 1'),
    expect: [/02-investment\.mdx: order: 1 is already used by .*01-industry-clusters\.mdx/],
  },
  {
    name: 'two chapters with the same slug',
    make: (root) => replaceIn(root, innovation, 'slug: innovation', 'slug: investment'),
    expect: [/0[23]-i\w+\.mdx: slug: "investment" 已被 .*0[23]-i\w+\.mdx 使用/],
  },
  {
    name: 'a slug with capitals and spaces',
    make: (root) => replaceIn(root, investment, 'slug: investment', 'slug: Invest Ment'),
    expect: [/02-investment\.mdx/, /slug/, /lowercase/],
  },
  {
    name: 'a chapter slug that takes the address of the report’s data page',
    make: (root) => replaceIn(root, investment, 'slug: investment', 'slug: data'),
    expect: [/02-investment\.mdx: slug: "data" 是保留地址/],
  },
  {
    name: 'the report without its description',
    make: (root) => replaceIn(root, report, /^description: .*\n/m, ''),
    expect: [/cong-xin-chu-fa\/report\.mdx/, /description/],
  },
  {
    name: 'broken MDX: a component tag never closed',
    make: append(clusters, '<Figure caption="未闭合的标签"\n\n下一段。'),
    expect: [/01-industry-clusters\.mdx/, /(unexpected|expected|closing|end of file)/i],
  },
  {
    name: 'a <Figure image> whose file is missing',
    make: append(investment, '<Figure caption="耐世特生产车间" image="photos/nexteer.jpg" alt="车间" />'),
    expect: [
      /02-investment\.mdx: <Figure> prop "image": no image file content\/reports\/cong-xin-chu-fa\/photos\/nexteer\.jpg/,
    ],
  },
  {
    name: 'a <Figure image> without alt text',
    make: (root) => {
      mkdirSync(path.join(root, folder, 'photos'), { recursive: true });
      writeFileSync(path.join(root, folder, 'photos/lead.png'), tinyPng);
      append(investment, '<Figure caption="耐世特生产车间" image="photos/lead.png" />')(root);
    },
    expect: [/02-investment\.mdx: <Figure> prop "alt"/],
  },
  {
    name: 'an MDX component that does not exist',
    make: append(innovation, '<Pullquote>数智赋能</Pullquote>'),
    expect: [/03-innovation\.mdx/, /Pullquote/],
  },
  {
    name: 'a link to a page that does not exist',
    make: append(investment, '详见[产业集群](/industry-cluster/)。'),
    expect: [/investment\/index\.html: link "\/industry-cluster\/" leads nowhere/, /written in .*02-investment\.mdx/],
  },
  {
    name: 'a link to an anchor that does not exist',
    make: append(investment, '详见[目录](/#chapters)。'),
    expect: [/investment\/index\.html: link "\/#chapters" leads to index\.html, which has no id "chapters"/],
  },
  {
    name: 'site.json without the series name',
    make: (root) => replaceIn(root, siteJson, /"name": "[^"]*"/, '"name": ""'),
    expect: [/content\/site\.json: series\.name/],
  },
  {
    name: 'site.json missing an interface word',
    make: (root) => replaceIn(root, siteJson, /\s*"next": "[^"]*",/, ''),
    expect: [/content\/site\.json: ui\.next/],
  },
  {
    name: 'site.json that is not valid JSON',
    make: (root) => replaceIn(root, siteJson, '"series": {', '"series" {'),
    expect: [/content\/site\.json/, /JSON/i],
  },
  {
    name: 'a <Chart> with an id no dataset has',
    make: (root) => replaceIn(root, investment, '<Chart id="project-counts" />', '<Chart id="project-count" />'),
    expect: [/02-investment\.mdx: <Chart> prop "id": no dataset "project-count"/],
  },
  {
    name: 'a chart number that differs from its quote',
    make: (root) => replaceIn(root, 'content/data/hub-port.json', '"value": 66.34', '"value": 66.43'),
    expect: [
      /content\/data\/hub-port\.json: dataset "hub-port": value "output": 66\.43亿元 is not stated in its quote/,
    ],
  },
  {
    name: 'a chart value typed as text',
    make: (root) => replaceIn(root, projectCounts, '"value": 59,', '"value": "59个",'),
    expect: [/project-counts/, /value/, /number/i],
  },
  {
    name: 'a quote that is not in its chapter',
    make: (root) =>
      replaceIn(root, projectCounts, '"quote": "全区签约工业项目59个"', '"quote": "全区签约工业项目共59个"'),
    expect: [/project-counts/, /signed|全区签约工业项目共59个/],
  },
  {
    name: 'a value whose number is not in its quote',
    make: (root) => replaceIn(root, projectCounts, '"value": 59,', '"value": 58,'),
    expect: [/project-counts/, /58/],
  },
  {
    name: 'a value with a unit the quote does not use',
    make: (root) => replaceIn(root, projectCounts, '"value": 59, "unit": "个"', '"value": 59, "unit": "吨"'),
    expect: [/project-counts/, /吨/],
  },
  {
    name: 'SITE_URL without https://',
    env: { SITE_URL: 'news.example.org' },
    expect: [/SITE_URL: "news\.example\.org"/],
  },
  {
    name: 'BASE_PATH without a leading slash',
    env: { BASE_PATH: 'reports/xin-zhi' },
    expect: [/BASE_PATH: "reports\/xin-zhi"/],
  },
];

interface Outcome {
  result: ScriptResult;
  root: string;
  /** Whether dist/ existed before the build (every other case starts with a previous deploy). */
  hadDist: boolean;
  distBefore: string[];
}

const previousDeploy = '<!doctype html><title>the deploy before this build</title>';
const listing = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : [];
const outcomes = new Map<string, Outcome>();

async function attempt(mistake: Mistake | undefined, index: number): Promise<[string, Outcome]> {
  const { root } = copySite('xinzhi-bad-input-');
  const hadDist = index % 2 === 0;
  if (hadDist) {
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'dist/index.html'), previousDeploy);
  }
  const distBefore = listing(path.join(root, 'dist'));
  mistake?.make?.(root);
  const result = await runBuildScript(root, mistake?.env);
  return [mistake?.name ?? 'control', { result, root, hadDist, distBefore }];
}

beforeAll(async () => {
  // The unmodified copy first: it must build, or every failure below would prove nothing.
  const tasks = [undefined, ...mistakes].map((mistake, index) => () => attempt(mistake, index));
  for (const [name, outcome] of await inPool(tasks, 2)) outcomes.set(name, outcome);
}, 300_000);

afterAll(() => {
  for (const { root } of outcomes.values()) rmSync(root, { recursive: true, force: true });
});

describe('the bad-input catalogue', () => {
  it('builds the unmodified copy, replacing its dist/', () => {
    const { result, root } = outcomes.get('control')!;
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8')).not.toBe(previousDeploy);
    expect(existsSync(path.join(root, 'dist/cong-xin-chu-fa/investment/index.html'))).toBe(true);
  });

  it.each(mistakes.map((mistake) => [mistake.name, mistake] as const))(
    '%s: fails the build, says what and where, leaves dist/ untouched',
    (name, mistake) => {
      const { result, root, hadDist, distBefore } = outcomes.get(name)!;
      expect(result.status, result.output).not.toBe(0);
      for (const pattern of mistake.expect) expect(result.output).toMatch(pattern);
      expect(result.output).toMatch(/Build failed: dist\/ was left as it was/);
      const dist = path.join(root, 'dist');
      if (hadDist) {
        expect(listing(dist)).toEqual(distBefore);
        expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe(previousDeploy);
      } else {
        expect(existsSync(dist), 'no dist/ appears').toBe(false);
      }
      expect(readdirSync(root).filter((entry) => entry.startsWith('.dist-staging'))).toEqual([]);
    },
  );
});
