/**
 * A catalogue of editors' mistakes. Each is made in a temporary copy of the site,
 * built with `npm run build` (scripts/build.mjs), and must fail the build with a
 * message that names the file and says what is wrong, while leaving the deployed
 * dist/ exactly as it was (or absent, when there was none).
 *
 * Mistakes that one check reports together (the chapter order and slugs, the provenance
 * check, the link check, site.json's schema) share a copy and a build: each one's own message
 * must still be in that build's output. The control build (the unmodified site, replacing an
 * earlier dist/) is the run's shared build without SITE_URL (tests/support/site-builds.ts).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { copySite, inPool, previousDeploy, replaceIn, runBuildScript, type ScriptResult } from '../support/site-copy';
import { projectRoot } from '../support/build-site';
import { readPages } from '../support/dist';

/** The 1-based line of `needle` in a file of the project. */
const lineOf = (file: string, needle: string) =>
  readFileSync(path.join(projectRoot, file), 'utf8').split(needle)[0]!.split('\n').length;

/** Text in GBK, as an old Windows editor saves it (Node has no GBK encoder; iconv is part of glibc). */
function gbkOf(text: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
}

const folder = 'content/reports/cong-xin-chu-fa';
const investment = `${folder}/chapters/02-investment.mdx`;
const clusters = `${folder}/chapters/01-industry-clusters.mdx`;
const innovation = `${folder}/chapters/03-innovation.mdx`;
const note = `${folder}/chapters/04-reporters-note.mdx`;
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
  make?: (root: string) => void | Promise<void>;
  env?: Record<string, string>;
  /**
   * Mistakes with the same `together` are made in one copy and built once: the check that finds
   * them reports every problem it finds, so each mistake's own patterns must all be in the output.
   */
  together?: string;
  /** Every pattern must appear in the build output (a function: worked out from the copy, after every edit). */
  expect: RegExp[] | ((root: string) => RegExp[]);
  /** No pattern may appear in the build output. */
  absent?: RegExp[];
}

const append = (file: string, text: string) => (root: string) =>
  writeFileSync(path.join(root, file), readFileSync(path.join(root, file), 'utf8') + `\n${text}\n`);
/** The line `append(file, …)` puts its text's first line on. */
const appendedLine = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8').split('\n').length + 1;
/** The 1-based line of `needle` in a file of the copy at `root`, after its edits. */
const lineIn = (root: string, file: string, needle: string) =>
  readFileSync(path.join(root, file), 'utf8').split(needle)[0]!.split('\n').length;
/** `✗ file 第 N 行`: a problem as src/errors.ts prints it, naming file and line. */
const at = (file: string, line?: number) =>
  new RegExp(`✗ ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${line ? ` 第 ${line} 行` : '(?: 第 \\d+ 行)?'}`);

// Several editors' mistakes that the Markdown check reports together, each with its own line.
const markdownMistakes = [
  '![](../../photos/x.jpg)',
  '![车间](photos/x.jpg)',
  '<img src="/photos/x.jpg" />',
  '<script>alert(1)</script>',
  '<style></style>',
  '<iframe src="https://example.com/"></iframe>',
  '<span onClick="alert(1)">点这里</span>',
  '详见[这里](javascript:alert(1))。',
  '| 类别 | 数量 |\n| --- | --- |\n| 项目 | 59个 |',
  '# 一级标题',
];
const markdownLine = (index: number) =>
  appendedLine(note) + markdownMistakes.slice(0, index).reduce((lines, text) => lines + text.split('\n').length + 1, 0);

// Content is data, not code (docs/security.md): what would run code on the build machine or in a
// reader's browser, in one chapter; the build's environment holds a secret that must appear nowhere.
const secret = `secret-${randomUUID()}`;
const codeMistakes = [
  '探针 {process.env.XIN_ZHI_SECRET} 结束',
  "{import('node:child_process').then((m) => m.execSync('id'))}",
  '<a {...props}>点这里</a>',
  '<a href={"javascript:alert(1)"}>点这里</a>',
  '详见[这里](<java\tscript:alert(1)>)。',
  '<a href="java&#x09;script:alert(1)">点这里</a>',
  '要抓住{重点}。',
];
const codeLine = (index: number) => appendedLine(note) + index * 2;

