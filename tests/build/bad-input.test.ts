/**
 * The bad-input catalogue (tests/support/bad-input-catalogue.ts), built for real. Every mistake is
 * checked in-process by the build's own checks (tests/content/bad-input.test.ts); here one mistake
 * per stage of the build (start, environment, config, content loading, compile, render, end of build) is
 * made in a temporary copy and built with `npm run build` (scripts/build.mjs), which must fail with
 * the message the in-process check printed, the Chinese summary line, and dist/ exactly as it was
 * (or absent, when there was none): the proof that each stage is wired to its check.
 *
 * The supported edits are built together in one copy and their pages checked. The control build
 * (the unmodified site, replacing an earlier dist/) is the run's shared build without SITE_URL
 * (tests/support/site-builds.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { copySite, inPool, previousDeploy, replaceIn, runBuildScript, type ScriptResult } from '../support/site-copy';
import { readPages } from '../support/dist';
import {
  append,
  clusters,
  folder,
  greyPhoto,
  innovation,
  investment,
  mistakes,
  note,
  outside,
  projectCounts,
  siteJson,
  type Mistake,
} from '../support/bad-input-catalogue';
import { checkContent } from '../support/content-checks';
import { workerCount } from '../support/machine';

/** The copies to build: one per stage; the mistakes of a stage built for real share a copy (`together`). */
const builds = [
  ...Map.groupBy(
    mistakes.filter((mistake) => mistake.built),
    (mistake) => mistake.stage,
  ).values(),
];
const buildOf = (mistake: Mistake) => builds.findIndex((build) => build.includes(mistake));

interface Outcome {
  result: ScriptResult;
  root: string;
  /** Whether dist/ existed before the build (every other copy starts with a previous deploy). */
  hadDist: boolean;
  distBefore: string[];
}

const listing = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : [];
/** Each build's outcome: the mistakes' copies by their index in `builds`, and the supported edits. */
const outcomes = new Map<number | 'supported', Outcome>();
/** The control build: the unmodified site, built with `npm run build` over an earlier deploy. */
const control = { result: inject('plainBuild'), dist: inject('plainDistDir') };

/**
 * What editors write that the site supports (issue 9's table): all made in one copy, which must
 * build and show each of them properly. The same copy holds a photo added to a <Figure>.
 */
async function supportedEdits(root: string): Promise<void> {
  // Saved with a byte-order mark and Windows line endings: a chapter, its datasets and site.json.
  for (const file of [clusters, `${folder}/data/shengjin.json`, `${folder}/data/tuofeng-600.json`, siteJson]) {
    const text = readFileSync(path.join(root, file), 'utf8');
    writeFileSync(path.join(root, file), `\uFEFF${text.replace(/\n/g, '\r\n')}`);
  }
  // Full-width digits in the text and the quote; bold inside a paragraph with charted numbers.
  replaceIn(
    root,
    investment,
    '全区签约工业项目59个，协议投资额398.09亿元',
    '全区签约工业项目５９个，协议投资额**398.09亿元**',
  );
  replaceIn(root, projectCounts, '"quote": "全区签约工业项目59个"', '"quote": "全区签约工业项目５９个"');
  // A thousands separator in the text and the quote.
  replaceIn(root, innovation, '销售收入从1750万元增长到5.5亿元', '销售收入从1,750万元增长到5.5亿元');
  replaceIn(
    root,
    `${folder}/data/drive-shaft-sales.json`,
    /销售收入从1750万元增长到5\.5亿元/g,
    '销售收入从1,750万元增长到5.5亿元',
  );
  // Sub-headings, a table with its caption line, a footnote, and a camera's 6000 × 4000 IMG_2041.JPG.
  replaceIn(
    root,
    innovation,
    '<Chart id="innovation-counts" />\n',
    '<Chart id="innovation-counts" />\n\n## 瞪羚企业\n',
  );
  replaceIn(
    root,
    innovation,
    '<Figure caption="耐世特生产车间" />',
    '## 传动轴\n\n### 十年增长\n\n<Figure caption="耐世特生产车间" image="photos/IMG_2041.JPG" alt="生产线上的工人" />',
  );
  replaceIn(
    root,
    innovation,
    '\n区经济信息委相关负责人表示',
    '\n## 下一步\n\n表：专精特新企业\n\n| 类别 | 数量 |\n| --- | ---: |\n| 专精特新企业 | 96户 |\n\n区经济信息委相关负责人表示',
  );
  append(innovation, '正文里的注释[^1]。\n\n[^1]: 注释的内容。')(root);
  // A quotation and a rule, as the guide shows them (styled below).
  append(note, '> 引用的一段话。\n>\n> 引文的第二段。\n\n---\n\n分隔线后面的一段。')(root);
  // Editors' notes, in both forms, which never publish (a note starting with 待核 would stop the build).
  append(investment, '<!-- 编辑备注：已与原文核对 -->\n\n正文{/* 另一条编辑备注 */}接着写。')(root);
  mkdirSync(path.join(root, `${folder}/photos`), { recursive: true });
  await sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#808080' } })
    .jpeg()
    .toFile(path.join(root, `${folder}/photos/IMG_2041.JPG`));
  // An editor adds a photograph by giving a <Figure> an `image`: one line (a generated test image).
  await greyPhoto(root);
  append(
    investment,
    '<Figure caption="耐世特生产车间" image="photos/test-grey.jpg" alt="灰色测试图" credit="测试" />',
  )(root);
}

