import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/cn2t';
import { convertDeep, hantConverter, parseHantExceptions } from '../../src/hant/convert';

const exceptionsText = readFileSync('content/zh-hant-exceptions.json', 'utf8');
const openCcTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const openCcHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** The whole editor error a call throws: message, then hint (as the terminal prints them). */
function errorOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    const { message, hint } = error as { message: string; hint?: string };
    return `${message}\n${hint ?? ''}`;
  }
  throw new Error('no error');
}

describe('hantConverter', () => {
  it('converts as OpenCC converts to Taiwan’s standard characters, words unchanged, quotes as 「」', () => {
    const convert = hantConverter();
    const text = '重庆驼航科技有限公司则在重载无人直升机的研发上苦练“内功”';
    expect(convert(text)).toBe(openCcTw(text).replace('“', '「').replace('”', '」'));
    expect(convert(text)).toBe('重慶駝航科技有限公司則在重載無人直升機的研發上苦練「內功」');
  });

  it('writes Taiwan’s forms, not Hong Kong’s (集群, 駝峰, 隨著, 戶, 銳)', () => {
    const convert = hantConverter();
    expect(convert('产业集群，驼峰600，随着，8户企业，新承航锐，财税')).toBe(
      '產業集群，駝峰600，隨著，8戶企業，新承航銳，財稅',
    );
    expect(openCcHk('产业集群，驼峰600，随着，8户企业，新承航锐，财税')).toBe(
      '產業集羣，駝峯600，隨着，8户企業，新承航鋭，財税',
    );
  });

  it('sets quotation marks as traditional text does: “” as 「」, ‘’ within them as 『』', () => {
    const convert = hantConverter();
    expect(convert('从“新”出发 向“质”而行')).toBe('從「新」出發 向「質」而行');
    expect(convert('他说：“这是‘新引擎’。”')).toBe('他說：「這是『新引擎』。」');
  });

  it('leaves an apostrophe between Latin letters alone (Xi’an), and quotes around Latin words are still 「」', () => {
    const convert = hantConverter();
    expect(convert('西安（Xi’an）的“Made in China”，‘AI’')).toBe('西安（Xi’an）的「Made in China」，『AI』');
  });

  it('writes the traditional form of an exception where OpenCC would write another', () => {
    const convert = hantConverter(parseHantExceptions(exceptionsText));
    expect(openCcTw('持续涵养发展好生态')).toBe('持續涵養髮展好生態');
    expect(openCcTw('新时代新征程上')).toBe('新時代新徵程上');
    expect(convert('持续涵养发展好生态')).toBe('持續涵養發展好生態');
    expect(convert('新时代新征程上')).toBe('新時代新征程上');
  });

  it('protects the names an editor adds, and converts around them', () => {
    const convert = hantConverter([
      { simplified: '驼峰600', traditional: '駝峯600' },
      { simplified: '新承航锐', traditional: '新承航鋭' },
    ]);
    expect(openCcTw('驼峰600')).toBe('駝峰600');
    expect(convert('该企业产品驼峰600最大起飞重量')).toBe('該企業產品駝峯600最大起飛重量');
    expect(convert('新承航锐4个项目')).toBe('新承航鋭4個項目');
  });

  it('writes an exception exactly as given, its quotation marks too', () => {
    const convert = hantConverter([{ simplified: '“链主”', traditional: '“鏈主”' }]);
    expect(convert('领军“链主”“双百”')).toBe('領軍“鏈主”「雙百」');
  });

  it('keeps what it is told to as it is: the deploy’s base path (issue 34, M4)', () => {
    const convert = hantConverter(parseHantExceptions(exceptionsText), ['/专题/']);
    expect(convert('本页地址：https://example.org/专题/cong-xin-chu-fa/ 专题报道')).toBe(
      '本頁地址：https://example.org/专题/cong-xin-chu-fa/ 專題報道',
    );
    expect(convert('涵养发展')).toBe('涵養發展');
  });

  it('takes the longest exception first', () => {
    const convert = hantConverter([
      { simplified: '发展', traditional: 'A' },
      { simplified: '涵养发展', traditional: 'B' },
    ]);
    expect(convert('涵养发展，发展')).toBe('B，A');
  });
});

describe('convertDeep', () => {
  it('converts every string value, keeps keys and numbers, and applies the extra step', () => {
    const value = { 标题: '数据', values: [{ label: '签约项目', n: 59 }], url: '/a/' };
    expect(convertDeep(value, hantConverter(), (text) => text.replace('/a/', '/zh-hant/a/'))).toEqual({
      标题: '數據',
      values: [{ label: '簽約項目', n: 59 }],
      url: '/zh-hant/a/',
    });
  });
});