// A file outside the project that symbolic links in content/ and public/ point to: neither its path nor
// its text may appear in the build's output.
const outside = mkdtempSync(path.join(tmpdir(), 'xinzhi-outside-'));
const outsideText = `outside-${randomUUID()}`;
writeFileSync(path.join(outside, 'passwd'), `${outsideText}:x:0:0:root:/root:/bin/bash\n`);
const outsideAbsent = [new RegExp(outsideText), new RegExp(outside.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];
const symlinkMessage = /问题：这是一个符号链接（快捷方式），网站不读取 content\/ 和 public\/ 里的链接/;

const mistakes: Mistake[] = [
  {
    name: 'code in a chapter: {…} in text and on its own line, a spread, an expression attribute, a tab-split scheme, braces',
    make: append(note, codeMistakes.join('\n\n')),
    env: { XIN_ZHI_SECRET: secret },
    expect: [
      new RegExp(`发现 ${codeMistakes.length} 个问题`),
      ...codeMistakes.map((_, index) => at(note, codeLine(index))),
      new RegExp(
        `${at(note, codeLine(0)).source}第 4 列\\n {2}问题：这里的 \\{process\\.env\\.XIN_ZHI_SECRET\\} 在 MDX 里是一段程序代码，构建网站时会被运行，不允许`,
      ),
      /这里的 \{import\('node:child_process'\)\.…\} 在 MDX 里是一段程序代码/,
      /<a> 上的 \{\.\.\.props\} 是程序代码/,
      /<a> 的 href=\{"javascript:alert\(1\)"\} 是程序代码/,
      /这个链接的地址是 java\\tscript:alert\(1\)，会执行代码，不允许/,
      /<a> 的 href 是 java\\tscript:alert\(1\)，会执行代码，不允许/,
      /这里的 \{重点\} 在 MDX 里是一段程序代码/,
      /怎么改：网站不运行正文里的代码。如果只是想显示大括号，改用全角括号，写成 ｛重点｝；或在左括号前加反斜杠，写成 \\\{重点\}。/,
    ],
    // The secret was never read: the build ran none of the chapter's code.
    absent: [new RegExp(secret)],
  },
  {
    name: 'a symbolic link in public/ to a file outside the project',
    make: (root) => symlinkSync(path.join(outside, 'passwd'), path.join(root, 'public/leak.txt')),
    expect: [/✗ public\/leak\.txt\n/, symlinkMessage, /删掉这个链接，把真正的文件复制到这里再构建/],
    absent: outsideAbsent,
  },
  {
    name: 'a photo in content/ that is a symbolic link to a file outside the project, given to a <Figure>',
    make: (root) => {
      mkdirSync(path.join(root, folder, 'photos'), { recursive: true });
      symlinkSync(path.join(outside, 'passwd'), path.join(root, folder, 'photos/lead.jpg'));
      append(investment, '<Figure caption="耐世特生产车间" image="photos/lead.jpg" alt="车间" />')(root);
    },
    expect: [new RegExp(`✗ ${folder}/photos/lead\\.jpg\\n`), symlinkMessage],
    absent: outsideAbsent,
  },
  {
    name: 'a chapter without its title',
    make: (root) => replaceIn(root, investment, /^title: .*\n/m, ''),
    expect: [at(investment), /问题：字段 title：缺少这一项，需要填写文字/],
  },
  {
    name: 'a chapter order typed as a word',
    make: (root) => replaceIn(root, investment, 'order: 2', 'order: two'),
    expect: [at(investment, lineOf(investment, 'order: 2')), /问题：字段 order：应为数字，写的是 "two"（文字）/],
  },
  {
    name: 'a misspelt chapter kind',
    make: (root) => replaceIn(root, innovation, 'kind: section', 'kind: sectoin'),
    expect: [
      at(innovation, lineOf(innovation, 'kind: section')),
      /字段 kind：只能是 "section"、"note" 之一.*写的是 "sectoin"/,
    ],
  },
  {
    name: 'two chapters with the same order',
    together: 'chapter order and slugs',
    make: (root) => replaceIn(root, investment, 'order: 2', 'order: 1'),
    expect: [
      at(investment),
      /字段 order：1 已经被 content\/reports\/cong-xin-chu-fa\/chapters\/01-industry-clusters\.mdx 用了/,
    ],
  },
  {
    name: 'two chapters with the same slug',
    together: 'chapter order and slugs',
    make: (root) => replaceIn(root, innovation, 'slug: innovation', 'slug: investment'),
    expect: [
      /✗ content\/reports\/cong-xin-chu-fa\/chapters\/0[23]-i\w+\.mdx\n {2}问题：字段 slug："investment" 已经被 .*0[23]-i\w+\.mdx 用了/,
    ],
  },
  {
    name: 'a slug with capitals and spaces',
    make: (root) => replaceIn(root, investment, 'slug: investment', 'slug: Invest Ment'),
    expect: [at(investment, lineOf(investment, 'slug: investment')), /字段 slug：只能用小写英文字母、数字和单个连字符/],
  },
  {
    name: 'a chapter slug that takes the address of the report’s data page',
    make: (root) => replaceIn(root, investment, 'slug: investment', 'slug: data'),
    expect: [at(investment), /字段 slug：“data”是保留的网址/],
  },
  {
    name: 'the report without its description',
    make: (root) => replaceIn(root, report, /^description: .*\n/m, ''),
    expect: [at(report), /字段 description：缺少这一项/],
  },
  {
    name: 'broken MDX: a component tag never closed',
    make: append(clusters, '<Figure caption="未闭合的标签"\n\n下一段。'),
    expect: [at(clusters, appendedLine(clusters) + 2), /问题：MDX 写法有错，文件从这里起读不下去/, /组件标签没有闭合/],
  },
  {
    name: 'a <Figure image> whose file is missing',
    make: append(investment, '<Figure caption="耐世特生产车间" image="photos/nexteer.jpg" alt="车间" />'),
    expect: [
      at(investment, appendedLine(investment)),
      /<Figure> 的 image：找不到图片文件 content\/reports\/cong-xin-chu-fa\/photos\/nexteer\.jpg/,
    ],
  },
  {
    name: 'a <Figure image> without alt text',
    make: (root) => {
      mkdirSync(path.join(root, folder, 'photos'), { recursive: true });
      writeFileSync(path.join(root, folder, 'photos/lead.png'), tinyPng);
      append(investment, '<Figure caption="耐世特生产车间" image="photos/lead.png" />')(root);
    },
    expect: [at(investment, appendedLine(investment)), /<Figure> 的 alt：有照片就要写 alt/],
  },
  {
    name: 'an MDX component that does not exist',
    make: append(innovation, '<Pullquote>数智赋能</Pullquote>'),
    expect: [
      at(innovation, appendedLine(innovation)),
      /<Pullquote> 不是网站提供的组件/,
      /<Figure>、<EditorNote>、<Chart>、<KeyFigures>/,
    ],
  },
  {
    name: 'a link to a page that does not exist',
    together: 'links',
    make: append(investment, '详见[产业集群](/industry-cluster/)。'),
    expect: (root) => [
      at(investment, lineIn(root, investment, '详见[产业集群](/industry-cluster/)。')),
      /链接“\/industry-cluster\/”指向的页面不存在（出现在页面 cong-xin-chu-fa\/investment\/index\.html）/,
    ],
  },
  {
    name: 'a link to an anchor that does not exist',
    together: 'links',
    make: append(investment, '详见[目录](/#chapters)。'),
    expect: (root) => [
      at(investment, lineIn(root, investment, '详见[目录](/#chapters)。')),
      /链接“\/#chapters”指向的页面 index\.html 里没有“#chapters”这个位置/,
    ],
  },
  {
    name: 'site.json without the series name',
    together: 'site.json schema',
    make: (root) => replaceIn(root, siteJson, /"name": "[^"]*"/, '"name": ""'),
    expect: [at(siteJson), /series\.name/],
  },
  {
    name: 'site.json missing an interface word',
    together: 'site.json schema',
    make: (root) => replaceIn(root, siteJson, /\s*"next": "[^"]*",/, ''),
    expect: [at(siteJson), /字段 ui\.next：缺少这一项/],
  },
  {
    name: 'site.json that is not valid JSON',
    make: (root) => replaceIn(root, siteJson, '"series": {', '"series" {'),
    expect: [at(siteJson, 2), /JSON 格式不对/],
  },
  {
    name: 'a <Chart> with an id no dataset has',
    make: (root) => replaceIn(root, investment, '<Chart id="project-counts" />', '<Chart id="project-count" />'),
    expect: [
      at(investment, lineOf(investment, '<Chart id="project-counts" />')),
      /<Chart> 的 id：没有叫“project-count”的数据集/,
    ],
  },
  {
    name: 'a chart number that differs from its quote',
    together: 'numbers and their quotes',
    make: (root) => replaceIn(root, `${folder}/data/hub-port.json`, '"value": 66.34', '"value": 66.43'),
    expect: [
      at(`${folder}/data/hub-port.json`, lineOf(`${folder}/data/hub-port.json`, '"value": 66.34')),
      /数据集 hub-port 的 output：66\.43亿元 不在引文“前7月，实现总产值66\.34亿元”里/,
    ],
  },
  {
    name: 'a chart value typed as text',
    make: (root) => replaceIn(root, projectCounts, '"value": 59,', '"value": "59个",'),
    expect: [
      at(projectCounts, lineOf(projectCounts, '"value": 59,')),
      /字段 values\.0\.value：格式不对，写的是 "59个"（文字）/,
    ],
  },
  {
    name: 'a quote that is not in its chapter',
    make: (root) =>
      replaceIn(root, projectCounts, '"quote": "全区签约工业项目59个"', '"quote": "全区签约工业项目共59个"'),
    expect: [
      at(projectCounts, lineOf(projectCounts, '"quote": "全区签约工业项目59个"')),
      /引文“全区签约工业项目共59个”在 content\/reports\/cong-xin-chu-fa\/chapters\/02-investment\.mdx 的正文里找不到；从第 9 个字起对不上：引文是“共”，正文是“5”/,
    ],
  },
  {
    name: 'a value whose number is not in its quote',
    together: 'numbers and their quotes',
    make: (root) => replaceIn(root, projectCounts, '"value": 59,', '"value": 58,'),
    expect: [at(projectCounts, lineOf(projectCounts, '"value": 59,')), /58个 不在引文“全区签约工业项目59个”里/],
  },
  {
    name: 'a value with a unit the quote does not use',
    make: (root) => replaceIn(root, projectCounts, '"value": 59, "unit": "个"', '"value": 59, "unit": "吨"'),
    expect: [at(projectCounts), /59吨 不在引文/],
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
  // The mistakes of issue 9's table that the site rejects (the supported ones are built below).
  {
    name: 'Markdown images, raw <img>, <script>, <style>, <iframe>, on…= and javascript: in one chapter',
    make: append(note, markdownMistakes.join('\n\n')),
    expect: [
      new RegExp(`发现 ${markdownMistakes.length} 个问题`),
      ...markdownMistakes.map((_, index) => at(note, markdownLine(index))),
      /Markdown 图片 !\[\]\u2060?\(\.\.\/\.\.\/photos\/x\.jpg\)/,
      /Markdown 图片 !\[车间\]\u2060?\(photos\/x\.jpg\)/,
      /直接用了 <img> 标签/,
      /网站不允许在正文里放脚本（<script>）/,
      /网站不允许在正文里写样式（<style>）/,
      /网站不允许嵌入别的网页（<iframe>）/,
      /<span> 上的 onClick=… 会在浏览器里执行代码/,
      /链接的地址是 javascript:alert\(1\)/,
      /表格上面缺少表题/,
      /这里用了一级标题 #/,
      /怎么改：照片请用 <Figure image="photos\/文件名\.jpg"/,
      new RegExp(
        `构建失败：共 ${markdownMistakes.length} 个问题，第一个：${note.replace(/[.]/g, '\\.')} 第 ${markdownLine(0)} 行第 1 列：这里用了 Markdown 图片`,
      ),
    ],
    // No bundler advice for an editor.
    absent: [/rolldownOptions|build\.rolldown|external/i],
  },
  {
    name: 'a chapter saved in GBK',
    make: (root) => {
      const text = readFileSync(path.join(root, note), 'utf8');
      writeFileSync(path.join(root, note), gbkOf(text));
    },
    expect: [at(note), /文件的编码是 GBK 或 GB2312，不是 UTF-8/, /另存为”UTF-8/],
  },
  {
    name: 'a chapter saved as UTF-16 (Word’s “Unicode text”)',
    make: (root) => {
      const text = readFileSync(path.join(root, note), 'utf8');
      writeFileSync(path.join(root, note), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    },
    expect: [at(note), /文件的编码是 UTF-16（小端），不是 UTF-8/],
  },
  {
    name: 'an iPhone HEIC photo',
    make: (root) => {
      mkdirSync(path.join(root, `${folder}/photos`), { recursive: true });
      writeFileSync(path.join(root, `${folder}/photos/IMG_2042.HEIC`), Buffer.from('not really a heic'));
      append(investment, '<Figure caption="耐世特生产车间" image="photos/IMG_2042.HEIC" alt="车间" />')(root);
    },
    expect: [
      at(investment, appendedLine(investment)),
      /content\/reports\/cong-xin-chu-fa\/photos\/IMG_2042\.HEIC 是 HEIC 格式/,
      /导出为 JPG/,
    ],
  },
  {
    name: 'a photo named in the wrong case',
    make: (root) => {
      mkdirSync(path.join(root, `${folder}/photos`), { recursive: true });
      writeFileSync(path.join(root, `${folder}/photos/IMG_2041.JPG`), tinyPng);
      append(investment, '<Figure caption="耐世特生产车间" image="photos/img_2041.jpg" alt="车间" />')(root);
    },
    expect: [
      at(investment, appendedLine(investment)),
      /找不到 content\/reports\/cong-xin-chu-fa\/photos\/img_2041\.jpg，但有一个只差大小写的文件 content\/reports\/cong-xin-chu-fa\/photos\/IMG_2041\.JPG/,
      /把 image 改成 "photos\/IMG_2041\.JPG"/,
    ],
  },
  // An editor gives the <Figure> already in a chapter a photo (the supported case is built below).
  {
    name: 'a photo that is missing, given to a <Figure> in the chapter',
    make: (root) =>
      replaceIn(
        root,
        innovation,
        '<Figure caption="耐世特生产车间" />',
        '<Figure caption="耐世特生产车间" image="photos/nope.jpg" alt="x" />',
      ),
    // The line the <Figure> is written on, and the component and prop, right after the file.
    expect: [
      new RegExp(
        `✗ content/reports/cong-xin-chu-fa/chapters/03-innovation\\.mdx 第 ${lineOf(innovation, '<Figure caption="耐世特生产车间" />')} 行\\n {2}问题：<Figure> 的 image：找不到图片文件 content/reports/cong-xin-chu-fa/photos/nope\\.jpg`,
      ),
    ],
  },
  {
    name: 'a photo without alt text, given to a <Figure> in the chapter',
    make: async (root) => {
      await greyPhoto(root);
      replaceIn(
        root,
        innovation,
        '<Figure caption="耐世特生产车间" />',
        '<Figure caption="耐世特生产车间" image="photos/test-grey.jpg" />',
      );
    },
    expect: [/<Figure> 的 alt：有照片就要写 alt/],
  },
];

/** A generated 1600 × 900 test image (plain grey, not a photograph) at photos/test-grey.jpg. */
async function greyPhoto(root: string): Promise<void> {
  mkdirSync(path.join(root, `${folder}/photos`), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#808080' } })
    .jpeg()
    .toFile(path.join(root, `${folder}/photos/test-grey.jpg`));
}

/** The copies to build: one per mistake, except that mistakes made `together` share one. */
const builds = [...Map.groupBy(mistakes, (mistake) => mistake.together ?? mistake.name).values()];
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
  await inPool(tasks, 3);
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

  it('lets no value of the build’s environment reach dist/ or the log', () => {
    const canary = inject('buildCanary');
    expect(canary).toMatch(/^canary-/);
    expect(control.result.output).not.toContain(canary);
    for (const dist of [control.dist, inject('distDir')]) {
      const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
        statSync(path.join(dist, file)).isFile(),
      );
      expect(files.length).toBeGreaterThan(50);
      for (const file of files) expect(readFileSync(path.join(dist, file)).includes(canary), file).toBe(false);
    }
  });

  it.each(mistakes.map((mistake) => [mistake.name, mistake] as const))(
    '%s: fails the build, says what and where, leaves dist/ untouched',
    (_, mistake) => {
      const { result, root, hadDist, distBefore } = outcomes.get(buildOf(mistake))!;
      expect(result.status, result.output).not.toBe(0);
      const patterns = typeof mistake.expect === 'function' ? mistake.expect(root) : mistake.expect;
      for (const pattern of patterns) expect(result.output).toMatch(pattern);
      for (const pattern of mistake.absent ?? []) expect(result.output).not.toMatch(pattern);
      // One summary line in Chinese at the end: how many problems, and the first.
      expect(result.output).toMatch(
        /\n构建失败：共 \d+ 个问题，第一个：.+。dist\/ (保持原样|没有生成)，没有半成品可以发布。/,
      );
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
    // A quiet build: nothing an editor cannot act on.
    expect(result.output).not.toMatch(/\[WARN\]|\[ERROR\]|MODULE_LEVEL_DIRECTIVE|Shiki/);
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
