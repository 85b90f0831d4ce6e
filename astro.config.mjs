// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { readDeployEnv } from './src/integrations/deploy-env.ts';
import { remarkSourceFile } from './src/integrations/remark-source-file.ts';
import { hostFiles } from './src/integrations/security-headers.ts';
import { rehypeSourceLinks } from './src/integrations/rehype-source-links.ts';
import { rehypeLineBreaks } from './src/integrations/rehype-line-breaks.ts';
import { remarkEditorMarkdown } from './src/integrations/remark-editor-markdown.ts';
import { rehypeEditorMarkdown } from './src/integrations/rehype-editor-markdown.ts';
import { dropDeadHeadInjectDirective } from './src/integrations/quiet-build.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { footnoteBackLabel } from './src/report/footnotes.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { legacyFiles } from './src/integrations/legacy-files.ts';
import { legacyPages } from './src/report/legacy-redirects.ts';
import { precompress } from './src/integrations/precompress.ts';
import { parseSiteJson } from './src/report/site-json.ts';
import { editorFilesVite } from './src/integrations/editor-files.ts';
import { readEditorFile } from './src/files/editor-text.ts';
import { refuseSymlinks } from './src/integrations/symlinks.ts';
import { refuseUnreadableFiles } from './src/report/readable-files.ts';
import { noteUnusedHantExceptions } from './src/report/hant-exception-use.ts';
import { noteTraditionalCharacters } from './src/report/traditional-characters.ts';
import { hantEdition } from './src/integrations/hant-edition.ts';
import { hantExceptionsFile, parseHantExceptions } from './src/hant/convert.ts';
import { basePrefixes } from './src/hant/addresses.ts';
import { addressRecord, publishCheck } from './src/integrations/publish-check.ts';
import { publishedSlugRedirects } from './src/report/slug-redirects.ts';
import { maxPhotoPixels } from './src/schemas/photo.ts';
import { pageLastModified } from './src/report/record-dates.ts';

// SITE_URL (absolute origin, for canonical URLs) and BASE_PATH (a sub-folder) come from the environment.
// A path in SITE_URL is the base path (GitHub Pages project sites); http:// builds with a warning.
const { site, base, warnings } = readDeployEnv(process.env);
for (const warning of warnings) console.warn(`\u001b[33m注意\u001b[0m ${warning}`);
// No symbolic link in content/ or public/, before any file there is read (src/integrations/symlinks.ts).
refuseSymlinks(fileURLToPath(new URL('.', import.meta.url)));
// A build reads every editor's file first, so every file it cannot read (not UTF-8, an emoji, a dataset over the
// size limit) is named in one message (src/report/readable-files.ts). `astro dev` shows each on its page instead.
if (process.argv.includes('build')) refuseUnreadableFiles(fileURLToPath(new URL('.', import.meta.url)));
// Read as text so a syntax error in site.json names the file.
const siteJson = /** @type {{ ui: { numberLinkTitle: string, footnotes: string, footnoteBack: string } }} */ (
  parseSiteJson(readEditorFile(fileURLToPath(new URL('./content/site.json', import.meta.url)), 'content/site.json'))
);
// The 繁體 edition's exceptions (src/hant/convert.ts), checked before anything is built: a mistake in them
// (markup, no Chinese, the same words twice) stops the build here, in seconds, with file and line.
const hantExceptions = parseHantExceptions(
  readEditorFile(fileURLToPath(new URL(`./${hantExceptionsFile}`, import.meta.url)), hantExceptionsFile),
);
// An exception whose simplified words stand nowhere does nothing: a note says so (src/report/hant-exception-use.ts).
noteUnusedHantExceptions(fileURLToPath(new URL('.', import.meta.url)), hantExceptions);
// Traditional characters typed into the simplified text are noted (src/report/traditional-characters.ts).
noteTraditionalCharacters(fileURLToPath(new URL('.', import.meta.url)));

