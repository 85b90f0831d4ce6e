// Takes full-page screenshots of the built site in Debian's Chromium, for people to look at.
// Usage: node scripts/screenshots.mjs [outDir] [path ...]   (expects `astro preview` on PREVIEW_URL)
// WIDTHS=390,1280 SCHEMES=light,dark TEXT_SIZE=x-large (the reader's text size: standard, large, x-large) FULL=0
import { launchChromium } from './lib/browser.ts';
import { mkdir } from 'node:fs/promises';

const base = process.env.PREVIEW_URL ?? 'http://localhost:4321/';
const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length
  ? paths
  : [
      '/',
      '/cong-xin-chu-fa/',
      '/cong-xin-chu-fa/industry-clusters/',
      '/cong-xin-chu-fa/investment/',
      '/cong-xin-chu-fa/innovation/',
      '/cong-xin-chu-fa/reporters-note/',
      '/404.html',
    ];
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');

await mkdir(outDir, { recursive: true });
const browser = await launchChromium();
for (const scheme of schemes) {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    // The reader's text size, as the text-size switch remembers it (src/head/text-size.ts).
    if (process.env.TEXT_SIZE)
      await context.addInitScript((size) => localStorage.setItem('text-size', size), process.env.TEXT_SIZE);
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(new URL(path.replace(/^\//, ''), base).href, { waitUntil: 'networkidle' });
      // Scroll through the page so lazily drawn charts come near and draw, then back to the top.
      for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
        await page.evaluate((top) => scrollTo(0, top), y);
        await page.waitForTimeout(100);
      }
      await page.waitForTimeout(700);
      await page.evaluate(() => scrollTo(0, 0));
      const size = process.env.TEXT_SIZE ? `-${process.env.TEXT_SIZE}` : '';
      const name = (path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'cover') + `-${width}-${scheme}${size}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL !== '0' });
    }
    await context.close();
  }
}
await browser.close();
