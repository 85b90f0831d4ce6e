// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { readDeployEnv } from './src/lib/deploy-env.ts';
import { remarkSourceFile } from './src/lib/remark-source-file.ts';
import { rehypeSourceLinks } from './src/lib/rehype-source-links.ts';
import siteJson from './content/site.json' with { type: 'json' };

// SITE_URL (absolute origin, for canonical URLs) and BASE_PATH (a sub-folder) come from the environment.
const { site, base } = readDeployEnv(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  markdown: {
    // unified so our remark plugin runs; SmartyPants and GFM off: the article's punctuation is kept exactly.
    // rehypeSourceLinks links each figure's sentence to its chart (and gives tables a #anchor to link to).
    processor: unified({
      remarkPlugins: [remarkSourceFile],
      rehypePlugins: [[rehypeSourceLinks, { base, linkTitle: siteJson.ui.numberLinkTitle }]],
      smartypants: false,
      gfm: false,
    }),
  },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
