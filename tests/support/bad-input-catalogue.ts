/**
 * The catalogue of editors' mistakes (the table in docs/编辑指南.md): each mistake, how to make it in a
 * copy of the site, the stage of the build that stops at it and what the message must say.
 *
 * Every mistake is checked in-process by the build's own checks (tests/content/bad-input.test.ts,
 * through tests/support/content-checks.ts); one mistake per stage is also built for real with
 * `npm run build` (tests/build/bad-input.test.ts), which proves the stages are wired.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { replaceIn } from './site-copy';
import { decompressionBombPng } from './png';
import { lockText } from '../../scripts/build-lock.mjs';
import { projectRoot } from './build-site';
import type { FailureStage } from './content-checks';

/** The 1-based line of `needle` in a file of the project. */
const lineOf = (file: string, needle: string) =>
  readFileSync(path.join(projectRoot, file), 'utf8').split(needle)[0]!.split('\n').length;

/** Text in GBK, as an old Windows editor saves it (Node has no GBK encoder; iconv is part of glibc). */
function gbkOf(text: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
}

export const folder = 'content/reports/cong-xin-chu-fa';
export const investment = `${folder}/chapters/02-investment.mdx`;
export const clusters = `${folder}/chapters/01-industry-clusters.mdx`;
export const innovation = `${folder}/chapters/03-innovation.mdx`;
export const note = `${folder}/chapters/04-reporters-note.mdx`;
const report = `${folder}/report.mdx`;
export const siteJson = 'content/site.json';
const hantExceptions = 'content/zh-hant-exceptions.json';
export const projectCounts = `${folder}/data/project-counts.json`;
// A valid 1×1 PNG, so a photo exists in the copy.
const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export interface Mistake {
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
  /** The stage of the build that stops at this mistake (tests/support/content-checks.ts). */
  stage: FailureStage;
  /** The one mistake of its stage also made in a copy and built with `npm run build`. */
  built?: true;
}

export const append = (file: string, text: string) => (root: string) =>
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
export const secret = `secret-${randomUUID()}`;
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
export const outside = mkdtempSync(path.join(tmpdir(), 'xinzhi-outside-'));
const outsideText = `outside-${randomUUID()}`;
writeFileSync(path.join(outside, 'passwd'), `${outsideText}:x:0:0:root:/root:/bin/bash\n`);
const outsideAbsent = [new RegExp(outsideText), new RegExp(outside.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];
const symlinkMessage = /问题：这是一个符号链接（快捷方式），网站不读取 content\/ 和 public\/ 里的链接/;

/**
 * A whole message, for the syntax mistakes of issue 27: the problem (where, what, the line itself with
 * its marker), what to do and the English gist, each as printed (in-process: message then hint; by the
 * build: the hint under "Hint:"), and the summary line's first problem.
 */
function whole(file: string, where: string, problem: string, source: string[], hint: string, en: string): RegExp[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    new RegExp(escape([`✗ ${file} ${where}`, `  问题：${problem}`, ...source].join('\n')) + '\n'),
    new RegExp(`\\n\\s*${escape(hint)}\\n\\s*${escape(`(${en})`)}\\n`),
    new RegExp(`\\n${escape(`构建失败：共 1 个问题，第一个：${file} ${where}：${problem}。`)}`),
  ];
}