/** The 404 page and the old addresses (src/report/legacy-redirects.ts), which only redirect. */
const movedChapters = publishedSlugRedirects(fileURLToPath(new URL('.', import.meta.url))).map((moved) => moved.from);
const isRedirectOrNotFound = (/** @type {string} */ page) => {
  // The base as the sitemap writes it, percent-encoded (a Chinese base such as /专题/江津/), or as given
  // (src/hant/addresses.ts); cut at the decoded base's length, an encoded path split an escape (URI malformed).
  const pathname = new URL(page).pathname;
  const prefix = basePrefixes(base).find((written) => pathname.startsWith(written)) ?? base;
  const path = decodeURIComponent(pathname.slice(prefix.length));
  const folder = path.endsWith('/') ? path : `${path}/`;
  return /^404\/?$/.test(path) || Object.keys(legacyPages).includes(folder) || movedChapters.includes(folder);
};
/** A page's path without the base, decoded, as `pageLastModified` names it (`<report>/<slug>/`, `` for `/`). */
const pagePath = (/** @type {string} */ page) => {
  const pathname = new URL(page).pathname;
  const prefix = basePrefixes(base).find((written) => pathname.startsWith(written)) ?? base;
  return decodeURIComponent(pathname.slice(prefix.length)).replace(/^\/+/, '');
};
/** Each page's last change from the reports' records (src/report/record-dates.ts), read once, when the sitemap is written. */
/** @type {Map<string, string> | undefined} */
let lastModified;
const lastmodOf = (/** @type {string} */ page) =>
  (lastModified ??= pageLastModified(fileURLToPath(new URL('.', import.meta.url)))).get(pagePath(page));

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Every stylesheet a file, never inlined: the deploy headers' CSP allows style-src 'self' only.
  // Four pages at a time: while one waits on an image's PNG encoding (libvips threads, src/images/png.ts)
  // the main thread renders the next, so both cores work. The output does not depend on the order.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Photos go through Astro's sharp service, wrapped so that an image it cannot convert stops the build instead of
  // being published as it is under another format's name (src/images/photo-service.ts); sharp decodes no photo over
  // the photos' own pixel limit. Named from the project root: the name is part of every image file's hash.
  image: { service: { entrypoint: '/src/images/photo-service.ts', config: { limitInputPixels: maxPhotoPixels } } },
  markdown: {
    // unified so our plugins run. SmartyPants off: the article's punctuation is kept exactly. GFM on for
    // tables and footnotes (the article has no autolink-like text, ~ or | that GFM would change; the
    // fidelity tests prove every character is kept).
    // remarkEditorMarkdown rejects what the site does not support (Markdown images, <script>, …) with
    // file and line; rehypeEditorMarkdown gives headings ids, tables captions and a scroll box;
    // rehypeSourceLinks links each figure's sentence to its chart (and gives tables a #anchor to link to);
    // rehypeLineBreaks, last, keeps each number with its unit and each paragraph's last word on one line.
    processor: unified({
      remarkPlugins: [remarkEditorMarkdown, remarkSourceFile],
      rehypePlugins: [
        rehypeEditorMarkdown,
        [rehypeSourceLinks, { base, linkTitle: siteJson.ui.numberLinkTitle }],
        rehypeLineBreaks,
      ],
      remarkRehype: {
        footnoteLabel: siteJson.ui.footnotes,
        footnoteLabelTagName: 'h2',
        footnoteLabelProperties: { className: ['footnotes-title'] },
        footnoteBackLabel: footnoteBackLabel(siteJson.ui.footnoteBack),
      },
      smartypants: false,
      gfm: true,
    }),
    // No code blocks in a news report; Shiki's inline styles would also break the strict CSP.
    syntaxHighlight: false,
  },
  // publishCheck: a build refuses the placeholders 【待填写】 and 【示例】 left in a report that is not a draft,
  // and a preview build with drafts (SHOW_DRAFTS=1) says it must not be published (src/integrations/publish-check.ts).
  // The sitemap needs absolute URLs, so it is written only when SITE_URL is set; it leaves out the
  // 404 page and the old addresses that only redirect.
  // hantEdition writes the 繁體 edition under zh-hant/ from the built pages (after the sitemap, whose entries it
  // doubles; before the checks and copies below, which then cover it too).
  // legacyFiles keeps old download and share-card addresses answering and writes _redirects.
  // linkCheck fails the build on an internal link or #anchor that leads nowhere; addressRecord, after it, records
  // each chapter's address in its report's addresses.json, so a changed slug keeps the old one (src/report/slug-redirects.ts).
  // hostFiles writes _headers (Netlify, Cloudflare Pages) from src/integrations/security-headers.ts.
  // precompress writes a .gz beside each text file (for nginx's gzip_static); last, so it sees every file.
  integrations: [
    publishCheck(),
    mdx(),
    ...(site
      ? [
          sitemap({
            filter: (page) => !isRedirectOrNotFound(page),
            // lastmod only where a report gives a date (its record); none is invented.
            serialize: (item) => {
              const date = lastmodOf(item.url);
              return date ? { ...item, lastmod: date } : item;
            },
          }),
        ]
      : []),
    hantEdition(),
    legacyFiles(),
    linkCheck(),
    addressRecord(),
    hostFiles(),
    precompress(),
  ],
  vite: {
    // editorFilesVite: MDX read as editors save it (BOM, CRLF); dropDeadHeadInjectDirective: see quiet-build.ts;
    // noPreloadHelper: see no-preload-helper.ts.
    plugins: [tailwindcss(), editorFilesVite(), dropDeadHeadInjectDirective(), noPreloadHelper()],
    // Scripts as files, never inlined: the deploy headers' CSP allows script-src 'self' (plus the theme hash).
    // No modulepreload: the lazy chunks (chart.js, the 听全文 player) have no dependencies of their own to
    // preload, and noPreloadHelper() keeps Vite's helper (~0.75 KB gzipped) out of the first script.
    build: { assetsInlineLimit: 0, modulePreload: false },
    // Where the site is served from, for src/report/deploy.ts: a name of our own, which no environment
    // variable can replace (Astro copies every variable into import.meta.env, so a CI machine's SITE or
    // BASE_URL would override import.meta.env.SITE and BASE_URL).
    define: { __SITE_DEPLOY__: JSON.stringify({ site: site ?? null, base }) },
  },
});
