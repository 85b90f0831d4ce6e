import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors';
import { refuseSymlinks, symlinkProblems } from '../../src/integrations/symlinks';

const scratch = mkdtempSync(path.join(tmpdir(), 'xinzhi-symlinks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A site folder with the given files and links (`[link, target]`), and a secret outside it. */
function site(name: string, files: string[], links: [string, string][]) {
  const root = path.join(scratch, name);
  const outside = path.join(scratch, `${name}-outside`);
  mkdirSync(path.join(outside, 'folder'), { recursive: true });
  writeFileSync(path.join(outside, 'secret.txt'), 'TOP-SECRET-LINE\n');
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x');
  }
  for (const [link, target] of links) {
    mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
    symlinkSync(target.replace('$outside', outside), path.join(root, link));
  }
  return root;
}

describe('symlinkProblems', () => {
  it('finds no problem in plain files and folders', () => {
    const root = site('plain', ['content/site.json', 'content/reports/a/photos/x.jpg', 'public/favicon.svg'], []);
    expect(symlinkProblems(root)).toEqual([]);
  });

  it('names every link in content/ and public/, to a file, a folder or inside the site, without following any', () => {
    const root = site(
      'links',
      ['content/site.json', 'content/reports/a/photos/real.jpg', 'src/x.ts'],
      [
        ['public/leak.txt', '/etc/passwd'],
        ['content/reports/a/photos/lead.jpg', '$outside/secret.txt'],
        ['content/reports/a/photos/same.jpg', 'real.jpg'],
        ['content/reports/b', '$outside/folder'],
        ['src/linked.ts', '$outside/secret.txt'],
      ],
    );
    expect(symlinkProblems(root).map((problem) => problem.file)).toEqual([
      'content/reports/a/photos/lead.jpg',
      'content/reports/a/photos/same.jpg',
      'content/reports/b',
      'public/leak.txt',
    ]);
  });

  it('refuses content/ or public/ that is itself a link', () => {
    const root = site(
      'folders',
      [],
      [
        ['content', '$outside/folder'],
        ['public', '$outside/folder'],
      ],
    );
    expect(symlinkProblems(root).map((problem) => problem.file)).toEqual(['content', 'public']);
  });

  it('says what to do in Chinese and prints nothing of the target: neither its path nor its text', () => {
    const root = site('message', [], [['content/reports/a/photos/lead.jpg', '$outside/secret.txt']]);
    const [problem] = symlinkProblems(root);
    const printed = formatProblem(problem!);
    expect(printed).toBe(
      [
        '✗ content/reports/a/photos/lead.jpg',
        '  问题：这是一个符号链接（快捷方式），网站不读取 content/ 和 public/ 里的链接',
        '  怎么改：删掉这个链接，把真正的文件复制到这里再构建。文件要放在项目里，不能指向电脑上别的地方。',
        '  (a symbolic link: the build follows no link in content/ or public/; copy the file in instead)',
      ].join('\n'),
    );
    expect(() => refuseSymlinks(root)).toThrow(/content\/reports\/a\/photos\/lead\.jpg/);
    try {
      refuseSymlinks(root);
    } catch (error) {
      const text = `${(error as Error).message}\n${(error as { hint?: string }).hint}`;
      expect(text).not.toContain('secret');
      expect(text).not.toContain('TOP-SECRET-LINE');
      expect(text).not.toContain(scratch);
    }
  });
});
