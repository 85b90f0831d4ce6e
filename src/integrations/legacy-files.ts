/**
 * Astro integration: after a build, keeps the site's old addresses answering (see
 * src/report/legacy-redirects.ts). Writes `_redirects` for Netlify and Cloudflare Pages, and copies
 * each old download and share card from its new folder to its old one, byte for byte, so a plain
 * static host still answers `/data/<id>.csv`, `/data/datapackage.json` and `/og/<card>.png`.
 * Does nothing when the report they belong to was not built (e.g. a test series).
 */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { legacyFileFolders, legacyReport, redirectsFile } from '../report/legacy-redirects';
import { configBase } from '../report/deploy';
import { publishedSlugRedirects } from '../report/slug-redirects';

export function legacyFiles(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'legacy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = configBase(config);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (!existsSync(path.join(outDir, legacyReport))) return;
        let copied = 0;
        for (const folder of legacyFileFolders) {
          const from = path.join(outDir, folder.to);
          const to = path.join(outDir, folder.from);
          if (!existsSync(from)) continue;
          await mkdir(to, { recursive: true });
          for (const name of (await readdir(from)).sort()) {
            if (!folder.extensions.some((extension) => name.endsWith(extension))) continue;
            await copyFile(path.join(from, name), path.join(to, name));
            copied++;
          }
        }
        await writeFile(path.join(outDir, '_redirects'), redirectsFile(base, publishedSlugRedirects(root)));
        logger.info(`old addresses: ${copied} files copied to their old folders; _redirects written`);
      },
    },
  };
}