async function attempt(build: Mistake[], index: number): Promise<Outcome> {
  const { root } = copySite('xinzhi-bad-input-');
  const hadDist = index % 2 === 1;
  if (hadDist) {
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'dist/index.html'), previousDeploy);
  }
  const distBefore = listing(path.join(root, 'dist'));
  for (const mistake of build) await mistake.make?.(root);
  const env = Object.assign({}, ...build.map((mistake) => mistake.env));
  const result = await runBuildScript(root, env);
  return { result, root, hadDist, distBefore };
}

beforeAll(async () => {
  const tasks = builds.map((build, index) => async () => outcomes.set(index, await attempt(build, index)));
  tasks.push(async () => {
    const { root } = copySite('xinzhi-supported-');
    await supportedEdits(root);
    return outcomes.set('supported', { result: await runBuildScript(root), root, hadDist: false, distBefore: [] });
  });
  await inPool(tasks, workerCount());
  // BAD_INPUT_LOG_DIR=<dir> keeps each build's output (the editors' guide quotes real messages).
  const logDir = process.env.BAD_INPUT_LOG_DIR;
  if (logDir) {
    mkdirSync(logDir, { recursive: true });
    const logs: [string, string][] = [
      ['control', control.result.output],
      ['supported', outcomes.get('supported')!.result.output],
      ...builds.map(
        (build, index) =>
          [build.map((mistake) => mistake.name).join(' + '), outcomes.get(index)!.result.output] as [string, string],
      ),
    ];
    for (const [name, output] of logs) {
      writeFileSync(path.join(logDir, `${name.replace(/[^\w\u4e00-\u9fff]+/g, '-')}.log`), output);
    }
  }
}, 900_000);

