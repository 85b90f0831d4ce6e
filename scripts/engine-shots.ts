// Screenshots of every page of the built site in each reader's engine (Chromium, Firefox, WebKit) at a phone's
// 390 px, whole pages with every chart drawn, and the three side by side, for a person to compare the
// engines' typesetting (docs/testing.md, "Every reader's engine").
// Usage: npm run shots  (builds, then writes screenshots/engines/<page>.png and <engine>/<page>.png)
// ENGINES=webkit,firefox limits the engines; WIDTH=1280 another width; SCHEME is not settable in every engine.
import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { engineNames, launchEngine, type EngineName } from './lib/engines/engine.ts';
import { pageProbeScript, probePath } from './lib/engines/page-probe.ts';
import { readPage } from './lib/engines/read-page.ts';
import { serveStatic } from './lib/static-server.ts';

const dist = path.resolve('dist');
const out = path.resolve(process.argv[2] ?? 'screenshots/engines');
const width = Number(process.env.WIDTH ?? 390);
const engines = (process.env.ENGINES?.split(',') ?? engineNames) as EngineName[];

/** Every page readers read: the HTML files of dist/ but the static redirects of old addresses. */
async function pages(): Promise<string[]> {
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const routes: string[] = [];
  for (const file of files) {
    if ((await readFile(path.join(dist, file), 'utf8')).includes('http-equiv="refresh"')) continue;
    routes.push(
      '/' +
        file
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, ''),
    );
  }
  return routes;
}

const name = (route: string) => route.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'series';

const routes = await pages();
const site = await serveStatic(dist, '/', 0, { path: probePath, source: pageProbeScript });
const shots = new Map<string, string[]>();
try {
  for (const engineName of engines) {
    const engine = await launchEngine(engineName);
    console.log(`${engine.version}: ${routes.length} pages at ${width} px`);
    await mkdir(path.join(out, engineName), { recursive: true });
    const tab = await engine.open({ width, height: 800 });
    for (const route of routes) {
      await tab.goto(site.page(route));
      await tab.evaluate(readPage);
      await tab.evaluate(() => scrollTo(0, 0));
      const file = path.join(out, engineName, `${name(route)}.png`);
      await tab.screenshot(file);
      shots.set(route, [...(shots.get(route) ?? []), file]);
    }
    await tab.close();
    await engine.close();
  }
} finally {
  await site.close();
}

// Side by side, each under its engine's name.
const gap = 24;
const label = 36;
for (const [route, files] of shots) {
  const images = await Promise.all(files.map((file) => sharp(file).metadata()));
  const columnWidth = Math.max(...images.map((image) => image.width ?? 0));
  const height = Math.max(...images.map((image) => image.height ?? 0)) + label;
  const composite = files.flatMap((file, index) => [
    { input: file, left: index * (columnWidth + gap), top: label },
    {
      input: Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${columnWidth}" height="${label}"><text x="4" y="26" font-family="sans-serif" font-size="22">${engines[index]} · ${route}</text></svg>`,
      ),
      left: index * (columnWidth + gap),
      top: 0,
    },
  ]);
  await sharp({
    create: {
      width: files.length * columnWidth + (files.length - 1) * gap,
      height,
      channels: 3,
      background: '#888888',
    },
    limitInputPixels: false,
  })
    .composite(composite)
    .png()
    .toFile(path.join(out, `${name(route)}.png`));
}
console.log(`Wrote ${shots.size} comparisons to ${path.relative(process.cwd(), out)}/`);
