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

/** MDX files under `content/` whose text contains the link's target, to point the editor at the source. */
async function sourcesOf(link: BrokenLink, contentDir: string, base: string): Promise<string[]> {
  const files = (await readdir(contentDir, { recursive: true })).filter((file) => file.endsWith('.mdx'));
  const needles = [link.href, link.href.startsWith(base) ? `/${link.href.slice(base.length)}` : link.href];
  const found: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(contentDir, file), 'utf8');
    if (needles.some((needle) => text.includes(`(${needle})`) || text.includes(`"${needle}"`))) {
      found.push(path.posix.join('content', file.split(path.sep).join('/')));
    }
  }
  return found;
}

export function linkCheck(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let root = process.cwd();
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
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
        const broken = findBrokenLinks(files, base, site, all);
        if (!broken.length) {
          logger.info(`${files.length} pages: every internal link and anchor leads somewhere`);
          return;
        }
        const lines = await Promise.all(
          broken.map(async (link) => {
            const sources = await sourcesOf(link, path.join(root, 'content'), base);
            const where = sources.length ? ` (written in ${sources.join(', ')})` : '';
            return `${link.file}: link "${link.href}" ${link.problem}${where}`;
          }),
        );
        throw new Error(`Broken internal links\n${lines.join('\n')}`);
      },
    },
  };
}