afterAll(() => {
  for (const { root } of outcomes.values()) rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('the bad-input catalogue', () => {
  it('builds the unmodified copy, replacing its dist/', () => {
    const { result, dist } = control;
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).not.toBe(previousDeploy);
    expect(existsSync(path.join(dist, 'cong-xin-chu-fa/investment/index.html'))).toBe(true);
  });

  it.each(
    builds.map((build) => [`${build[0]!.stage}: ${build.map((mistake) => mistake.name).join(' + ')}`, build] as const),
  )(
    '%s: fails the build, says what and where as the in-process check does, leaves dist/ untouched',
    async (_, build) => {
      const { result, root, hadDist, distBefore } = outcomes.get(buildOf(build[0]!))!;
      expect(result.status, result.output).not.toBe(0);
      for (const mistake of build) {
        const patterns = typeof mistake.expect === 'function' ? mistake.expect(root) : mistake.expect;
        for (const pattern of patterns) expect(result.output).toMatch(pattern);
        for (const pattern of mistake.absent ?? []) expect(result.output).not.toMatch(pattern);
      }
      // The in-process check of the same copy printed the same problems (a stage no check in-process
      // can see, the end of the build, is checked in-process to pass).
      const inProcess = await checkContent(root, Object.assign({}, ...build.map((mistake) => mistake.env)));
      if (build[0]!.stage === 'end of build') expect(inProcess).toBeUndefined();
      else {
        expect(inProcess?.stage).toBe(build[0]!.stage);
        const lines = inProcess!.message.split('\n').filter((line) => /^(?:✗ |\s+问题：)|^\w+: "/.test(line));
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(result.output).toContain(line.trim());
      }
      // One summary line in Chinese at the end: how many problems, and the first.
      expect(result.output).toMatch(
        /\n构建失败：共 \d+ 个问题，第一个：.+。dist\/ (保持原样|没有生成)，没有半成品可以发布。/,
      );
      expect(result.output).toMatch(/Build failed: dist\/ was left as it was/);
      // …which is the last line; and for an editor: no stack trace, no path into node_modules, no
      // telemetry notice (builds run as on a machine where Astro never ran, tests/support/site-copy.ts).
      expect(result.output.trimEnd().split('\n').at(-1)).toMatch(/^构建失败：/);
      expect(result.output).not.toMatch(/Stack trace|node_modules|^\s+at |anonymous usage data/m);
      const dist = path.join(root, 'dist');
      if (hadDist) {
        expect(listing(dist)).toEqual(distBefore);
        expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe(previousDeploy);
      } else {
        expect(existsSync(dist), 'no dist/ appears').toBe(false);
      }
      expect(readdirSync(root).filter((entry) => entry.startsWith('.dist-staging'))).toEqual([]);
      // The end of the build's problems are checked nowhere else: their whole blocks, kept as a snapshot.
      if (build[0]!.stage === 'end of build') {
        expect(
          result.output
            .match(/^.*✗ .+\n(?: {2}(?!Hint:|Location:|Stack trace:)\S.*\n)+/gm)
            ?.map((block) => block.replace(/^.*?✗/, '✗')),
        ).toMatchSnapshot();
      }
    },
  );
});

describe('what editors write that the site supports', () => {
  const page = (route: string) => {
    const { root } = outcomes.get('supported')!;
    return cheerio.load(readFileSync(path.join(root, 'dist', 'cong-xin-chu-fa', route, 'index.html'), 'utf8'));
  };

  it('builds, ending with the Chinese summary line: pages, charts, seconds', () => {
    const { result } = outcomes.get('supported')!;
    expect(result.status, result.output).toBe(0);
    const summary = result.output.match(/\n构建完成：(\d+) 个页面，(\d+) 张图表，用时 \d+\.\d 秒，dist\/ 可以发布了。/);
    expect(summary, result.output).not.toBeNull();
    const { root } = outcomes.get('supported')!;
    const html = readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    );
    expect(Number(summary![1])).toBe(html.length);
    // Every dataset drawn as a chart (bar and range-bar), counted once however many pages show it.
    const charts = readdirSync(path.join(root, `${folder}/data`)).filter(
      (file) =>
        JSON.parse(readFileSync(path.join(root, `${folder}/data`, file), 'utf8').replace(/^\uFEFF/, '')).display !==
        'cards',
    );
    expect(Number(summary![2])).toBe(charts.length);
    // A quiet build: nothing an editor cannot act on, no telemetry notice, no empty or timing-only line
    // (pages are rendered four at a time, so Astro's per-page timings used to land alone on a line),
    // each page on its own line, and the summary last.
    expect(result.output).not.toMatch(/\[WARN\]|\[ERROR\]|MODULE_LEVEL_DIRECTIVE|Shiki|anonymous usage data/);
    const lines = result.output.trimEnd().split('\n');
    expect(lines.filter((line) => /^\s*(?:\(\+\d+(?:\.\d+)?m?s\))?\s*$/.test(line))).toEqual([]);
    expect(lines.filter((line) => /├─.*├─/.test(line))).toEqual([]);
    expect(lines.filter((line) => line.includes('├─ /cong-xin-chu-fa/innovation/index.html'))).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d {3}├─ \/cong-xin-chu-fa\/innovation\/index\.html$/),
    ]);
    expect(lines.at(-1)).toMatch(/^构建完成：/);
  });

  it('sets a quotation and a rule in the text, each styled by the stylesheet the page links', () => {
    const $ = page('reporters-note');
    expect(
      $('.prose-zh > blockquote > p')
        .map((_, p) => $(p).text())
        .get(),
    ).toEqual(['引用的一段话。', '引文的第二段。']);
    expect($('.prose-zh > hr').next().text()).toBe('分隔线后面的一段。');
    // The rules the screenshots at 390 px were checked with: a rule at the quotation's start in the muted
    // colour, spaced like a paragraph; a paragraph's room above and below the rule.
    const { root } = outcomes.get('supported')!;
    const css = readFileSync(path.join(root, 'dist', $('link[rel="stylesheet"]').attr('href')!), 'utf8');
    expect(css).toMatch(
      /\.prose-zh>blockquote\{[^}]*border-inline-start:3px solid var\(--color-rule\)[^}]*color:var\(--color-muted\)/,
    );
    expect(css).toMatch(/\.prose-zh>p,\.prose-zh>blockquote\{margin-block:0 1\.3lh\}/);
    expect(css).toMatch(/\.prose-zh>hr\{[^}]*margin-block:1\.3lh/);
  });

  it('publishes no editor’s note, in either form, and keeps the text around it', () => {
    const html = page('investment').html();
    expect(html).not.toMatch(/编辑备注|&lt;!--|\{\/\*/);
    expect(page('investment')('p:contains("正文接着写。")').length).toBe(1);
  });

  it('reads a chapter, its datasets and site.json saved with a BOM and CRLF as the same page', () => {
    const supported = outcomes.get('supported')!;
    // Tailwind writes the classes the content uses, so the other edits in this copy change the stylesheet's
    // name; everything else on the page must be the same.
    const read = (dist: string) =>
      readFileSync(path.join(dist, 'cong-xin-chu-fa/industry-clusters/index.html'), 'utf8').replace(
        /\/_astro\/[\w.-]+\.css/g,
        'CSS',
      );
    expect(read(path.join(supported.root, 'dist'))).toBe(read(control.dist));
  });

  it('links numbers written with full-width digits, and keeps bold inside a sourced paragraph', () => {
    const $ = page('investment');
    const paragraph = $('p').filter((_, element) => $(element).text().includes('全区签约工业项目５９个'));
    expect(paragraph).toHaveLength(1);
    expect(paragraph.find('#q-project-counts-signed')).toHaveLength(1);
    expect(paragraph.find('#q-investment-amounts-signed-investment')).toHaveLength(1);
    const links = paragraph
      .find('a.source-number')
      .map((_, element) => $(element).text())
      .get();
    expect(links).toContain('全区签约工业项目５９个');
    expect(links).toContain('协议投资额398.09亿元');
    expect(paragraph.find('strong').text()).toBe('398.09亿元');
  });

  it('links a number written with a thousands separator', () => {
    const $ = page('innovation');
    expect(
      $('a.source-number').filter((_, element) => $(element).text() === '销售收入从1,750万元增长到5.5亿元'),
    ).toHaveLength(1);
    expect($('#q-drive-shaft-sales-start')).toHaveLength(1);
  });

  it('makes ## and ### real headings: styled levels, ids, in the table of contents, one level down on /full/', () => {
    const $ = page('innovation');
    const headings = $('.prose-zh [data-depth]')
      .map((_, element) => `${element.tagName}#${$(element).attr('id')}`)
      .get();
    expect(headings).toEqual([
      'h2#innovation-瞪羚企业',
      'h2#innovation-传动轴',
      'h3#innovation-十年增长',
      'h2#innovation-下一步',
    ]);
    const toc = $('#toc > ol > li');
    expect(toc.map((_, element) => $(element).children('a').text().trim()).get()).toEqual([
      '瞪羚企业',
      '传动轴',
      '下一步',
      '注释',
    ]);
    expect(toc.eq(1).find('ol a').attr('href')).toBe('#innovation-十年增长');
    const $full = page('full');
    expect($full('#innovation-传动轴').prop('tagName')).toBe('H3');
    expect($full('#innovation-十年增长').prop('tagName')).toBe('H4');
    expect($full('#innovation-title h2')).toHaveLength(1);
  });

  it('shows a Markdown table as a captioned data table in its own scrolling box, with no style attribute', () => {
    const $ = page('innovation');
    const box = $('.prose-zh .table-scroll');
    expect(box.attr('role')).toBe('region');
    expect(box.attr('tabindex')).toBe('0');
    expect($(`#${box.attr('aria-labelledby')}`).text()).toBe('表：专精特新企业');
    expect(box.find('caption').text()).toBe('表：专精特新企业');
    expect(
      box
        .find('td')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual(['专精特新企业', '96户']);
    expect(box.find('[style]')).toHaveLength(0);
    expect(box.find('td.align-right').text()).toBe('96户');
  });

  it('makes a footnote work both ways, with a Chinese heading and back-link label', () => {
    const $ = page('innovation');
    const ref = $('sup a[data-footnote-ref]');
    expect(ref.attr('href')).toBe('#innovation-fn-1');
    expect($('#innovation-fn-1').text()).toContain('注释的内容。');
    expect($('#innovation-footnote-label').text()).toBe('注释');
    const back = $('#innovation-fn-1 a[data-footnote-backref]');
    expect(back.attr('href')).toBe(`#${ref.attr('id')}`);
    expect(back.attr('aria-label')).toBe('返回正文第 1 处注释');
  });

  it('serves a camera’s IMG_2041.JPG, never wider than the layout shows (1152 px), with srcset and alt', async () => {
    const { root } = outcomes.get('supported')!;
    const img = page('innovation')('figure img');
    expect(img.attr('alt')).toBe('生产线上的工人');
    expect(img.attr('srcset')).toMatch(/480w, .* 768w, .* 1152w/);
    expect(Number(img.attr('width'))).toBe(1152);
    const widths = await Promise.all(
      [
        img.attr('src')!,
        ...img
          .attr('srcset')!
          .split(', ')
          .map((entry) => entry.split(' ')[0]!),
      ].map(async (src) => (await sharp(path.join(root, 'dist', src)).metadata()).width),
    );
    expect(Math.max(...widths.map(Number))).toBe(1152);
  });
});

describe('<Figure> with an image', () => {
  // An editor adds a photograph by giving <Figure> an `image`: one line, made in the supported copy above.
  it('renders an optimised, responsive <img> with width, height and alt, inside the figure with its caption', () => {
    const page = readPages(path.join(outcomes.get('supported')!.root, 'dist')).find(
      (candidate) => candidate.route === '/cong-xin-chu-fa/investment/',
    )!;
    const figure = page.$('figure').filter((_, element) => page.$(element).find('img').length > 0);
    expect(figure).toHaveLength(1);
    const img = figure.find('img');
    expect(img.attr('alt')).toBe('灰色测试图');
    expect(Number(img.attr('width'))).toBeGreaterThan(0);
    expect(Number(img.attr('height'))).toBeGreaterThan(0);
    expect(img.attr('srcset')).toMatch(/\.webp \d+w/);
    expect(img.attr('loading')).toBe('lazy');
    expect(figure.find('figcaption').text()).toContain('耐世特生产车间');
    expect(figure.find('figcaption').text()).toContain('测试');
  });
});
