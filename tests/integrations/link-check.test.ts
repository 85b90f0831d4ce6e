import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkProblems, withoutHantEchoes } from '../../src/integrations/link-check';

const nowhere = 'leads nowhere';

describe('withoutHantEchoes', () => {
  it('drops a 繁體 page’s broken link that is its simplified twin’s, converted, at the root and under a base', () => {
    for (const base of ['/', '/sub/']) {
      const broken = [
        { file: 'r/investment/index.html', href: `${base}industry-cluster/`, problem: nowhere },
        { file: 'zh-hant/r/investment/index.html', href: `${base}zh-hant/industry-cluster/`, problem: nowhere },
        { file: 'zh-hant/r/full/index.html', href: `${base}zh-hant/industry-cluster/`, problem: nowhere },
      ];
      expect(withoutHantEchoes(broken, base), base).toEqual([broken[0], broken[2]]);
    }
  });

  it('keeps a broken link found only in the 繁體 edition', () => {
    const broken = [{ file: 'zh-hant/r/index.html', href: '/zh-hant/r/missing/', problem: nowhere }];
    expect(withoutHantEchoes(broken, '/')).toEqual(broken);
  });
});

describe('linkProblems', () => {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'link-check-'));
  const chapter = 'reports/r/chapters/01-x.mdx';
  mkdirSync(path.join(contentDir, 'reports/r/chapters'), { recursive: true });
  writeFileSync(
    path.join(contentDir, chapter),
    '---\nslug: x\n---\n\n见[投资](/r/investment/)。\n\n再见[投资](/r/investment/)。\n',
  );
  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
  const pages = ['r/index.html', 'r/x/index.html', 'r/touzi/index.html', 'r/full/index.html'];

  it('names the MDX file and line of each place the link is written, once, with every page it is on', async () => {
    const broken = ['r/x/index.html', 'r/full/index.html'].map((file) => ({
      file,
      href: '/r/investment/',
      problem: nowhere,
    }));
    const problems = await linkProblems(broken, contentDir, '/', pages);
    expect(problems.map(({ file, line, message }) => [file, line, message])).toEqual([
      ['content/reports/r/chapters/01-x.mdx', 5, '链接“/r/investment/”指向的页面不存在（出现在页面 /r/x/、/r/full/）'],
      ['content/reports/r/chapters/01-x.mdx', 7, '链接“/r/investment/”指向的页面不存在（出现在页面 /r/x/、/r/full/）'],
    ]);
    expect(problems[0]!.hint).toBe(
      '把这个链接的网址改成一个存在的页面：本站链接写 /报道网址/章节网址/，要跳到页面里的某个位置再加 #位置。现在有的网址有：/r/full/、/r/touzi/、/r/x/。',
    );
  });

  it('never names a file in dist/: a link written nowhere in content/ is the site’s own, for a developer', async () => {
    const problems = await linkProblems(
      [{ file: 'investment/index.html', href: '/r/gone/', problem: nowhere }],
      contentDir,
      '/',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: '页面 /investment/',
        message: '链接“/r/gone/”指向的页面不存在：这个链接不是正文里写的，是网站程序生成的',
      }),
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/dist\//);
  });
});
