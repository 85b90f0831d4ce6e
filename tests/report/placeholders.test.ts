import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  jsonPlaceholders,
  mdxPlaceholders,
  placeholderProblems,
  publishedPlaceholderProblems,
} from '../../src/report/placeholders';
import { projectRoot } from '../support/build-site';

describe('mdxPlaceholders', () => {
  it('names the frontmatter field (nested ones with a dot), the body, line and column; skips YAML comments', () => {
    const text = [
      '---',
      'headline: 【待填写】标题',
      'leadPhoto:',
      '  caption: 头图【待填写】',
      '# 【待填写】 a comment is not published',
      'draft: false',
      '---',
      '',
      '正文【示例】一句，又一处【待填写】。',
    ].join('\n');
    expect(mdxPlaceholders(text)).toEqual([
      { mark: '【待填写】', line: 2, column: 11, field: 'headline' },
      { mark: '【待填写】', line: 4, column: 14, field: 'leadPhoto.caption' },
      { mark: '【示例】', line: 9, column: 3, body: true },
      { mark: '【待填写】', line: 9, column: 13, body: true },
    ]);
  });

  it('reads a file without frontmatter as body text, and finds nothing in a finished one', () => {
    expect(mdxPlaceholders('【待填写】')).toEqual([{ mark: '【待填写】', line: 1, column: 1, body: true }]);
    expect(mdxPlaceholders('---\ntitle: 标题\n---\n\n正文。\n')).toEqual([]);
  });
});

describe('jsonPlaceholders', () => {
  it('names the path of the string that holds a mark, in lists too', () => {
    const text = JSON.stringify(
      {
        title: '【示例】数据标题',
        notes: ['好的', '【示例】注'],
        values: [{ label: '甲' }, { label: '【待填写】乙' }],
      },
      null,
      2,
    );
    expect(jsonPlaceholders(text)).toEqual([
      { mark: '【示例】', line: 2, column: 13, field: 'title' },
      { mark: '【示例】', line: 5, column: 6, field: 'notes.1' },
      { mark: '【待填写】', line: 12, column: 17, field: 'values.1.label' },
    ]);
  });

  it('never takes a key for a value, and points at an escaped mark’s string', () => {
    expect(jsonPlaceholders('{"【示例】": "x"}')).toEqual([]);
    expect(jsonPlaceholders('{"a": "\\u3010\\u793a\\u4f8b\\u3011"}')).toEqual([
      { mark: '【示例】', line: 1, column: 7, field: 'a' },
    ]);
  });

  it('gives the lines of a text that is not JSON yet, without a field', () => {
    expect(jsonPlaceholders('{\n  "title": "【待填写】",\n}')).toEqual([{ mark: '【待填写】', line: 2, column: 13 }]);
  });
});

describe('placeholderProblems', () => {
  it('says where, what and what to do, in Chinese, with the line itself', () => {
    const [problem] = placeholderProblems(
      '---\ntitle: 【待填写】标题\n---\n',
      'content/reports/x/chapters/01-a.mdx',
      'x',
    );
    expect(problem).toEqual({
      file: 'content/reports/x/chapters/01-a.mdx',
      line: 2,
      column: 8,
      source: 'title: 【待填写】标题',
      message: '字段 title 里还留着新建报道时的占位文字“【待填写】”，这篇报道不是草稿，发布后读者会看到它',
      hint: '把“【待填写】”连同它后面的提示换成原文的文字。还没写完就先不要发布：在 content/reports/x/report.mdx 的资料卡里加回 draft: true 这一行，它就是草稿，正式构建不发布。',
      en: 'scaffold placeholder (to be filled in) left in a published report',
    });
  });

  it('asks to replace or delete an example, and says nothing of drafts outside a report', () => {
    const [problem] = placeholderProblems('{\n  "ui": { "lede": "【示例】" }\n}', 'content/site.json');
    expect(problem!.message).toBe('字段 ui.lede 里还留着示例内容“【示例】”，发布后读者会看到它');
    expect(problem!.hint).toMatch(/^把【示例】的内容换成原文，或者整段删掉/);
    expect(problem!.hint).not.toMatch(/draft/);
  });
});

describe('publishedPlaceholderProblems', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const copy = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-placeholders-'));
    roots.push(root);
    cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
    return root;
  };
  const report = (root: string, draft: boolean) => {
    const folder = path.join(root, 'content/reports/gao-zhi-liang');
    mkdirSync(path.join(folder, 'chapters'), { recursive: true });
    mkdirSync(path.join(folder, 'data'), { recursive: true });
    writeFileSync(
      path.join(folder, 'report.mdx'),
      `---\nheadline: 【待填写】标题\nnumber: 2\n${draft ? 'draft: true\n' : ''}---\n\n【待填写】导语。\n`,
    );
    writeFileSync(path.join(folder, 'chapters/01-a.mdx'), '---\ntitle: 【待填写】\n---\n');
    writeFileSync(path.join(folder, 'data/example.json'), '{ "title": "【示例】数据" }\n');
  };

  it('finds none in the site as it is', () => {
    expect(publishedPlaceholderProblems(copy())).toEqual([]);
  });

  it('lets a draft keep its placeholders', () => {
    const root = copy();
    report(root, true);
    expect(publishedPlaceholderProblems(root)).toEqual([]);
  });

  it('finds each one in a report that is not a draft, and in site.json, file by file', () => {
    const root = copy();
    report(root, false);
    const siteJson = path.join(root, 'content/site.json');
    writeFileSync(siteJson, readFileSync(siteJson, 'utf8').replace('"跳到正文"', '"【待填写】"'));
    expect(
      publishedPlaceholderProblems(root).map((problem) => `${problem.file}:${problem.line} ${problem.message}`),
    ).toEqual([
      'content/reports/gao-zhi-liang/report.mdx:2 字段 headline 里还留着新建报道时的占位文字“【待填写】”，这篇报道不是草稿，发布后读者会看到它',
      'content/reports/gao-zhi-liang/report.mdx:6 正文里还留着新建报道时的占位文字“【待填写】”，这篇报道不是草稿，发布后读者会看到它',
      'content/reports/gao-zhi-liang/chapters/01-a.mdx:2 字段 title 里还留着新建报道时的占位文字“【待填写】”，这篇报道不是草稿，发布后读者会看到它',
      'content/reports/gao-zhi-liang/data/example.json:1 字段 title 里还留着新建报道时的示例内容“【示例】”，这篇报道不是草稿，发布后读者会看到它',
      'content/site.json:6 字段 ui.skipToContent 里还留着占位文字“【待填写】”，发布后读者会看到它',
    ]);
  });

  it('skips a file it cannot read yet (the build names its encoding next)', () => {
    const root = copy();
    report(root, false);
    writeFileSync(
      path.join(root, 'content/reports/gao-zhi-liang/chapters/01-a.mdx'),
      Buffer.from([0xff, 0xfe, 0x2d, 0x00]),
    );
    expect(publishedPlaceholderProblems(root).map((problem) => problem.file)).not.toContain(
      'content/reports/gao-zhi-liang/chapters/01-a.mdx',
    );
  });
});
