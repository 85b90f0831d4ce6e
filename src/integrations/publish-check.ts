/**
 * Astro integration: a build publishes only what is ready (src/report/placeholders.ts).
 * - Before any file is loaded, `astro build` refuses every scaffold placeholder (【待填写】, 【示例】)
 *   left in a report that is not a draft, or in content/site.json: one message naming each file,
 *   line and field. `astro dev` does not: a half-written report is what the dev server is for.
 * - A preview build (SHOW_DRAFTS=1 npm run build) says first that it is a preview holding drafts, and
 *   must not be published (scripts/build.mjs says it again in its summary line). Drafts may keep their
 *   placeholders there; their pages carry a 草稿 mark and noindex (src/layouts/BaseLayout.astro).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { editorError } from '../errors';
import { reportsDir } from '../files/report-files';
import { draftFolders } from '../report/drafts';
import { publishedPlaceholderProblems } from '../report/placeholders';
import { publishedReportIds, publishedSlugRedirects, recordSlugs, slugRedirectNotice } from '../report/slug-redirects';

/** Whether this build is a preview with drafts (SHOW_DRAFTS=1), which must not be published. */
export const isPreviewBuild = (env: NodeJS.ProcessEnv = process.env) => env.SHOW_DRAFTS === '1';

/** The notice a preview build starts with, naming the drafts it holds. */
export function previewNotice(drafts: readonly string[]): string {
  const which = drafts.length ? `，其中有草稿：${drafts.join('、')}` : '';
  return (
    `这是含草稿的预览构建（SHOW_DRAFTS=1）${which}。它只给编辑查看，不能发布：草稿页面标着“草稿”，草稿里的【待填写】也不拦。` +
    `要发布，请去掉 SHOW_DRAFTS=1，运行 npm run build。` +
    `(Preview build with drafts: do not deploy this dist/.)`
  );
}

export function publishCheck(): AstroIntegration {
  return {
    name: 'publish-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        if (isPreviewBuild()) logger.warn(previewNotice(draftFolders(path.join(root, reportsDir))));
        const problems = publishedPlaceholderProblems(root);
        if (problems.length) throw editorError(problems);
        // A changed slug: the old address is kept as a redirect (src/report/slug-redirects.ts); say so.
        for (const redirect of publishedSlugRedirects(root))
          console.warn(`\u001b[33m注意\u001b[0m ${slugRedirectNotice(redirect)}`);
      },
    },
  };
}

/**
 * Astro integration, after every check (placed after linkCheck): a build that publishes adds each
 * chapter's slug to its report's record of addresses (src/report/slug-redirects.ts), so a later change
 * of the slug keeps this address. A preview (SHOW_DRAFTS=1) records nothing: it is not published.
 */
export function addressRecord(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'address-record',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ logger }) => {
        if (isPreviewBuild()) return;
        for (const id of publishedReportIds(root)) {
          if (recordSlugs(root, id)) logger.info(`addresses recorded in ${reportsDir}/${id}/addresses.json`);
        }
      },
    },
  };
}