export const mistakes: Mistake[] = [
  {
    name: 'code in a chapter: {…} in text and on its own line, a spread, an expression attribute, a tab-split scheme, braces',
    // Built for real: only a real build shows that the chapter's code never ran (the secret is printed nowhere).
    stage: 'compile',
    built: true,
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
    // Built for real: the linked file's path and text must appear nowhere in the build's output.
    stage: 'config',
    built: true,
    make: (root) => symlinkSync(path.join(outside, 'passwd'), path.join(root, 'public/leak.txt')),
    expect: [/✗ public\/leak\.txt\n/, symlinkMessage, /删掉这个链接，把真正的文件复制到这里再构建/],
    absent: outsideAbsent,
  },
  {
    name: 'a photo in content/ that is a symbolic link to a file outside the project, given to a <Figure>',
    stage: 'config',
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
    stage: 'content loading',
    built: true,
    make: (root) => replaceIn(root, investment, /^title: .*\n/m, ''),
    expect: [at(investment), /问题：字段 title：缺少这一项，需要填写文字/],
  },
  {
    name: 'a date added to the report’s frontmatter as date: 2024年7月20日 (the field is published)',
    stage: 'content loading',
    make: (root) => replaceIn(root, report, /^number: 1$/m, 'number: 1\ndate: 2024年7月20日'),
    expect: whole(
      report,
      `第 ${lineOf(report, 'number: 1') + 1} 行`,
      '字段 date：网站不认识这个字段（拼写错了，或者这里不该有）',
      [`    ${lineOf(report, 'number: 1') + 1} | date: 2024年7月20日`],
      '发表日期的字段名是 published：把 date 改成 published（见《编辑指南》“报道的日期、作者和更正”）。',
      'date: unknown field; did you mean published?',
    ),
  },
  {
    name: 'a chapter order typed as a word',
    stage: 'content loading',
    make: (root) => replaceIn(root, investment, 'order: 2', 'order: two'),
    expect: [at(investment, lineOf(investment, 'order: 2')), /问题：字段 order：应为数字，写的是 "two"（文字）/],
  },
  {
    name: 'a misspelt chapter kind',
    stage: 'content loading',
    make: (root) => replaceIn(root, innovation, 'kind: section', 'kind: sectoin'),
    expect: [
      at(innovation, lineOf(innovation, 'kind: section')),
      /字段 kind：只能是 "section"、"note" 之一.*写的是 "sectoin"/,
    ],
  },
  {
    name: 'two chapters with the same order',
    stage: 'render',
    together: 'chapter order and slugs',
    make: (root) => replaceIn(root, investment, 'order: 2', 'order: 1'),
    expect: [
      at(investment),
      /字段 order：1 已经被 content\/reports\/cong-xin-chu-fa\/chapters\/01-industry-clusters\.mdx 用了/,
    ],
  },
  {
    name: 'two chapters with the same slug',
    stage: 'render',
    together: 'chapter order and slugs',
    make: (root) => replaceIn(root, innovation, 'slug: innovation', 'slug: investment'),
    expect: [
      /✗ content\/reports\/cong-xin-chu-fa\/chapters\/0[23]-i\w+\.mdx\n {2}问题：字段 slug："investment" 已经被 .*0[23]-i\w+\.mdx 用了/,
    ],
  },
  {
    name: 'a slug with capitals and spaces',
    stage: 'content loading',
    make: (root) => replaceIn(root, investment, 'slug: investment', 'slug: Invest Ment'),
    expect: [at(investment, lineOf(investment, 'slug: investment')), /字段 slug：只能用小写英文字母、数字和单个连字符/],
  },
  {
    name: 'a chapter slug that takes the address of the report’s data page',
    stage: 'render',
    make: (root) => replaceIn(root, investment, 'slug: investment', 'slug: data'),
    expect: [at(investment), /字段 slug：“data”是保留的网址/],
  },
  {
    name: 'the report without its description',
    stage: 'content loading',
    make: (root) => replaceIn(root, report, /^description: .*\n/m, ''),
    expect: [at(report), /字段 description：缺少这一项/],
  },
  {
    name: 'broken MDX: a component tag never closed',
    stage: 'compile',
    make: append(clusters, '<Figure caption="未闭合的标签"\n\n下一段。'),
    expect: [at(clusters, appendedLine(clusters) + 2), /问题：MDX 写法有错，文件从这里起读不下去/, /组件标签没有闭合/],
  },
  {
    name: 'a <Figure image> whose file is missing',
    stage: 'render',
    make: append(investment, '<Figure caption="耐世特生产车间" image="photos/nexteer.jpg" alt="车间" />'),
    expect: [
      at(investment, appendedLine(investment)),
      /<Figure> 的 image：找不到图片文件 content\/reports\/cong-xin-chu-fa\/photos\/nexteer\.jpg/,
    ],
  },
  {
    name: 'a <Figure image> without alt text',
    stage: 'render',
    make: (root) => {
      mkdirSync(path.join(root, folder, 'photos'), { recursive: true });
      writeFileSync(path.join(root, folder, 'photos/lead.png'), tinyPng);
      append(investment, '<Figure caption="耐世特生产车间" image="photos/lead.png" />')(root);
    },
    expect: [at(investment, appendedLine(investment)), /<Figure> 的 alt：有照片就要写 alt/],
  },
  {
    name: 'an MDX component that does not exist',
    stage: 'compile',
    make: append(innovation, '<Pullquote>数智赋能</Pullquote>'),
    expect: [
      at(innovation, appendedLine(innovation)),
      /<Pullquote> 不是网站提供的组件/,
      /<Figure>、<EditorNote>、<Chart>、<KeyFigures>/,
    ],
  },
  {
    // Issue 34: MDX read it as the page's own render function, which rendered the page into itself until V8 ran
    // out of memory, after about a minute, with a V8 frame quoted in the summary.
    name: 'an MDX component named like the page’s own code: <_createMdxContent /> (and <$x />)',
    stage: 'compile',
    make: append(innovation, '<_createMdxContent />\n\n<$x />'),
    expect: [
      new RegExp('发现 2 个问题'),
      at(innovation, appendedLine(innovation)),
      at(innovation, appendedLine(innovation) + 2),
      /<_createMdxContent> 不是网站提供的组件/,
      /<\$x> 不是网站提供的组件/,
      /<Figure>、<EditorNote>、<Chart>、<KeyFigures>/,
    ],
    absent: [/heap|V8|JavaScript heap out of memory/i],
  },
  {
    name: 'a link to a page that does not exist',
    stage: 'end of build',
    built: true,
    together: 'links',
    make: append(investment, '详见[产业集群](/industry-cluster/)。'),
    expect: (root) => [
      at(investment, lineIn(root, investment, '详见[产业集群](/industry-cluster/)。')),
      // Once, naming the MDX file and line and both pages the link is on (the chapter and /full/), never dist/.
      /\n {2}问题：链接“\/industry-cluster\/”指向的页面不存在（出现在页面 \/cong-xin-chu-fa\/investment\/、\/cong-xin-chu-fa\/full\/）\n {2}怎么改：把这个链接的网址改成一个存在的页面：本站链接写 \/报道网址\/章节网址\/，要跳到页面里的某个位置再加 #位置。现在有的网址有：\/cong-xin-chu-fa\/data\/、\/cong-xin-chu-fa\/full\/、\/cong-xin-chu-fa\/industry-clusters\/、/,
      // Two mistakes, two problems, and the summary counts the same.
      /发现 2 个问题：/,
      /\n构建失败：共 2 个问题，/,
    ],
    absent: [/✗ dist\//, /出现在页面 [^\n]*index\.html/],
  },
  {
    name: 'a link to an anchor that does not exist',
    stage: 'end of build',
    built: true,
    together: 'links',
    make: append(investment, '详见[目录](/#chapters)。'),
    expect: (root) => [
      at(investment, lineIn(root, investment, '详见[目录](/#chapters)。')),
      /链接“\/#chapters”指向的页面 \/ 里没有“#chapters”这个位置（出现在页面 \/cong-xin-chu-fa\/investment\/、\/cong-xin-chu-fa\/full\/）/,
    ],
  },
  {
    name: 'site.json without the series name',
    stage: 'render',
    together: 'site.json schema',
    make: (root) => replaceIn(root, siteJson, /"name": "[^"]*"/, '"name": ""'),
    expect: [at(siteJson), /series\.name/],
  },
  {
    name: 'site.json missing an interface word',
    stage: 'render',
    together: 'site.json schema',
    make: (root) => replaceIn(root, siteJson, /\s*"next": "[^"]*",/, ''),
    expect: [at(siteJson), /字段 ui\.next：缺少这一项/],
  },
  {
    name: 'site.json with a placeholder deleted from an interface string',
    stage: 'render',
    together: 'site.json placeholders',
    make: (root) => replaceIn(root, siteJson, '"第{n}项，共{count}项"', '"第{n}项，共项"'),
    expect: (root) => [
      at(siteJson, lineIn(root, siteJson, '"chartItem"')),
      /字段 ui\.chartItem：缺少占位符 \{count\}（网站会把它换成一共几个）/,
      /怎么改：这句话里要原样写上 \{n\}、\{count\}.*把 \{count\} 加回句中合适的位置/,
    ],
  },
  {
    name: 'site.json with a placeholder misspelt',
    stage: 'render',
    together: 'site.json placeholders',
    make: (root) => replaceIn(root, siteJson, '约{minutes}分钟读完', '约{minute}分钟读完'),
    expect: (root) => [
      at(siteJson, lineIn(root, siteJson, '"readingTime"')),
      /字段 ui\.readingTime：占位符写成了 \{minute\}，应是 \{minutes\}/,
      /把 \{minute\} 改成 \{minutes\}/,
    ],
  },
  {
    name: 'site.json that is not valid JSON',
    stage: 'config',
    make: (root) => replaceIn(root, siteJson, '"series": {', '"series" {'),
    expect: [at(siteJson, 2), /JSON 格式不对，文件读不出来：字段名后面缺少英文冒号“:”/],
  },
  {
    // Issue 34, H1: the 繁體 reporter's note redirected readers to another site; the build said 构建完成.
    name: 'a 繁體 exception whose traditional holds a <meta> refresh to another site',
    stage: 'config',
    make: (root) =>
      replaceIn(
        root,
        hantExceptions,
        '"traditional": "涵養發展"',
        '"traditional": "涵養發展<meta http-equiv=\\"refresh\\" content=\\"5;url=https://evil.example/\\">"',
      ),
    expect: [
      at(hantExceptions, lineOf(hantExceptions, '"traditional": "涵養發展"')),
      // Counted from 1, as the message about an exception written twice counts them.
      /问题：第 1 条例外的 traditional：“涵養發展<meta http-equiv="refresh" content="5;url=https:\/\/evil\.example\/">”里有符号 <：例外只能写文字/,
      /只写繁体版要写成的那几个字，删掉 <；引号用繁体的「」『』。/,
    ],
  },
  {
    // Issue 34, H1: an exception that rewrote the CSP of every 繁體 page, so a <script> ran.
    name: 'a 繁體 exception whose simplified is a piece of the CSP, not Chinese words',
    stage: 'config',
    make: (root) => {
      replaceIn(root, hantExceptions, '"simplified": "征程"', `"simplified": "script-src 'self'"`);
      replaceIn(root, hantExceptions, '"traditional": "征程"', `"traditional": "script-src 'self' 'unsafe-inline'"`);
    },
    expect: [
      at(hantExceptions, lineOf(hantExceptions, '"simplified": "征程"')),
      /问题：第 2 条例外的 simplified：“script-src 'self'”里有符号 '/,
      /问题：第 2 条例外的 simplified：“script-src 'self'”里没有汉字：例外只改正汉字的转换/,
      /网址、代码和英文不会被转换，不用写例外。/,
      /问题：第 2 条例外的 traditional：“script-src 'self' 'unsafe-inline'”里有符号 '/,
    ],
  },
  {
    name: 'a <Chart> with an id no dataset has',
    stage: 'render',
    make: (root) => replaceIn(root, investment, '<Chart id="project-counts" />', '<Chart id="project-count" />'),
    expect: [
      at(investment, lineOf(investment, '<Chart id="project-counts" />')),
      /<Chart> 的 id：没有叫“project-count”的数据集/,
    ],
  },
  {
    name: 'a chart number that differs from its quote',
    stage: 'render',
    together: 'numbers and their quotes',
    make: (root) => replaceIn(root, `${folder}/data/hub-port.json`, '"value": 66.34', '"value": 66.43'),
    expect: [
      at(`${folder}/data/hub-port.json`, lineOf(`${folder}/data/hub-port.json`, '"value": 66.34')),
      /数据集 hub-port 的 output：66\.43亿元 不在引文“前7月，实现总产值66\.34亿元”里/,
    ],
  },
  {
    name: 'a chart’s takeaway and description with a number changed (59 → 69), the bars left as they are',
    stage: 'render',
    make: (root) => {
      replaceIn(root, projectCounts, '"takeaway": "全区签约工业项目59个', '"takeaway": "全区签约工业项目69个');
      replaceIn(root, projectCounts, '全区签约工业项目59个；其中协议', '全区签约工业项目69个；其中协议');
    },
    expect: [
      /发现 2 个问题/,
      at(projectCounts, lineOf(projectCounts, '"takeaway"')),
      at(projectCounts, lineOf(projectCounts, '"description"')),
      /问题：数据集 project-counts 的 takeaway（一句话结论）写了“69个”，它的引文（quote）里没有这个数：图表、卡片和它们的说明会和正文对不上/,
      /问题：数据集 project-counts 的 description（给读屏软件的说明）写了“69个”，它的引文（quote）和 chapters\/02-investment\.mdx 的正文里没有这个数/,
    ],
  },
  {
    name: 'a photo caption with a number changed (8GW → 9GW)',
    stage: 'compile',
    make: (root) => replaceIn(root, investment, 'caption="武骏光能年产8GW', 'caption="武骏光能年产9GW'),
    expect: whole(
      investment,
      `第 ${lineOf(investment, 'caption="武骏光能年产8GW')} 行第 1 列`,
      '<Figure> 的 caption（图片说明）写了“9GW”，这一章的正文里没有这个数，说明会和正文对不上',
      [],
      '图片说明里的数字（连同单位）要和正文写的一样：照原报道改正；原报道的说明本来就有这个数的，请开发人员看一下。',
      "<Figure caption>: 9GW is not stated in the file's running text",
    ),
  },
  {
    name: 'a number in the lead photo’s caption (report.mdx’s leadPhoto) that the lede does not state',
    stage: 'compile',
    make: (root) =>
      replaceIn(
        root,
        report,
        '  caption: 重庆枢纽港产业园(江津片区)蓬勃发展',
        '  caption: 重庆枢纽港产业园(江津片区)31家企业蓬勃发展',
      ),
    expect: whole(
      report,
      `第 ${lineOf(report, '  caption:')} 行`,
      '资料卡的 leadPhoto.caption（头图说明）写了“31家”，这个文件的正文里没有这个数，说明会和正文对不上',
      [],
      '图片说明里的数字（连同单位）要和正文写的一样：照原报道改正；原报道的说明本来就有这个数的，请开发人员看一下。',
      "leadPhoto.caption: 31家 is not stated in the file's running text",
    ),
  },
  {
    name: 'notes starting with 待核 left in a published report, as <!-- … --> and as {/* … */}',
    stage: 'config',
    make: (root) => {
      append(investment, '<!-- 待核：59个还是69个？ -->')(root);
      append(innovation, '正文{/* 待核：瞪羚企业的家数 */}')(root);
    },
    expect: [
      /发现 2 个问题/,
      new RegExp(
        `${at(investment, appendedLine(investment)).source}第 1 列\\n  问题：这里有一条“待核”备注（待核：59个还是69个？），说明这里还没有核对完，这篇报道不能发布\\n`,
      ),
      new RegExp(
        `${at(innovation, appendedLine(innovation)).source}第 3 列\\n  问题：这里有一条“待核”备注（待核：瞪羚企业的家数），说明这里还没有核对完，这篇报道不能发布\\n`,
      ),
      /怎么改：核对完，删掉这条备注再构建（备注本身不会出现在网页上，只是“待核”开头的备注不让发布）。还没核对完就先不要发布：在 content\/reports\/cong-xin-chu-fa\/report\.mdx 的资料卡里加回 draft: true 这一行/,
    ],
  },
  {
    name: 'a note written with the full-width ＜!-- --＞ the MDX hint suggests for a lone <',
    stage: 'compile',
    make: append(investment, '＜!-- 待核：数字 --＞'),
    expect: whole(
      investment,
      `第 ${appendedLine(investment)} 行第 1 列`,
      '这里像是一条内部备注，但用了全角的 ＜ ＞，读者会原样看到它',
      [],
      '内部备注用半角符号写成 <!-- 待核：… -->，或者写成 {/* 待核：… */}；两种写法都不会出现在网页上。',
      'a note written with full-width ＜!-- --＞ is published as text',
    ),
  },
  {
    name: 'a less-than sign in the text: 增速<5%',
    stage: 'compile',
    make: append(investment, '其中增速<5%的企业不多。'),
    expect: whole(
      investment,
      `第 ${appendedLine(investment)} 行第 5 列`,
      '这里的 < 后面不是组件或标签的名字：MDX 把 < 当成标签的开头，正文里的小于号不能直接写',
      [`    ${appendedLine(investment)} | 其中增速<5%的企业不多。`, `       |         ^`],
      '改成全角的 ＜（例如 增速＜5%的），或者写成文字“小于”。',
      'Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_`',
    ),
  },
  {
    name: 'a chart value typed as text',
    stage: 'content loading',
    make: (root) => replaceIn(root, projectCounts, '"value": 59,', '"value": "59个",'),
    expect: [
      at(projectCounts, lineOf(projectCounts, '"value": 59,')),
      /字段 values\.0\.value：格式不对，写的是 "59个"（文字）/,
    ],
  },
  {
    name: 'a quote that is not in its chapter',
    stage: 'render',
    make: (root) =>
      replaceIn(root, projectCounts, '"quote": "全区签约工业项目59个"', '"quote": "全区签约工业项目共59个"'),
    expect: [
      at(projectCounts, lineOf(projectCounts, '"quote": "全区签约工业项目59个"')),
      /引文“全区签约工业项目共59个”在 content\/reports\/cong-xin-chu-fa\/chapters\/02-investment\.mdx 的正文里找不到；从第 9 个字起对不上：引文是“共”，正文是“5”/,
    ],
  },
  {
    name: 'a value whose number is not in its quote',
    stage: 'render',
    together: 'numbers and their quotes',
    make: (root) => replaceIn(root, projectCounts, '"value": 59,', '"value": 58,'),
    expect: [at(projectCounts, lineOf(projectCounts, '"value": 59,')), /58个 不在引文“全区签约工业项目59个”里/],
  },
  {
    name: 'a value with a unit the quote does not use',
    stage: 'render',
    make: (root) => replaceIn(root, projectCounts, '"value": 59, "unit": "个"', '"value": 59, "unit": "吨"'),
    expect: [at(projectCounts), /59吨 不在引文/],
  },
  // Frontmatter written the way a newcomer writes it (issue 27): each stops while content loads.
  {
    name: 'a title with an unquoted half-width colon',
    stage: 'content loading',
    make: (root) => replaceIn(root, investment, /^title: .*$/m, 'title: 江津: 新的一年'),
    expect: whole(
      investment,
      '第 5 行第 10 列',
      'title 的值里有一个半角冒号“:”，资料卡会把它当成下一个字段的开始，读不下去',
      ['    5 | title: 江津: 新的一年', '      |            ^'],
      '把这个冒号改成全角“：”（title: 江津：新的一年），或者把整个值放进英文双引号里（title: "江津: 新的一年"）。',
      'frontmatter YAML: bad indentation of a mapping entry',
    ),
  },
  {
    name: 'a frontmatter line indented with a tab',
    stage: 'content loading',
    make: (root) => replaceIn(root, investment, '\ntitle: ', '\n\ttitle: '),
    expect: whole(
      investment,
      '第 5 行第 1 列',
      '这一行用制表符（Tab 键，显示为 →）缩进，资料卡只认空格',
      ['    5 | →title: 招商引资接龙引凤 注入发展“新活力”', '      | ^'],
      '删掉行首的制表符：顶格的字段（title: …）前面什么都不要有；要缩进的地方用两个空格。',
      'frontmatter YAML: tab characters must not be used in indentation',
    ),
  },
  {
    name: 'a title whose quote is never closed',
    stage: 'content loading',
    make: (root) => replaceIn(root, investment, 'title: 招商', 'title: "招商'),
    expect: whole(
      investment,
      '第 5 行第 8 列',
      '这一行的值以英文引号 " 开头，但没有配对的结尾引号',
      ['    5 | title: "招商引资接龙引凤 注入发展“新活力”', '      |        ^'],
      '在值的末尾补上 "（title: "招商引资接龙引凤 注入发展“新活力”"）；值里面要用引号时，请用中文引号“ ”。',
      'frontmatter YAML: unexpected end of the stream within a double quoted scalar',
    ),
  },
  {
    name: 'frontmatter without its opening ---',
    stage: 'content loading',
    make: (root) => replaceIn(root, investment, /^---\n/, ''),
    expect: whole(
      investment,
      '第 1 行第 1 列',
      '资料卡（frontmatter）开头缺少一行 ---，这几行字段会被当成正文',
      ['    1 | order: 2', '      | ^'],
      '在第 1 行上面加一行 ---（三个半角减号），资料卡要用上下两行 --- 括起来。',
      'frontmatter: the opening --- line is missing',
    ),
  },
  {
    name: 'frontmatter without its closing ---',
    stage: 'content loading',
    make: (root) => replaceIn(root, investment, /^(standfirst: .*\n)---\n/m, '$1'),
    expect: whole(
      investment,
      '第 6 行',
      '资料卡（frontmatter）只有开头的 ---，没有结尾的 ---',
      ['    6 | standfirst: 精准招商引资，是加快形成新质生产力的源头活水。'],
      '在第 6 行（资料卡最后一个字段）下面加一行 ---，再空一行写正文。',
      'frontmatter: the closing --- line is missing',
    ),
  },
  {
    name: 'a frontmatter field written twice',
    stage: 'content loading',
    make: (root) => replaceIn(root, investment, 'slug: investment\n', 'slug: investment\ntitle: 江津\n'),
    expect: whole(
      investment,
      '第 6 行第 1 列',
      '字段 title 写了两次（第 5 行和第 6 行）',
      ['    6 | title: 招商引资接龙引凤 注入发展“新活力”', '      | ^'],
      '每个字段只能写一次：保留对的那一行，删掉另一行。',
      'frontmatter YAML: duplicated mapping key',
    ),
  },
  {
    name: 'a title written as a list',
    stage: 'content loading',
    make: (root) => replaceIn(root, investment, /^title: .*$/m, 'title:\n  - 招商引资接龙引凤\n  - 注入发展“新活力”'),
    expect: whole(
      investment,
      '第 5 行',
      '字段 title：应为文字，这里写成了列表 ["招商引资接龙引凤","注入发展“新活力”"]（以“- ”开头的几行，或 [ ]），只能写一个值',
      ['    5 | title:'],
      '对照《编辑指南》里这个字段的说明改正。',
      'title: invalid value',
    ),
  },
  {
    name: 'a field name followed by a full-width colon',
    stage: 'content loading',
    make: (root) => replaceIn(root, investment, 'title: 招商', 'title：招商'),
    expect: whole(
      investment,
      '第 5 行第 6 列',
      '字段名 title 后面要用半角冒号加一个空格（title: …）',
      ['    5 | title：招商引资接龙引凤 注入发展“新活力”', '      |      ^'],
      '改成 title: 再写值：冒号是英文半角的“:”，后面空一格。',
      'frontmatter YAML: can not read a block mapping entry; a multiline key may not be an implicit key',
    ),
  },
  // Datasets' JSON as editors mistype it: Astro's own JSON loader would let the trailing comma through.
  {
    name: 'a dataset with a comma after the last item',
    stage: 'content loading',
    make: (root) =>
      replaceIn(root, projectCounts, '"quote": "全区签约工业项目59个" }', '"quote": "全区签约工业项目59个", }'),
    expect: whole(
      projectCounts,
      '第 11 行第 91 列',
      'JSON 格式不对，文件读不出来：最后一项后面多了一个逗号',
      [
        '    11 |     { "key": "signed", "label": "签约工业项目", "value": 59, "unit": "个", "quote": "全区签约工业项目59个", },',
        `       | ${' '.repeat(106)}^`,
      ],
      '删掉这个逗号：} 前面的最后一项后面不能有逗号。',
      'not valid JSON: Expected double-quoted property name in JSON at position 448 (line 11 column 93)',
    ),
  },
  {
    // Issue 34: the build stayed busy for over ten minutes with no output (1.2–1.8 GB of memory).
    name: 'a 53 MB dataset',
    // Every editor's file is read before the site is built, so all unreadable files are named at once.
    stage: 'config',
    make: (root) => {
      const file = path.join(root, projectCounts);
      const dataset = JSON.parse(readFileSync(file, 'utf8'));
      const note = '全区签约工业项目59个，协议投资额398.09亿元。'.repeat(40);
      dataset.notes = Array.from({ length: Math.ceil((53 * 1024 * 1024) / Buffer.byteLength(note)) }, () => note);
      writeFileSync(file, JSON.stringify(dataset, null, 2));
    },
    expect: [
      new RegExp(
        `${at(projectCounts).source}\\n {2}问题：这个数据文件有 53\\.\\d MB，超过了数据文件的上限 256\\.0 KB，网站不读这么大的文件\\n`,
      ),
      /数据文件只放报道里写到的数字和它们的原话/,
    ],
  },
  {
    name: 'a dataset with a Chinese comma between items',
    stage: 'content loading',
    make: (root) => replaceIn(root, projectCounts, '"value": 59,', '"value": 59，'),
    expect: whole(
      projectCounts,
      '第 11 行第 54 列',
      'JSON 格式不对，文件读不出来：这里的 ， 是中文标点，JSON 的格式符号要用英文半角的 ,',
      [
        '    11 |     { "key": "signed", "label": "签约工业项目", "value": 59， "unit": "个", "quote": "全区签约工业项目59个" },',
        `       | ${' '.repeat(59)}^`,
      ],
      '把 ， 改成英文半角的 ,。引号、逗号、冒号、括号都要用英文半角；中文标点只能写在 " " 括起来的文字里面。',
      "not valid JSON: Expected ',' or '}' after property value in JSON at position 409 (line 11 column 54)",
    ),
  },
  {
    name: 'a dataset with Chinese quotes around a text',
    stage: 'content loading',
    make: (root) => replaceIn(root, projectCounts, '"unit": "个"', '"unit": “个”'),
    expect: whole(
      projectCounts,
      '第 5 行第 11 列',
      'JSON 格式不对，文件读不出来：这里的 “ 是中文标点，JSON 的格式符号要用英文半角的 "',
      ['    5 |   "unit": “个”,', '      |           ^'],
      '把 “ 改成英文半角的 "。引号、逗号、冒号、括号都要用英文半角；中文标点只能写在 " " 括起来的文字里面。',
      `not valid JSON: Unexpected token '“', ..."  "unit": “个”,`,
    ),
  },
  {
    name: 'a dataset whose list of values is never closed',
    stage: 'content loading',
    make: (root) => replaceIn(root, projectCounts, '\n  ]\n}', '\n}'),
    expect: whole(
      projectCounts,
      '第 20 行第 1 列',
      'JSON 格式不对，文件读不出来：第 10 行的 [ 在这之前没有闭合（缺少 ]）',
      ['    20 | }', '       | ^'],
      '在这一组最后一项后面补上 ]；左右括号要一一成对。',
      "not valid JSON: Expected ',' or ']' after array element in JSON at position 698 (line 20 column 1)",
    ),
  },
  // A report's record (issue 35): dates, bylines, corrections. Each refused with the file and the field's line.
  {
    name: 'a publication date that does not parse (published: 2024年7月, no day)',
    stage: 'content loading',
    make: (root) => replaceIn(root, report, /^number: 1$/m, 'number: 1\npublished: 2024年7月'),
    expect: (root) =>
      whole(
        report,
        `第 ${lineIn(root, report, 'published:')} 行`,
        '字段 published：“2024年7月”不是能读懂的日期',
        [`    ${lineIn(root, report, 'published:')} | published: 2024年7月`],
        '日期写成 2024年7月20日 或 2024-07-20（年、月、日都要写，不写时间）。',
        'published: not a date (2024-07-20 or 2024年7月20日)',
      ),
  },
  {
    name: 'a publication date in the future (2042年7月20日 for 2024年7月20日)',
    stage: 'content loading',
    make: (root) => replaceIn(root, report, /^number: 1$/m, 'number: 1\npublished: 2042年7月20日'),
    expect: (root) => [
      at(report, lineIn(root, report, 'published:')),
      /问题：字段 published：2042年7月20日还没到，日期不能在未来/,
      /检查年份和月份是不是打错了（例如 2024 写成了 2042）；为明天准备的报道先留着 draft: true，到发表那天再发布。/,
    ],
  },
  {
    name: 'updated before published',
    stage: 'content loading',
    make: (root) => replaceIn(root, report, /^number: 1$/m, 'number: 1\npublished: 2024年7月20日\nupdated: 2024-07-02'),
    expect: (root) => [
      at(report, lineIn(root, report, 'updated:')),
      /问题：字段 updated：更新日期 2024年7月2日 早于发表日期 2024年7月20日/,
      /updated（更新日期）不能早于 published（发表日期）：检查两个日期是不是写反了或打错了。/,
    ],
  },
  {
    name: 'an empty author line and a role without a name in the byline',
    stage: 'content loading',
    make: (root) => replaceIn(root, report, /^number: 1$/m, 'number: 1\nauthors:\n  - 记者 张三\n  -\n  - 通讯员'),
    expect: (root) => [
      new RegExp(`发现 2 个问题`),
      at(report, lineIn(root, report, '  -\n')),
      /问题：字段 authors\.1：作者是空的/,
      at(report, lineIn(root, report, '  - 通讯员')),
      /问题：字段 authors\.2：“通讯员”只有角色，没有姓名/,
      /每行写一位作者：角色、空格、姓名，例如 - 记者 张三；没有作者就删掉这一行（或整个 authors）。/,
    ],
  },
  {
    name: 'a correction whose date does not parse (7月21日, no year)',
    stage: 'content loading',
    make: (root) =>
      replaceIn(
        root,
        report,
        /^number: 1$/m,
        'number: 1\ncorrections:\n  - date: 2024年7月21日\n    text: 第一条更正。\n  - text: 第二条更正。\n    date: 7月21日',
      ),
    expect: (root) =>
      whole(
        report,
        `第 ${lineIn(root, report, '    date: 7月21日')} 行`,
        '字段 corrections.1.date：“7月21日”没有年份',
        [`    ${lineIn(root, report, '    date: 7月21日')} |     date: 7月21日`],
        '日期写成 2024年7月20日 或 2024-07-20（年、月、日都要写，不写时间）。',
        'corrections.1.date: not a date (2024-07-20 or 2024年7月20日)',
      ),
  },
  {
    name: 'a correction naming a chapter the report does not have',
    stage: 'render',
    make: (root) =>
      replaceIn(
        root,
        report,
        /^number: 1$/m,
        'number: 1\ncorrections:\n  - date: 2024年7月21日\n    chapter: investmnet\n    text: 第二部分的一处笔误已改正。',
      ),
    expect: (root) =>
      whole(
        report,
        `第 ${lineIn(root, report, '    chapter: investmnet')} 行`,
        '字段 corrections.0.chapter：这篇报道没有 slug 为“investmnet”的一章',
        [`    ${lineIn(root, report, '    chapter: investmnet')} |     chapter: investmnet`],
        'chapter 写这条更正所在那一章的 slug（章文件资料卡里的 slug）：industry-clusters、investment、innovation、reporters-note；更正整篇报道就删掉 chapter 这一行。',
        'corrections.0.chapter: no chapter with slug "investmnet" (industry-clusters, investment, innovation, reporters-note)',
      ),
  },
  {
    name: 'the reporter’s note of a published report dated in the future (published: 2042年7月20日)',
    stage: 'render',
    make: (root) => replaceIn(root, note, /^label: 记者手记$/m, 'label: 记者手记\npublished: 2042年7月20日'),
    expect: (root) => [
      at(note, lineIn(root, note, 'published:')),
      /问题：字段 published：2042年7月20日还没到，日期不能在未来/,
    ],
  },
  {
    name: 'a chapter updated before the report’s publication date',
    stage: 'render',
    make: (root) => {
      replaceIn(root, report, /^number: 1$/m, 'number: 1\npublished: 2024年7月20日');
      replaceIn(root, note, /^label: 记者手记$/m, 'label: 记者手记\nupdated: 2024年7月2日');
    },
    expect: (root) => [
      at(note, lineIn(root, note, 'updated:')),
      /问题：字段 updated：这一章的更新日期 2024年7月2日 早于发表日期 2024年7月20日（发表日期是报道 report\.mdx 里写的）/,
      /updated（更新日期）不能早于 published（发表日期）：检查这一章和 report\.mdx 里的日期。/,
    ],
  },
  {
    // Issue 34: two builds in one checkout deleted each other's files, and dist/ could be left empty.
    name: 'npm run build while another build of the same folder is running',
    // Built for real: the refusal comes before Astro starts, in scripts/build.mjs.
    stage: 'start',
    built: true,
    // The running build's lock, as scripts/build-lock.mjs writes it. Process 1 (the system's first process) stands
    // for that build: it is always running, and its number keeps the message the same from run to run.
    make: (root) => writeFileSync(path.join(root, '.build-lock'), lockText(1)),
    expect: [
      /(?:^|\n)✗ npm run build\n {2}问题：这个文件夹里已经有一个构建在运行（进程号 1），两个构建同时进行会互相删掉对方的文件\n/,
      /等它结束（它的最后一行是“构建完成”或“构建失败”）再运行 npm run build；不需要它了，就在它的终端窗口里按 Ctrl-C，或者运行 kill 1。/,
    ],
  },
  {
    name: 'SITE_URL without https://',
    stage: 'environment',
    built: true,
    env: { SITE_URL: 'news.example.org' },
    expect: [
      /✗ 环境变量 SITE_URL\n {2}问题：SITE_URL "news\.example\.org" 不是完整的网址\n/,
      /写成完整的网址，例如 SITE_URL=https:\/\/news\.example\.org/,
      /\(SITE_URL: "news\.example\.org" is not an absolute URL/,
    ],
  },
  {
    name: 'BASE_PATH without a leading slash',
    stage: 'environment',
    env: { BASE_PATH: 'reports/xin-zhi' },
    expect: [
      /✗ 环境变量 BASE_PATH\n {2}问题：BASE_PATH "reports\/xin-zhi" 要以 \/ 开头\n/,
      /写成 \/ 开头、\/ 结尾的文件夹路径，例如 BASE_PATH=\/reports\/xin-zhi\/。/,
      /\(BASE_PATH: "reports\/xin-zhi" must be a path starting with "\/"/,
    ],
  },
  // The mistakes of issue 9's table that the site rejects (the supported ones are built below).
  {
    name: 'Markdown images, raw <img>, <script>, <style>, <iframe>, on…= and javascript: in one chapter',
    stage: 'compile',
    make: append(note, markdownMistakes.join('\n\n')),
    expect: [
      new RegExp(`发现 ${markdownMistakes.length} 个问题`),
      ...markdownMistakes.map((_, index) => at(note, markdownLine(index))),
      /Markdown 图片（以 ! 开头的写法，说明“”，图片 \.\.\/\.\.\/photos\/x\.jpg）/,
      /Markdown 图片（以 ! 开头的写法，说明“车间”，图片 photos\/x\.jpg）/,
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
    stage: 'config',
    make: (root) => {
      const text = readFileSync(path.join(root, note), 'utf8');
      writeFileSync(path.join(root, note), gbkOf(text));
    },
    expect: [at(note), /文件的编码是 GBK 或 GB2312，不是 UTF-8/, /另存为”UTF-8/],
  },
  {
    name: 'a chapter saved as UTF-16 (Word’s “Unicode text”)',
    stage: 'config',
    make: (root) => {
      const text = readFileSync(path.join(root, note), 'utf8');
      writeFileSync(path.join(root, note), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    },
    expect: [at(note), /文件的编码是 UTF-16（小端），不是 UTF-8/],
  },
  {
    name: 'two chapters saved in GBK and a dataset as UTF-16: every one named in one build',
    stage: 'config',
    make: (root) => {
      for (const file of [clusters, innovation])
        writeFileSync(path.join(root, file), gbkOf(readFileSync(path.join(root, file), 'utf8')));
      const text = readFileSync(path.join(root, projectCounts), 'utf8');
      writeFileSync(
        path.join(root, projectCounts),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      );
    },
    expect: [
      /发现 3 个问题：/,
      new RegExp(`${at(clusters).source}\\n  问题：文件的编码是 GBK 或 GB2312，不是 UTF-8，网站读不了`),
      new RegExp(`${at(innovation).source}\\n  问题：文件的编码是 GBK 或 GB2312，不是 UTF-8，网站读不了`),
      new RegExp(`${at(projectCounts).source}\\n  问题：文件的编码是 UTF-16（小端），不是 UTF-8，网站读不了`),
      /\n构建失败：共 3 个问题，/,
    ],
  },
  {
    name: 'an emoji in a chapter title and in a dataset label',
    stage: 'config',
    make: (root) => {
      replaceIn(root, investment, /^title: (.*)$/m, 'title: $1🚀');
      replaceIn(root, projectCounts, '"label": "签约工业项目"', '"label": "签约工业项目👍🏽"');
    },
    expect: [
      /发现 2 个问题：/,
      new RegExp(
        `${at(investment, lineOf(investment, 'title:')).source}第 \\d+ 列\\n  问题：这里有表情符号“🚀”（U\\+1F680）：网站的字体里没有表情符号，分享图和图表图片上会缺字，各种手机显示得也不一样\\n {4}5 \\| title: 招商引资接龙引凤 注入发展“新活力”🚀\\n`,
      ),
      new RegExp(
        `${at(projectCounts, lineOf(projectCounts, '"label": "签约工业项目"')).source}第 \\d+ 列\\n  问题：这里有表情符号“👍🏽”（U\\+1F44D U\\+1F3FD）`,
      ),
      /怎么改：删掉它，或者换成文字（原报道里没有表情符号）。/,
      /\n构建失败：共 2 个问题，第一个：content\/reports\/cong-xin-chu-fa\/chapters\/02-investment\.mdx 第 5 行第 \d+ 列：这里有表情符号“🚀”/,
    ],
    absent: [/Stack trace|^\s+at /m, /├─/],
  },
  {
    name: 'an iPhone HEIC photo',
    stage: 'render',
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
    name: 'a GIF given to a <Figure>, the file sitting in photos/',
    stage: 'render',
    make: (root) => {
      mkdirSync(path.join(root, `${folder}/photos`), { recursive: true });
      writeFileSync(path.join(root, `${folder}/photos/a.gif`), Buffer.from('GIF89a'));
      append(investment, '<Figure caption="耐世特生产车间" image="photos/a.gif" alt="车间" />')(root);
    },
    expect: [
      at(investment, appendedLine(investment)),
      /问题：<Figure> 的 image：content\/reports\/cong-xin-chu-fa\/photos\/a\.gif 是 GIF 格式，网站的照片只收 JPG、PNG、WebP、AVIF/,
      /GIF 是动图或小图，网站不会把它做成多种尺寸。用图片软件把它另存为 JPG 或 PNG（动图取一帧）/,
    ],
    absent: [/找不到图片文件/, /还没有/],
  },
  {
    name: 'an SVG given to a <Figure>, the file sitting in photos/',
    stage: 'render',
    make: (root) => {
      mkdirSync(path.join(root, `${folder}/photos`), { recursive: true });
      writeFileSync(path.join(root, `${folder}/photos/map.svg`), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      append(investment, '<Figure caption="耐世特生产车间" image="photos/map.svg" alt="地图" />')(root);
    },
    expect: [
      at(investment, appendedLine(investment)),
      /content\/reports\/cong-xin-chu-fa\/photos\/map\.svg 是 SVG 格式，网站的照片只收 JPG、PNG、WebP、AVIF/,
      /SVG 是可以带程序代码的矢量图，网站不收/,
    ],
    absent: [/找不到图片文件/],
  },
  {
    name: 'a photo named in the wrong case',
    stage: 'render',
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
    stage: 'render',
    built: true,
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
    stage: 'render',
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
  {
    // Issue 34: it built with Astro's English warning only, and was published byte for byte under three .webp names.
    name: 'a decompression-bomb photo: a 30000 × 30000 PNG of 875 KB, given to a <Figure>',
    stage: 'render',
    make: async (root) => {
      mkdirSync(path.join(root, folder, 'photos'), { recursive: true });
      writeFileSync(path.join(root, folder, 'photos/bomb.png'), await decompressionBombPng());
      replaceIn(
        root,
        innovation,
        '<Figure caption="耐世特生产车间" />',
        '<Figure caption="耐世特生产车间" image="photos/bomb.png" alt="车间" />',
      );
    },
    expect: [
      new RegExp(
        `${at(innovation, lineOf(innovation, '<Figure caption="耐世特生产车间" />')).source}\\n {2}问题：<Figure> 的 image：照片 content/reports/cong-xin-chu-fa/photos/bomb\\.png 有 30000 × 30000 像素（9\\.0 亿像素），文件 85\\d\\.\\d KB，超过了照片的上限（5000 万像素、30\\.0 MB），网站不处理这么大的照片\\n`,
      ),
      /\n在电脑或手机上把照片缩小到长边不超过 4000 像素，导出为 JPG（“导出”或“另存为 JPEG”），放回 content\/reports\/cong-xin-chu-fa\/photos\/，再构建。/,
    ],
  },
  // A publish build refuses what is not ready (issue 32): the placeholders `npm run new:report` writes.
  {
    name: 'a report made with npm run new:report, published with its placeholders (draft: true deleted)',
    stage: 'config',
    make: (root) => {
      // The scaffold script as an editor runs it, in the copy (it writes next to its own folder).
      for (const file of ['scripts/new-report.mjs', 'src/report/chinese-number.ts', 'src/report/legacy-redirects.ts'])
        cpSync(path.join(projectRoot, file), path.join(root, file));
      execFileSync(process.execPath, ['scripts/new-report.mjs', 'gao-zhi-liang'], { cwd: root, stdio: 'ignore' });
      replaceIn(root, 'content/reports/gao-zhi-liang/report.mdx', /^draft: true\n/m, '');
    },
    expect: [
      /^发现 16 个问题：/,
      ...[
        ['report.mdx', 2, '字段 headline 里还留着新建报道时的占位文字“【待填写】”'],
        ['report.mdx', 6, '字段 leadPhoto.caption 里还留着新建报道时的占位文字“【待填写】”'],
        ['report.mdx', 7, '字段 description 里还留着新建报道时的占位文字“【待填写】”'],
        ['report.mdx', 25, '正文里还留着新建报道时的占位文字“【待填写】”'],
        ['chapters/01-section.mdx', 11, '正文里还留着新建报道时的示例内容“【示例】”'],
        ['chapters/02-reporters-note.mdx', 6, '字段 title 里还留着新建报道时的占位文字“【待填写】”'],
        ['data/example.json', 9, '字段 notes.0 里还留着新建报道时的示例内容“【示例】”'],
        ['data/example.json', 14, '字段 values.0.label 里还留着新建报道时的示例内容“【示例】”'],
      ].map(
        ([file, line, message]) =>
          new RegExp(
            `${at(`content/reports/gao-zhi-liang/${file}`, line as number).source}第 \\d+ 列\\n  问题：${message}，这篇报道不是草稿，发布后读者会看到它\\n`,
          ),
      ),
      /怎么改：把“【待填写】”连同它后面的提示换成原文的文字。还没写完就先不要发布：在 content\/reports\/gao-zhi-liang\/report\.mdx 的资料卡里加回 draft: true 这一行，它就是草稿，正式构建不发布。/,
      /怎么改：把【示例】的内容换成原文，或者整段删掉（示例数据要连同正文里用它的 <KeyFigures> 或 <Chart> 一起删）。/,
      /构建失败：共 16 个问题，第一个：content\/reports\/gao-zhi-liang\/report\.mdx 第 2 行第 11 列：字段 headline 里还留着/,
    ],
    // The live report has no placeholder.
    absent: [/✗ content\/reports\/cong-xin-chu-fa/],
  },
  {
    name: 'a placeholder left in a chapter of a published report',
    stage: 'config',
    make: (root) => replaceIn(root, investment, /^standfirst: .*$/m, 'standfirst: 【待填写】第二部分的引语'),
    expect: whole(
      investment,
      '第 6 行第 13 列',
      '字段 standfirst 里还留着新建报道时的占位文字“【待填写】”，这篇报道不是草稿，发布后读者会看到它',
      ['    6 | standfirst: 【待填写】第二部分的引语', `      | ${' '.repeat(12)}^`],
      '把“【待填写】”连同它后面的提示换成原文的文字。还没写完就先不要发布：在 content/reports/cong-xin-chu-fa/report.mdx 的资料卡里加回 draft: true 这一行，它就是草稿，正式构建不发布。',
      'scaffold placeholder (to be filled in) left in a published report',
    ),
  },
  {
    name: 'an example left in a site.json string',
    stage: 'config',
    make: (root) => replaceIn(root, siteJson, '"跳到正文"', '"【示例】跳到正文"'),
    expect: whole(
      siteJson,
      '第 6 行第 23 列',
      '字段 ui.skipToContent 里还留着示例内容“【示例】”，发布后读者会看到它',
      ['    6 |     "skipToContent": "【示例】跳到正文",', `      | ${' '.repeat(22)}^`],
      '把【示例】的内容换成原文，或者整段删掉（示例数据要连同正文里用它的 <KeyFigures> 或 <Chart> 一起删）。',
      'scaffold placeholder (example) left in a published file',
    ),
  },
];

/** A generated 1600 × 900 test image (plain grey, not a photograph) at photos/test-grey.jpg. */
export async function greyPhoto(root: string): Promise<void> {
  mkdirSync(path.join(root, `${folder}/photos`), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#808080' } })
    .jpeg()
    .toFile(path.join(root, `${folder}/photos/test-grey.jpg`));
}

/**
 * What the build corrects or points out without stopping: each is made in a copy, which must pass every
 * check, and the notes printed (src/errors.ts, `editorNote`) must say what and where (file, line).
 */
export interface Notice {
  name: string;
  make: (root: string) => void | Promise<void>;
  /** Every pattern must appear in the notes; worked out from the copy after its edits when a function. */
  expect: RegExp[] | ((root: string) => RegExp[]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const notices: Notice[] = [
  {
    name: 'traditional characters in a simplified chapter title (發展, 龍)',
    make: (root) =>
      replaceIn(root, investment, /^title: 招商引资接龙引凤 注入发展/m, 'title: 招商引资接龍引凤 注入發展'),
    expect: [
      new RegExp(
        `提醒 ${escapeRegExp(investment)} 第 ${lineOf(investment, 'title:')} 行第 13 列\\n  “龍”（简体写作“龙”）、“發”（简体写作“发”）看起来是繁体字：网站的文字都写简体，繁体版由网站自动转换，简体页面上会照原样显示繁体字\\n {4}\\d+ \\| title: 招商引资接龍引凤 注入發展“新活力”\\n[ |]+\\^\\n  怎么改：改成简体；人名、商号本来就写繁体的，不用改。`,
      ),
    ],
  },
  {
    name: 'a 繁體 exception whose simplified has a typo (涵养法展), so it changes nothing',
    make: (root) => replaceIn(root, hantExceptions, '"simplified": "涵养发展"', '"simplified": "涵养法展"'),
    expect: [
      new RegExp(
        `提醒 content/zh-hant-exceptions\\.json 第 ${lineOf(hantExceptions, '"simplified": "涵养发展"')} 行\\n  第 1 条例外的 simplified“涵养法展”在简体原文里哪儿都找不到，这条例外不起作用\\n  怎么改：simplified 要从简体原文里一字不差地复制（检查错字）；这条是给以后的报道准备的，就不用管。`,
      ),
    ],
  },
  {
    name: 'a zero-width space in a cited sentence and a soft hyphen in another, pasted from a web page',
    make: (root) => {
      replaceIn(root, investment, '全区签约工业项目59个', '全区签约工业项目\u200b59个');
      replaceIn(root, clusters, '产业集群', '产业\u00ad集群');
    },
    expect: (root) => [
      // The chapter's own line and column, the character shown, in the stretch of the line around it.
      new RegExp(
        `提醒 ${escapeRegExp(investment)} 第 ${lineIn(root, investment, '\u200b59个')} 行第 \\d+ 列\\n  这里有一个看不见的字符 ⟨U\\+200B⟩（零宽空格），读者看不见它，它却会让链接、引文核对和换行出错：网站已经把它去掉\\n {4}\\d+ \\| …[^\\n]*全区签约工业项目⟨U\\+200B⟩59个[^\\n]*\\n[ |]+\\^\\n  怎么改：不用改：网页上没有它。`,
      ),
      new RegExp(
        `提醒 ${escapeRegExp(clusters)} 第 \\d+ 行第 \\d+ 列\\n  这里有一个看不见的字符 ⟨U\\+00AD⟩（软连字符）`,
      ),
    ],
  },
  {
    name: 'a link copied with a word joiner between ] and (',
    make: append(investment, '详见[招商引资]\u2060(/cong-xin-chu-fa/investment/)。'),
    expect: [
      new RegExp(
        `提醒 ${escapeRegExp(investment)} 第 ${appendedLine(investment)} 行第 9 列\\n  这里有一个看不见的字符 ⟨U\\+2060⟩（单词连接符）[^\\n]*\\n {4}\\d+ \\| 详见\\[招商引资\\]⟨U\\+2060⟩\\(/cong-xin-chu-fa/investment/\\)。\\n {7}\\| {15}\\^`,
      ),
    ],
  },
  {
    name: 'paragraphs indented with two full-width spaces (Word’s first-line indent)',
    make: (root) => {
      replaceIn(root, investment, /\n\n“选好赛道/, '\n\n\u3000\u3000“选好赛道');
      append(investment, '\u3000\u3000最后一段。')(root);
    },
    expect: (root) => [
      new RegExp(
        `提醒 ${escapeRegExp(investment)} 第 ${lineIn(root, investment, '\u3000\u3000“选好赛道')} 行\\n  第 ${lineIn(root, investment, '\u3000\u3000“选好赛道')}、${lineIn(root, investment, '\u3000\u3000最后一段')} 行开头有全角空格（Word 的首行缩进）：网站已经去掉，每段都和别的段落一样不缩进\\n  怎么改：不用改：段落的样式由网站统一设定。想让文件也干净，删掉这些行开头的空格。`,
      ),
    ],
  },
];
