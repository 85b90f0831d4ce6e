/**
 * Astro integration: after a build, checks every internal link and #anchor in
 * the output and fails the build on one that leads nowhere, naming the page and,
 * when the link was written in an MDX file, that file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, type BrokenLink } from './internal-links';
import { editorError, lineAt, type Problem } from '../errors';
import { readEditorFile } from '../files/editor-text';
import { contentDir as contentFolder } from '../files/report-files';
import { configBase } from '../report/deploy';
import { hansPath, hantUrl, isHantPath } from '../hant/addresses';

/** Places in MDX files under `content/` where the link's target is written, to point the editor at the source. */
async function sourcesOf(
  link: BrokenLink,
  contentDir: string,
  base: string,
): Promise<Array<{ file: string; line: number }>> {
  const files = (await readdir(contentDir, { recursive: true })).filter((file) => file.endsWith('.mdx'));
  const needles = [link.href, link.href.startsWith(base) ? `/${link.href.slice(base.length)}` : link.href].flatMap(
    (needle) => [`(${needle})`, `"${needle}"`],
  );
  const found: Array<{ file: string; line: number }> = [];
  for (const file of files) {
    const name = path.posix.join(contentFolder, file.split(path.sep).join('/'));
    const text = readEditorFile(path.join(contentDir, file), name);
    const at = needles.map((needle) => text.indexOf(needle)).find((index) => index >= 0);
    if (at !== undefined) found.push({ file: name, line: lineAt(text, at) });
  }
  return found;
}

/** What is wrong with a link, in Chinese. */
function problemText(link: BrokenLink): string {
  const id = link.problem.match(/has no id "([^"]+)"/)?.[1];
  const target = link.problem.match(/leads to (\S+), which/)?.[1];
  if (id) return `链接“${link.href}”指向的页面 ${target} 里没有“#${id}”这个位置`;
  if (link.problem.startsWith('leads nowhere')) return `链接“${link.href}”指向的页面不存在`;
  return `链接“${link.href}”有问题`;
}

/**
 * The broken links without those on 繁體 pages that are a simplified page's broken link, converted
 * (the 繁體 edition is made from the simplified pages): the editor fixes each mistake once, in its source.
 */
export function withoutHantEchoes(broken: readonly BrokenLink[], base: string, site?: string): BrokenLink[] {
  const simplified = new Set(
    broken.filter((link) => !isHantPath(link.file)).map((link) => `${link.file}\n${hantUrl(link.href, base, site)}`),
  );
  return broken.filter((link) => !(isHantPath(link.file) && simplified.has(`${hansPath(link.file)}\n${link.href}`)));
}

export function linkCheck(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let root = process.cwd();
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = configBase(config);
        site = config.site;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const all = (await readdir(outDir, { recursive: true })).map((name) => name.split(path.sep).join('/'));
        const names = all.filter((file) => file.endsWith('.html'));
        const files = await Promise.all(
          names.map(async (name) => ({
            file: name,
            html: await readFile(path.join(outDir, name), 'utf8'),
          })),
        );
        const broken = withoutHantEchoes(findBrokenLinks(files, base, site, all), base, site);
        if (!broken.length) {
          logger.info(`${files.length} pages: every internal link and anchor leads somewhere`);
          return;
        }
        const problems: Problem[] = await Promise.all(
          broken.map(async (link) => {
            const [source] = await sourcesOf(link, path.join(root, contentFolder), base);
            return {
              file: source?.file ?? `dist/${link.file}`,
              ...(source ? { line: source.line } : {}),
              message: `${problemText(link)}（出现在页面 ${link.file}）`,
              hint: '本站链接写成 /报道网址/章节网址/ 或再加 #位置，例如 [招商引资](/cong-xin-chu-fa/investment/)；可用的网址见《编辑指南》。',
              en: `${link.file}: link "${link.href}" ${link.problem}${source ? ` (written in ${source.file})` : ''}`,
            };
          }),
        );
        throw editorError(problems);
      },
    },
  };
}
