import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import {
  frontmatterCaptions,
  isScriptUrl,
  markdownProblems,
  remarkEditorMarkdown,
} from '../../src/integrations/remark-editor-markdown';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx);
const problems = (mdx: string) =>
  markdownProblems(parse(mdx) as never, 'content/x.mdx').map(({ line, message, hint }) => ({ line, message, hint }));

describe('Markdown the site does not support', () => {
  it('rejects Markdown images and raw <img>, pointing to <Figure>, with the line of each', () => {
    const found = problems(
      '第一段。\n\n![](../../photos/x.jpg)\n\n![车间](photos/x.jpg)\n\n<img src="/photos/x.jpg" />\n',
    );
    expect(found.map((problem) => problem.line)).toEqual([3, 5, 7]);
    expect(found[1]!.message).toContain('说明“车间”，图片 photos/x.jpg');
    for (const problem of found) expect(problem.hint).toMatch(/<Figure image="photos\//);
  });

  it('rejects <script>, <style>, <iframe>, on… attributes and javascript: links', () => {
    const found = problems(
      [
        '<script>alert(1)</script>',
        '<style></style>',
        '<iframe src="https://example.com/"></iframe>',
        '<span onClick="alert(1)">点</span>',
        '[点这里](javascript:alert(1))',
        '<a href="javascript:alert(1)">点</a>',
      ].join('\n\n'),
    );
    expect(found.map((problem) => problem.line)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(found.map((problem) => problem.message)).toEqual([
      expect.stringContaining('<script>'),
      expect.stringContaining('<style>'),
      expect.stringContaining('<iframe>'),
      expect.stringContaining('onClick'),
      expect.stringContaining('javascript:alert(1)'),
      expect.stringContaining('javascript:alert(1)'),
    ]);
  });

  it('rejects a link scheme split by a tab, a line break or a control character, in a link, a definition or an href', () => {
    const found = problems(
      [
        '[点](<java\tscript:alert(1)>)',
        '<a href="java&#x09;script:alert(1)">点</a>',
        '<a href=" JAVA\nSCRIPT:alert(1)">点</a>',
        '[点][r]\n\n[r]: <vbscript\u0001:x>',
      ].join('\n\n'),
    );
    expect(found.map((problem) => problem.line)).toEqual([1, 3, 5, 10]);
    expect(found[0]!.message).toBe('这个链接的地址是 java\\tscript:alert(1)，会执行代码，不允许');
    expect(found[1]!.message).toBe('<a> 的 href 是 java\\tscript:alert(1)，会执行代码，不允许');
  });

  it('rejects a # heading and headings below ###, accepts ## and ###', () => {
    expect(problems('## 小标题\n\n### 下一级\n\n正文。').length).toBe(0);
    expect(problems('# 大标题\n\n#### 四级').map((problem) => problem.line)).toEqual([1, 3]);
  });

  it('asks for a table’s caption line right above it', () => {
    const table = '| 类别 | 数量 |\n| --- | --- |\n| 项目 | 59 |';
    expect(problems(`表：签约项目\n\n${table}`)).toEqual([]);
    expect(problems(`正文。\n\n${table}`)).toEqual([expect.objectContaining({ line: 3, message: '表格上面缺少表题' })]);
  });

  it('accepts what editors normally write: text, bold, links, footnotes, components', () => {
    expect(problems('目前，**59个**[项目](/investment/)[^1]。\n\n<Figure caption="说明" />\n\n[^1]: 注释。')).toEqual(
      [],
    );
  });

  it('fails the compile with every problem of the file, in Chinese, as one editor error', () => {
    const plugin = remarkEditorMarkdown({ root: '/site' });
    expect(() => plugin(parse('![a](b.jpg)\n\n<script>x</script>') as never, { path: '/site/content/x.mdx' })).toThrow(
      /^发现 2 个问题：\n✗ content\/x\.mdx 第 1 行第 1 列\n/,
    );
  });
});

describe('numbers in a photo caption', () => {
  const text = '武骏光能年产8GW光伏封装材料及制品项目落地。其中，10亿元以上项目9个。\n\n';

  it('accepts a caption whose numbers the file’s text states', () => {
    expect(problems(`${text}<Figure caption="武骏光能年产8GW光伏封装材料及制品项目" />\n`)).toEqual([]);
  });

  it('checks the lead photo’s caption in the frontmatter the same way, naming its line', () => {
    const mdx = `---\nheadline: x\nleadPhoto:\n  caption: 年产9GW的车间\n---\n\n${text}`;
    expect(frontmatterCaptions(mdx)).toEqual([{ caption: '年产9GW的车间', line: 4 }]);
    const found = markdownProblems(parse(text) as never, 'content/x.mdx', frontmatterCaptions(mdx));
    expect(found.map(({ line, message }) => [line, message])).toEqual([
      [4, '资料卡的 leadPhoto.caption（头图说明）写了“9GW”，这个文件的正文里没有这个数，说明会和正文对不上'],
    ]);
    expect(markdownProblems(parse(text) as never, 'content/x.mdx', [{ caption: '年产8GW的车间', line: 4 }])).toEqual(
      [],
    );
  });

  it('rejects a number the text does not state with that unit (9GW, though 9个 is there), with its line', () => {
    expect(problems(`${text}<Figure caption="武骏光能年产9GW光伏封装材料及制品项目" />\n`)).toEqual([
      {
        line: 3,
        message: '<Figure> 的 caption（图片说明）写了“9GW”，这一章的正文里没有这个数，说明会和正文对不上',
        hint: '图片说明里的数字（连同单位）要和正文写的一样：照原报道改正；原报道的说明本来就有这个数的，请开发人员看一下。',
      },
    ]);
  });
});

describe('isScriptUrl', () => {
  it('sees the scheme a browser sees, after white space and control characters are dropped', () => {
    for (const url of [
      'javascript:x',
      'java\tscript:x',
      ' \u0001javascript:x',
      'JaVa\r\nScRiPt:x',
      'java\u200bscript:x',
      'data:text/html,x',
    ])
      expect(isScriptUrl(url), JSON.stringify(url)).toBe(true);
    for (const url of [
      'https://example.org/',
      '/investment/',
      '#chapters',
      'mailto:a@example.org',
      'javascript-guide/',
    ])
      expect(isScriptUrl(url), JSON.stringify(url)).toBe(false);
  });
});

describe('MDX that would run code on the build machine', () => {
  it('rejects an expression in text, with its line and column, quoting it and saying how to write literal braces', () => {
    const found = markdownProblems(parse('第一段。\n\n探针 {process.env.SECRET} 结束') as never, 'content/x.mdx');
    expect(found).toEqual([
      {
        file: 'content/x.mdx',
        line: 3,
        column: 4,
        message: '这里的 {process.env.SECRET} 在 MDX 里是一段程序代码，构建网站时会被运行，不允许',
        hint: '网站不运行正文里的代码。如果只是想显示大括号，改用全角括号，写成 ｛process.env.SECRET｝；或在左括号前加反斜杠，写成 \\{process.env.SECRET}。',
        en: 'an MDX expression {…}: content is data, the build runs no code from content/',
      },
    ]);
  });

  it('rejects an expression on a line of its own, braces typed in Chinese text, and code after a comment', () => {
    const found = problems(
      "{import('node:child_process').then((m) => m.execSync('id'))}\n\n要抓住{重点}。\n\n{/* 注释 */ process.exit(1)}",
    );
    expect(found.map((problem) => problem.line)).toEqual([1, 3, 5]);
    expect(found[0]!.message).toBe(
      "这里的 {import('node:child_process').…} 在 MDX 里是一段程序代码，构建网站时会被运行，不允许",
    );
    expect(found[1]!.hint).toContain('写成 ｛重点｝；或在左括号前加反斜杠，写成 \\{重点}');
  });

  it('accepts an expression that is only comments: an editor’s note, which runs and shows nothing', () => {
    expect(problems('{/* 待核：59个 */}\n\n正文{/* 注释 */}接着写。\n\n{// 一行注释\n}')).toEqual([]);
    expect(problems('{/* a */ /* b */ x}')).toHaveLength(1);
    expect(problems('{/* 没有结尾 */ "*/"}')).toHaveLength(1);
  });

  it('rejects a note written with the full-width ＜ ＞, which readers would see', () => {
    expect(problems('正文。\n\n＜!-- 待核：数字 --＞')).toEqual([
      {
        line: 3,
        message: '这里像是一条内部备注，但用了全角的 ＜ ＞，读者会原样看到它',
        hint: '内部备注用半角符号写成 <!-- 待核：… -->，或者写成 {/* 待核：… */}；两种写法都不会出现在网页上。',
      },
    ]);
  });

  it('accepts the literal braces the hint suggests', () => {
    expect(problems('要抓住｛重点｝，也可以写 \\{重点}。')).toEqual([]);
  });

  it('rejects a spread attribute and an attribute value written as an expression, on a component or a tag', () => {
    const found = problems(
      '<Chart {...props} />\n\n<a href={"javascript:alert(1)"}>点</a>\n\n<Figure caption={process.env.HOME} />',
    );
    expect(found).toEqual([
      {
        line: 1,
        message: '<Chart> 上的 {...props} 是程序代码，构建网站时会被运行，不允许',
        hint: '删掉 {...props}；每一项都写成 名字="文字"，例如 <Chart id="project-counts" />。',
      },
      {
        line: 3,
        message: '<a> 的 href={"javascript:alert(1)"} 是程序代码，构建网站时会被运行，不允许',
        hint: '把值写在英文双引号里，只写文字：href="…"（不要 { }）。',
      },
      {
        line: 5,
        message: '<Figure> 的 caption={process.env.HOME} 是程序代码，构建网站时会被运行，不允许',
        hint: '把值写在英文双引号里，只写文字：caption="…"（不要 { }）。',
      },
    ]);
  });

  it('rejects an element named by a dotted path (a value looked up in the code’s scope)', () => {
    expect(problems('<globalThis.process />').map((problem) => problem.message)).toEqual([
      '<globalThis.process> 不是网站提供的组件',
    ]);
  });

  // Issue 34: MDX reads <_createMdxContent /> as the page's own render function, which then rendered itself until the
  // build ran out of memory. Every name MDX looks up in the code (not starting with a lowercase letter) is refused.
  it('rejects every name MDX looks up in the code: starting with _, $, a capital or any other letter than a–z', () => {
    const names = ['_createMdxContent', '_components', '$', '$x', 'MDXLayout', '图表', 'Ｆigure'];
    const found = problems(names.map((name) => `<${name} />`).join('\n\n'));
    expect(found.map((problem) => problem.message)).toEqual(names.map((name) => `<${name}> 不是网站提供的组件`));
    expect(found.map((problem) => problem.line)).toEqual(names.map((_, index) => index * 2 + 1));
    expect(found[0]!.hint).toBe(
      '能用的组件有 <Figure>、<EditorNote>、<Chart>、<KeyFigures>；检查拼写，大小写也要一样。',
    );
  });

  it('lets the site’s components and lowercase HTML names through', () => {
    expect(
      problems(
        '<Figure caption="说明" />\n\n<Chart id="a" />\n\n<span>字</span>\n\n<h2>小标题</h2>\n\n<a href="/x/" hreflang="en">英文</a>\n\n<my-element>字</my-element>\n\n<>片段</>',
      ),
    ).toEqual([]);
  });
});
