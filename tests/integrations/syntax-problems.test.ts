import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors';
import { frontmatterProblem, jsonSyntaxProblem } from '../../src/files/syntax-problems';

const chapter = (fields: string) => `---\norder: 2\nkind: section\n${fields}\n---\n\n正文。\n`;
/** The problem as the terminal prints it, or 'parses' when there is none. */
const frontmatter = (text: string) => {
  const problem = frontmatterProblem(text, 'x.mdx');
  return problem ? formatProblem(problem) : 'parses';
};
const json = (text: string) => {
  try {
    JSON.parse(text);
    return 'parses';
  } catch (error) {
    return formatProblem(jsonSyntaxProblem('d.json', text, error as Error));
  }
};

describe('frontmatterProblem', () => {
  it('passes what Astro parses, and leaves a file without frontmatter to the schema', () => {
    expect(frontmatter(chapter('title: 江津：新的一年\nstandfirst: "江津: 新的一年"'))).toBe('parses');
    expect(frontmatter('正文。\n')).toBe('parses');
  });

  it('explains a half-width colon inside a value, marking it', () => {
    expect(frontmatter(chapter('title: 江津: 新的一年'))).toMatchInlineSnapshot(`
      "✗ x.mdx 第 4 行第 10 列
        问题：title 的值里有一个半角冒号“:”，资料卡会把它当成下一个字段的开始，读不下去
          4 | title: 江津: 新的一年
            |            ^
        怎么改：把这个冒号改成全角“：”（title: 江津：新的一年），或者把整个值放进英文双引号里（title: "江津: 新的一年"）。
        (frontmatter YAML: bad indentation of a mapping entry)"
    `);
  });

  it('explains a colon at the end of a value', () => {
    expect(frontmatter(chapter('title: 江津:'))).toMatchInlineSnapshot(`
      "✗ x.mdx 第 4 行第 10 列
        问题：title 的值里有一个半角冒号“:”，资料卡会把它当成下一个字段的开始，读不下去
          4 | title: 江津:
            |            ^
        怎么改：把这个冒号改成全角“：”（title: 江津：），或者把整个值放进英文双引号里（title: "江津:"）。
        (frontmatter YAML: bad indentation of a mapping entry)"
    `);
  });

  it('explains a tab indent, showing the tab', () => {
    expect(frontmatter(chapter('\ttitle: 江津'))).toMatchInlineSnapshot(`
      "✗ x.mdx 第 4 行第 1 列
        问题：这一行用制表符（Tab 键，显示为 →）缩进，资料卡只认空格
          4 | →title: 江津
            | ^
        怎么改：删掉行首的制表符：顶格的字段（title: …）前面什么都不要有；要缩进的地方用两个空格。
        (frontmatter YAML: tab characters must not be used in indentation)"
    `);
  });

  it('points an unclosed quote at the line that opened it', () => {
    expect(frontmatter(chapter('title: "江津\nstandfirst: 新的一年'))).toMatchInlineSnapshot(`
      "✗ x.mdx 第 4 行第 8 列
        问题：这一行的值以英文引号 " 开头，但没有配对的结尾引号
          4 | title: "江津
            |        ^
        怎么改：在值的末尾补上 "（title: "江津"）；值里面要用引号时，请用中文引号“ ”。
        (frontmatter YAML: unexpected end of the stream within a double quoted scalar)"
    `);
    expect(frontmatter(chapter("title: '江津"))).toMatch(/英文引号 ' 开头，但没有配对的结尾引号/);
  });

  it('explains text after a closing quote', () => {
    expect(frontmatter(chapter('title: "江津" 新的一年'))).toMatchInlineSnapshot(`
      "✗ x.mdx 第 4 行第 13 列
        问题：title 的值在英文引号结束以后还有文字
          4 | title: "江津" 新的一年
            |               ^
        怎么改：引号要括住整个值（title: "……"）；值里面要用引号时，请用中文引号“ ”。
        (frontmatter YAML: bad indentation of a mapping entry)"
    `);
  });

  it('finds a missing opening or closing ---', () => {
    expect(frontmatter('order: 2\ntitle: 江津\n---\n\n正文。\n')).toMatchInlineSnapshot(`
      "✗ x.mdx 第 1 行第 1 列
        问题：资料卡（frontmatter）开头缺少一行 ---，这几行字段会被当成正文
          1 | order: 2
            | ^
        怎么改：在第 1 行上面加一行 ---（三个半角减号），资料卡要用上下两行 --- 括起来。
        (frontmatter: the opening --- line is missing)"
    `);
    expect(frontmatter('---\norder: 2\ntitle: 江津\n\n正文。\n')).toMatchInlineSnapshot(`
      "✗ x.mdx 第 3 行
        问题：资料卡（frontmatter）只有开头的 ---，没有结尾的 ---
          3 | title: 江津
        怎么改：在第 3 行（资料卡最后一个字段）下面加一行 ---，再空一行写正文。
        (frontmatter: the closing --- line is missing)"
    `);
  });

  it('names both lines of a key written twice', () => {
    expect(frontmatter(chapter('title: 江津\ntitle: 新的一年'))).toMatchInlineSnapshot(`
      "✗ x.mdx 第 5 行第 1 列
        问题：字段 title 写了两次（第 4 行和第 5 行）
          5 | title: 新的一年
            | ^
        怎么改：每个字段只能写一次：保留对的那一行，删掉另一行。
        (frontmatter YAML: duplicated mapping key)"
    `);
  });

  it('explains a list line under a field that takes one value', () => {
    expect(frontmatter(chapter('title: 江津\n- 新的一年'))).toMatchInlineSnapshot(`
      "✗ x.mdx 第 5 行第 1 列
        问题：这一行以“- ”开头，是列表的写法，但上面的字段 title 只能写一个值
          5 | - 新的一年
            | ^
        怎么改：把这一行的文字接到 title: 后面，写成一行，并去掉“- ”。
        (frontmatter YAML: end of the stream or a document separator is expected)"
    `);
  });

  it('explains a field name followed by a full-width colon or no space', () => {
    expect(frontmatter(chapter('title：江津\nstandfirst: 新的一年'))).toMatchInlineSnapshot(`
      "✗ x.mdx 第 4 行第 6 列
        问题：字段名 title 后面要用半角冒号加一个空格（title: …）
          4 | title：江津
            |      ^
        怎么改：改成 title: 再写值：冒号是英文半角的“:”，后面空一格。
        (frontmatter YAML: can not read a block mapping entry; a multiline key may not be an implicit key)"
    `);
    expect(frontmatter(chapter('title:江津\nstandfirst: 新的一年'))).toMatch(/字段名 title 后面要用半角冒号加一个空格/);
  });

  it('explains a field indented by spaces', () => {
    expect(frontmatter(chapter(' title: 江津'))).toMatchInlineSnapshot(`
      "✗ x.mdx 第 4 行第 1 列
        问题：这一行前面多了空格，资料卡的字段要顶格写
          4 |  title: 江津
            | ^
        怎么改：删掉行首的空格，让字段名（title: …）从第一列开始。
        (frontmatter YAML: bad indentation of a mapping entry)"
    `);
  });
});

describe('jsonSyntaxProblem', () => {
  it('marks a comma after the last item, in an object or a list', () => {
    expect(json('{\n  "a": 1,\n  "b": 2,\n}\n')).toMatchInlineSnapshot(`
      "✗ d.json 第 3 行第 9 列
        问题：JSON 格式不对，文件读不出来：最后一项后面多了一个逗号
          3 |   "b": 2,
            |         ^
        怎么改：删掉这个逗号：} 前面的最后一项后面不能有逗号。
        (not valid JSON: Expected double-quoted property name in JSON at position 22 (line 4 column 1))"
    `);
    expect(json('{\n  "a": [1, 2,]\n}\n')).toMatch(
      /第 2 行第 13 列\n {2}问题：JSON 格式不对，文件读不出来：最后一项后面多了一个逗号/,
    );
  });

  it('names a Chinese comma, colon or quote used as syntax', () => {
    expect(json('{\n  "a": 1，\n  "b": 2\n}\n')).toMatchInlineSnapshot(`
      "✗ d.json 第 2 行第 9 列
        问题：JSON 格式不对，文件读不出来：这里的 ， 是中文标点，JSON 的格式符号要用英文半角的 ,
          2 |   "a": 1，
            |         ^
        怎么改：把 ， 改成英文半角的 ,。引号、逗号、冒号、括号都要用英文半角；中文标点只能写在 " " 括起来的文字里面。
        (not valid JSON: Expected ',' or '}' after property value in JSON at position 10 (line 2 column 9))"
    `);
    expect(json('{\n  "a"： 1\n}\n')).toMatch(/第 2 行第 6 列\n {2}问题：.*这里的 ： 是中文标点/);
    expect(json('{\n  "a": “文字”\n}\n')).toMatch(/第 2 行第 8 列\n {2}问题：.*这里的 “ 是中文标点/);
  });

  it('names the line of a bracket never closed', () => {
    expect(json('{\n  "values": [\n    { "a": 1 }\n}\n')).toMatchInlineSnapshot(`
      "✗ d.json 第 4 行第 1 列
        问题：JSON 格式不对，文件读不出来：第 2 行的 [ 在这之前没有闭合（缺少 ]）
          4 | }
            | ^
        怎么改：在这一组最后一项后面补上 ]；左右括号要一一成对。
        (not valid JSON: Expected ',' or ']' after array element in JSON at position 31 (line 4 column 1))"
    `);
    expect(json('{\n  "a": [1, 2],\n  "b": 2\n')).toMatch(
      /第 1 行第 1 列\n {2}问题：.*这里的 \{ 一直到文件末尾都没有闭合/,
    );
    expect(json('{\n  "a": [1, 2,\n  "b": 2\n}\n')).toMatch(/第 2 行的 \[ 在这之前没有闭合/);
  });

  it('names a missing comma, unquoted text and an unclosed string', () => {
    expect(json('{\n  "a": 1\n  "b": 2\n}\n')).toMatch(/第 3 行第 3 列\n {2}问题：.*上一项后面缺少英文逗号/);
    expect(json('{\n  "a": 59个\n}\n')).toMatch(/第 2 行第 10 列\n {2}问题：.*没有用英文双引号括起来/);
    expect(json('{\n  "a": "59个,\n  "b": 1\n}\n')).toMatch(/第 2 行第 8 列\n {2}问题：.*到行末都没有配对的结尾引号/);
  });
});
