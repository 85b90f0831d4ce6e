// Creates the next report of the series as a draft: `npm run new:report -- <id>`.
// Writes content/reports/<id>/ with every required field filled by a placeholder marked 【待填写】 or
// 【示例】, so the site builds at once (a draft is left out of the production build and shown by
// `npm run dev`). Nothing in it is a fact: the editor replaces every placeholder with the article's words.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chineseNumber } from '../src/report/chinese-number.ts';
import { reservedReportIds } from '../src/report/legacy-redirects.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const reportsDir = path.join(root, 'content', 'reports');
const id = process.argv[2];

function fail(message) {
  console.error(`\n新建报道失败：${message}\n`);
  process.exit(1);
}

if (!id) fail('请在命令后写上报道的英文短名（网址中的一段），例如：npm run new:report -- gao-zhi-liang');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
  fail(`短名 "${id}" 只能用小写英文字母、数字和单个连字符，例如 gao-zhi-liang（it becomes the address /${id}/）。`);
if (reservedReportIds.includes(id)) fail(`短名 "${id}" 是网站已占用的地址，请换一个。`);
const folder = path.join(reportsDir, id);
if (existsSync(folder)) fail(`content/reports/${id}/ 已经存在，请换一个短名。`);

// The next number in the series: one more than the highest number any report has.
const numbers = readdirSync(reportsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(reportsDir, entry.name, 'report.mdx')))
  .map((entry) => readFileSync(path.join(reportsDir, entry.name, 'report.mdx'), 'utf8').match(/^number:\s*(\d+)/m))
  .map((match) => (match ? Number(match[1]) : 0));
const number = Math.max(0, ...numbers) + 1;
const seriesName = JSON.parse(readFileSync(path.join(root, 'content', 'site.json'), 'utf8')).series.name;

const files = {
  'report.mdx': `---
headline: 【待填写】标题 第二行
kicker: 【待填写】${seriesName}之${chineseNumber(number)}
number: ${number}
leadPhoto:
  caption: 【待填写】头图说明
description: 【待填写】导语中的一句话，照录原文。
# 日期、作者、责任编辑、媒体、版次和更正：原报道写了哪项，就删掉那几行行首的“# ”，换成原报道的内容；
# 没写的不要填，网站就不显示（见《编辑指南》“报道的日期、作者和更正”）。日期写 2024年7月20日 或 2024-07-20。
# published: 【待填写】发表日期
# updated: 【待填写】更新日期
# authors:
#   - 记者 【待填写】姓名
#   - 通讯员 【待填写】姓名
# editor: 【待填写】责任编辑的姓名
# publisher: 【待填写】刊发的报纸或媒体
# page: 3
# corrections:
#   - date: 【待填写】更正日期
#     chapter: section-1
#     text: 【待填写】更正的说明，照报社的原话。
# 草稿：npm run dev 里可以看到，正式构建（npm run build）不发布。发布时删除下面这一行。
draft: true
---

【待填写】导语：照录原文的导语段落。
`,
  'chapters/01-section.mdx': `---
order: 1
kind: section
slug: section-1
title: 【待填写】第一部分标题 第二行
standfirst: 【待填写】第一部分的引语，一句话，照录原文。
---

【待填写】第一部分正文，照录原文。

【示例】下面这句和 data/example.json 中的数字相连，数字卡片显示在这段话后面：示例项目12个。请换成原文中的句子和数字，或删掉这句话、下面的卡片和 data/example.json。

<KeyFigures id="example" />
`,
  'chapters/02-reporters-note.mdx': `---
order: 2
kind: note
slug: reporters-note
label: 记者手记
title: 【待填写】记者手记标题
# 手记的作者和整篇报道的不同时，删掉下面两行行首的“# ”再填写：
# authors:
#   - 记者 【待填写】姓名
---

【待填写】记者手记正文，照录原文。
`,
  'data/example.json': `${JSON.stringify(
    {
      title: '【示例】数据标题',
      takeaway: '【示例】一句话说明这组数字，只复述原文。',
      description: '【示例】给读屏软件的说明：比较了什么，结果如何。',
      unit: '个',
      source: 'chapters/01-section.mdx',
      display: 'cards',
      notes: ['【示例】这是占位数据，发布前请替换或删除。'],
      values: [{ key: 'example', label: '【示例】项目', value: 12, unit: '个', quote: '示例项目12个' }],
    },
    null,
    2,
  )}\n`,
  'photos/.gitkeep': '',
};

for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
  writeFileSync(path.join(folder, name), text);
}

console.log(`
已新建第${number}篇报道（草稿）：content/reports/${id}/

接下来：
  1. npm run dev，打开 http://localhost:4321/${id}/ 查看草稿（正式构建不会发布它）。
  2. 编辑 content/reports/${id}/report.mdx：标题、眉题、导语和说明，照录原文；把每一处【待填写】换成原文。
     原报道写了日期、作者、责任编辑、媒体或版次的，删掉那几行行首的“# ”再填写；没写的留着不动。
  3. 编辑 chapters/ 里的各章（每章一个 .mdx 文件，order 决定顺序，slug 是网址中的一段）。
  4. 数据放在 data/：每个数字都要附上原文中的句子（quote），构建时逐字核对。
     【示例】数据只是占位，请替换或删除（连同正文里的 <KeyFigures id="example" />）。
  5. 照片放在 photos/，在 MDX 中写 <Figure image="photos/文件名.jpg" alt="…" caption="…" />。
  6. 全部改好后，删掉 report.mdx 中 draft: true 这一行，再运行 npm run build 检查，然后发布。
     还留着【待填写】或【示例】时，npm run build 会停下，逐条指出文件和行号。
`);