describe('parseHantExceptions', () => {
  it('reads the series file', () => {
    expect(parseHantExceptions(exceptionsText).map((entry) => entry.simplified)).toContain('涵养发展');
  });

  it('names the file, line and field of an empty entry, in Chinese first', () => {
    const text = '{\n  "exceptions": [\n    { "simplified": "征程", "traditional": "" }\n  ]\n}\n';
    expect(errorOf(() => parseHantExceptions(text))).toMatchInlineSnapshot(`
      "✗ content/zh-hant-exceptions.json 第 3 行
        问题：第 1 条例外的 traditional：不能为空
          3 |     { "simplified": "征程", "traditional": "" }
      对照《编辑指南》里这个字段的说明改正。
      (exceptions.0.traditional: invalid value)"
    `);
  });

  it('rejects the same simplified words listed twice', () => {
    const text =
      '{\n  "exceptions": [\n    { "simplified": "征程", "traditional": "征程" },\n    { "simplified": "征程", "traditional": "徵程" }\n  ]\n}\n';
    expect(errorOf(() => parseHantExceptions(text))).toMatchInlineSnapshot(`
      "✗ content/zh-hant-exceptions.json 第 4 行
        问题：“征程”写了两次（第 1 条和第 2 条）
      同样的简体文字只能有一种繁体写法：删掉其中一条。
      ("征程" is listed twice (entries 1 and 2))"
    `);
  });

  it('refuses markup in either field, and a simplified without Chinese characters (issue 34, H1)', () => {
    const text = [
      '{',
      '  "exceptions": [',
      '    {',
      '      "simplified": "涵养发展",',
      '      "traditional": "涵養發展<meta http-equiv=\\"refresh\\" content=\\"5;url=https://evil.example/\\">"',
      '    },',
      '    { "simplified": "script-src \'self\'", "traditional": "script-src \'self\' \'unsafe-inline\'" },',
      '    { "simplified": "征程&amp;", "traditional": "征程" }',
      '  ]',
      '}',
    ].join('\n');
    expect(errorOf(() => parseHantExceptions(text))).toMatchInlineSnapshot(`
      "发现 5 个问题：
      ✗ content/zh-hant-exceptions.json 第 5 行
        问题：第 1 条例外的 traditional：“涵養發展<meta http-equiv="refresh" content="5;url=https://evil.example/">”里有符号 <：例外只能写文字，不能写 < > & " ' \` \\ 这些网页标记用的符号
          5 |       "traditional": "涵養發展<meta http-equiv=\\"refresh\\" content=\\"5;url=https://evil.example/\\">"
        怎么改：只写繁体版要写成的那几个字，删掉 <；引号用繁体的「」『』。
        (traditional: "涵養發展<meta http-equiv="refresh" content="5;url=https://evil.example/">" holds "<"; an exception is plain words, without markup signs (< > & " ' \` \\))
      ✗ content/zh-hant-exceptions.json 第 7 行
        问题：第 2 条例外的 simplified：“script-src 'self'”里有符号 '：例外只能写文字，不能写 < > & " ' \` \\ 这些网页标记用的符号
          7 |     { "simplified": "script-src 'self'", "traditional": "script-src 'self' 'unsafe-inline'" },
        怎么改：只写简体原文里要改的那几个字，删掉 '；引号用中文的“”‘’。
        (simplified: "script-src 'self'" holds "'"; an exception is plain words, without markup signs (< > & " ' \` \\))
      ✗ content/zh-hant-exceptions.json 第 7 行
        问题：第 2 条例外的 simplified：“script-src 'self'”里没有汉字：例外只改正汉字的转换
          7 |     { "simplified": "script-src 'self'", "traditional": "script-src 'self' 'unsafe-inline'" },
        怎么改：写简体原文里转换错了的汉字（可以连同前后几个字），例如 "simplified": "涵养发展"；网址、代码和英文不会被转换，不用写例外。
        (simplified: "script-src 'self'" holds no Chinese character; an exception corrects the conversion of Chinese words)
      ✗ content/zh-hant-exceptions.json 第 7 行
        问题：第 2 条例外的 traditional：“script-src 'self' 'unsafe-inline'”里有符号 '：例外只能写文字，不能写 < > & " ' \` \\ 这些网页标记用的符号
          7 |     { "simplified": "script-src 'self'", "traditional": "script-src 'self' 'unsafe-inline'" },
        怎么改：只写繁体版要写成的那几个字，删掉 '；引号用繁体的「」『』。
        (traditional: "script-src 'self' 'unsafe-inline'" holds "'"; an exception is plain words, without markup signs (< > & " ' \` \\))
      ✗ content/zh-hant-exceptions.json 第 8 行
        问题：第 3 条例外的 simplified：“征程&amp;”里有符号 &：例外只能写文字，不能写 < > & " ' \` \\ 这些网页标记用的符号
          8 |     { "simplified": "征程&amp;", "traditional": "征程" }
        怎么改：只写简体原文里要改的那几个字，删掉 &；引号用中文的“”‘’。
        (simplified: "征程&amp;" holds "&"; an exception is plain words, without markup signs (< > & " ' \` \\))
      按每条的“怎么改”逐条修改并保存，再运行 npm run build；用 npm run dev 预览时页面会自动刷新。"
    `);
  });

  it('names the line of a JSON syntax error', () => {
    const text = '{\n  "exceptions": [\n    { "simplified": "征程", "traditional": "征程", }\n  ]\n}\n';
    expect(errorOf(() => parseHantExceptions(text))).toMatchInlineSnapshot(`
      "✗ content/zh-hant-exceptions.json 第 3 行第 46 列
        问题：JSON 格式不对，文件读不出来：最后一项后面多了一个逗号
          3 |     { "simplified": "征程", "traditional": "征程", }
            |                                                  ^
      删掉这个逗号：} 前面的最后一项后面不能有逗号。
      (not valid JSON: Expected double-quoted property name in JSON at position 67 (line 3 column 48))"
    `);
  });
});
