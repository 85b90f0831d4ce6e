/**
 * No symbolic link in the folders editors fill (`content/`) or the build copies as it is
 * (`public/`). A link there can point anywhere on the build machine: `public/leak.txt →
 * /etc/passwd` would publish the file, and a photo linked to it would have its first line quoted
 * in the build's error. So the build refuses every link in those folders before it reads any
 * file, naming the link and printing nothing of what it points to (docs/security.md).
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { editorError, type Problem } from '../errors';
import { contentDir } from '../files/report-files';

/** The folders whose files reach the site: what editors write, and what is served as it is. */
const linkFreeFolders = [contentDir, 'public'] as const;

/** Every symbolic link in `folders` under `root` (the folders themselves included), never following one. */
export function symlinkProblems(root: string, folders: readonly string[] = linkFreeFolders): Problem[] {
  const links: string[] = [];
  const walk = (relative: string) => {
    let stats;
    try {
      stats = lstatSync(path.join(root, relative));
    } catch {
      return;
    }
    if (stats.isSymbolicLink()) links.push(relative);
    else if (stats.isDirectory())
      for (const entry of readdirSync(path.join(root, relative)).sort()) walk(path.join(relative, entry));
  };
  for (const folder of folders) walk(folder);
  return links.map((link) => ({
    file: link.split(path.sep).join('/'),
    message: '这是一个符号链接（快捷方式），网站不读取 content/ 和 public/ 里的链接',
    hint: '删掉这个链接，把真正的文件复制到这里再构建。文件要放在项目里，不能指向电脑上别的地方。',
    en: 'a symbolic link: the build follows no link in content/ or public/; copy the file in instead',
  }));
}

/** Throws one editor error naming every symbolic link in `content/` and `public/`. */
export function refuseSymlinks(root: string): void {
  const problems = symlinkProblems(root);
  if (problems.length) throw editorError(problems);
}
