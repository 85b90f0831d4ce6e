/**
 * Astro integration: after a build, checks every internal link and #anchor in the output and fails
 * the build on one that leads nowhere. Each problem names the MDX file and line where the link is
 * written (never a generated file in dist/) and the pages it appears on, once: the same link on a
 * chapter and on /full/ is one mistake, fixed in one place.
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
  const relative = link.href.startsWith(base) ? link.href.slice(base.length) : undefined;
  // A 繁體 page's link is its simplified page's, converted: written in content/ without zh-hant/.
  const written =
    relative === undefined ? [] : [`/${relative}`, ...(isHantPath(relative) ? [`/${hansPath(relative)}`] : [])];
  const needles = [link.href, ...written].flatMap((needle) => [`(${needle})`, `"${needle}"`]);
  const found: Array<{ file: string; line: number }> = [];
  for (const file of files) {
    const name = path.posix.join(contentFolder, file.split(path.sep).join('/'));
    const text = readEditorFile(path.join(contentDir, file), name);
    const lines = new Set<number>();
    for (const needle of needles) {
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) lines.add(lineAt(text, at));
    }
    for (const line of [...lines].sort((a, b) => a - b)) found.push({ file: name, line });
  }
  return found;
}

/** A page's address as readers see it: `cong-xin-chu-fa/investment/index.html` → `/cong-xin-chu-fa/investment/`. */
const pageAddress = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** What is wrong with a link, in Chinese. */
function problemText(link: BrokenLink): string {
  const id = link.problem.match(/has no id "([^"]+)"/)?.[1];
  const target = link.problem.match(/leads to (\S+), which/)?.[1];
  if (id) return `链接“${link.href}”指向的页面 ${target ? pageAddress(target) : ''} 里没有“#${id}”这个位置`;
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

/**
 * The pages a link that leads nowhere most likely meant, for the hint: the chapters of the report it
 * points into, or, when it names no report (an address from before the series), every report's.
 */
function addressesNear(href: string, base: string, pages: readonly string[]): string[] {
  const relative = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, '');
  const report = relative.split(/[/#?]/)[0];
  const chapters = pages.filter(
    (page) => /^[^/]+\/[^/]+\/index\.html$/.test(page) && !/^(?:zh-hant|embed|og)\//.test(page),
  );
  const inReport = chapters.filter((page) => report && page.startsWith(`${report}/`));
  return (inReport.length ? inReport : chapters)
    .sort()
    .map((page) => pageAddress(page))
    .slice(0, 8);
}

/**
 * The problems of the broken links, one per place an editor wrote a broken link (file and line),
 * with every page it appears on; a link found in no MDX file is the site's own (a generated page), named
 * by the page's address, for a developer.
 */
export async function linkProblems(
  broken: readonly BrokenLink[],
  contentDir: string,
  base: string,
  pages: readonly string[] = [],
): Promise<Problem[]> {
  const groups = new Map<string, { link: BrokenLink; pages: string[]; source?: { file: string; line: number } }>();
  for (const link of broken) {
    const sources = await sourcesOf(link, contentDir, base);
    for (const source of sources.length ? sources : [undefined]) {
      const key = `${source ? `${source.file}:${source.line}` : link.file}\n${link.href}\n${link.problem}`;
      const group = groups.get(key) ?? { link, pages: [], ...(source ? { source } : {}) };
      group.pages.push(link.file);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ link, pages: on, source }) => {
    const shown = on.map(pageAddress).join('、');
    const near = link.problem.startsWith('leads nowhere') ? addressesNear(link.href, base, pages) : [];
    const addresses = near.length ? `现在有的网址有：${near.join('、')}。` : '';
    return source
      ? {
          file: source.file,
          line: source.line,
          message: `${problemText(link)}（出现在页面 ${shown}）`,
          hint: `把这个链接的网址改成一个存在的页面：本站链接写 /报道网址/章节网址/，要跳到页面里的某个位置再加 #位置。${addresses}`,
          en: `link "${link.href}" ${link.problem} (written in ${source.file}, on ${on.join(', ')})`,
        }
      : {
          file: `页面 ${pageAddress(link.file)}`,
          message: `${problemText(link)}：这个链接不是正文里写的，是网站程序生成的`,
          hint: '这不是编辑能改的地方：把这条信息发给开发人员。',
          en: `${link.file}: link "${link.href}" ${link.problem} (generated by the site, not written in content/)`,
        };
  });
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
        throw editorError(await linkProblems(broken, path.join(root, contentFolder), base, names));
      },
    },
  };
}
