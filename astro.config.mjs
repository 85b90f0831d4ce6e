// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { readDeployEnv } from './src/lib/deploy-env.ts';
import { remarkSourceFile } from './src/lib/remark-source-file.ts';
import { linkCheck } from './src/integrations/link-check.ts';

// SITE_URL (absolute origin, for canonical URLs) and BASE_PATH (a sub-folder) come from the environment.
const { site, base } = readDeployEnv(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  markdown: {
    // unified so our remark plugin runs; SmartyPants and GFM off: the article's punctuation is kept exactly.
    processor: unified({ remarkPlugins: [remarkSourceFile], smartypants: false, gfm: false }),
  },
  // linkCheck fails the build on an internal link or #anchor that leads nowhere.
  integrations: [mdx(), linkCheck()],
  vite: { plugins: [tailwindcss()] },
});
