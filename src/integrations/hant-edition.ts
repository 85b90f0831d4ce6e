/**
 * Astro integration: after the build, writes the 繁體 edition (docs/zh-hant.md) under `zh-hant/`
 * from the simplified pages Astro rendered: every page (but the old addresses' redirects), the
 * RSS feed and the charts' inputs, converted by OpenCC with the series' exceptions
 * (src/hant/convert.ts); the 繁體 share cards and chart images are rendered by their own routes
 * (src/pages/zh-hant/). Nothing is converted in the browser.
 *
 * Converting the rendered output, rather than rendering every route twice, keeps one source of
 * truth for the markup: ids and #anchors are the same bytes in both editions, the inline script
 * (which holds no Chinese) keeps its CSP hash, and a page's weight changes only by the few
 * characters whose UTF-8 length differs. Every CJK character in a page is reader-facing text
 * (tags, ids, classes and addresses are ASCII: tests/build/zh-hant.test.ts checks the output), so
 * the whole document is converted; then the site's own addresses are pointed at the 繁體 twins,
 * the language is set, the 繁/简 switch turned around and the footer says the page is converted.
 *
 * Runs after the sitemap (whose entries it doubles, with hreflang alternates) and before the link
 * check, the host headers and the precompression, which then cover the edition too.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hantConverter, hantExceptionsFile, parseHantExceptions, type HantConverter } from '../hant/convert';
import { hansLang, hantFolder, hantLang, hantOgLocale, hantPath, hantUrl, isHantPath } from '../hant/addresses';
import { readEditorFile } from '../files/editor-text';
import { qrDrawing } from '../head/qr-code';
import { parseSiteJson } from '../report/site-json';
import { configBase } from '../report/deploy';

/** The interface words the edition adds (content/site.json). */
interface HantEditionWords {
  /** The switch's label on a 繁體 page, in simplified characters. */
  scriptSwitchHans: string;
  /** The footer's note that the page is converted from the simplified original. */
  hantNotice: string;
}

/** What turning one document needs: the converter, the deploy settings and the words. */
export interface HantContext {
  convert: HantConverter;
  base: string;
  site?: string;
  words: HantEditionWords;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A start tag, its attribute values quoted (Astro quotes every value; a quoted value may hold `>`). */
const startTag = /<[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:="[^"]*")?)*\s*\/?>/g;
/** An attribute with a quoted value inside a start tag. */
const attribute = /(\s[^\s=/>]+)="([^"]*)"/g;
/** A JSON string literal. */
const jsonString = /"((?:[^"\\]|\\.)*)"/g;

/** Every site address in an attribute value (one, or a srcset's list) pointed at its 繁體 twin. */
function rewriteValue(value: string, context: HantContext): string {
  // A root-relative path stands alone (a srcset lists them); an absolute URL may stand inside words
  // (the QR code's label: 本页地址的二维码：https://…).
  return value.replace(/https?:\/\/[^\s,"'<>]+|(?<![^\s,])\/[^\s,]*/g, (url) =>
    hantUrl(url, context.base, context.site),
  );
}

/**
 * A simplified page as its 繁體 twin. `pagePath` is the page's site path without base
 * (`cong-xin-chu-fa/investment/`); the result is what `zh-hant/<pagePath>` serves.
 */
export function hantPage(html: string, context: HantContext): string {
  const { convert, base, site, words } = context;
  let page = convert(html);
  // Addresses of the site's own pages, images and inputs → their twins; the hreflang links (the
  // alternates and the switch) already name both editions.
  page = page.replace(startTag, (tag) =>
    /\shreflang="/.test(tag)
      ? tag
      : tag.replace(attribute, (whole, name: string, value: string) =>
          /^\s(href|src|srcset|content|aria-label|title|alt|data-[\w-]+)$/.test(name)
            ? `${name}="${rewriteValue(value, context)}"`
            : whole,
        ),
  );
  // JSON-LD and the charts' inline inputs: addresses and the language.
  page = page.replace(
    /(<script type="application\/(?:ld\+)?json">)([\s\S]*?)(<\/script>)/g,
    (_, open: string, json: string, close: string) =>
      open +
      json
        .replace(jsonString, (whole, text: string) =>
          text.startsWith('/') || text.startsWith('http') ? `"${hantUrl(text, base, site)}"` : whole,
        )
        .replace(`"inLanguage":"${hansLang}"`, `"inLanguage":"${hantLang}"`) +
      close,
  );
  const prefix = base.endsWith('/') ? base : `${base}/`;
  /** A 繁體 address (with base) → its simplified original. */
  const original = (href: string) =>
    href.startsWith(`${prefix}${hantFolder}`) ? prefix + href.slice(prefix.length + hantFolder.length) : href;
  page = page
    .replace(/<html lang="[^"]*"(?: data-twin="([^"]*)")?/, (_, twin?: string) =>
      twin ? `<html lang="${hantLang}" data-twin="${original(twin)}"` : `<html lang="${hantLang}"`,
    )
    .replace(
      '<meta property="og:locale" content="zh_CN">',
      `<meta property="og:locale" content="${hantOgLocale}"><meta property="og:locale:alternate" content="zh_CN">`,
    );
  // The page's QR code (issue 24) holds its canonical address: the 繁體 page's, redrawn from its canonical.
  const canonical = page.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
  if (canonical) {
    page = page.replace(
      /(<symbol id="page-qr-code" viewBox=")[^"]*("[\s\S]*?<path[^>]*><\/path><path[^>]* d=")[^"]*("[^>]*><\/path><\/symbol>)/,
      (_, open: string, middle: string, close: string) => {
        const { size, path: modules } = qrDrawing(canonical);
        return `${open}0 0 ${size} ${size}${middle.replace(/M0 0h\d+v\d+H0z/, `M0 0h${size}v${size}H0z`)}${modules}${close}`;
      },
    );
  }
  // The switch, turned around: to the simplified original (the same page; the head script adds the #anchor).
  page = page.replace(/<a([^>]*?) data-script-switch([^>]*)>[\s\S]*?<\/a>/g, (tag) => {
    const href = tag.match(/\shref="([^"]*)"/)?.[1] ?? base;
    return tag
      .replace(/\shref="[^"]*"/, () => ` href="${original(href)}"`)
      .replace(/\shreflang="[^"]*"/, ` hreflang="${hansLang}"`)
      .replace(/\slang="[^"]*"/, ` lang="${hansLang}"`)
      .replace(/>[\s\S]*?<\/a>$/, () => `>${escapeHtml(words.scriptSwitchHans)}</a>`);
  });
  // The footer says the page is converted (an embed page, which has no footer, says it under the chart). The
  // editors' words go in through replacer functions: in a replacement string, `$&` or `$'` in them would
  // insert the matched text (a hostile notice holding `$&` closed the footer early).
  const notice = `<p class="basis-full text-label text-muted" data-hant-notice>${escapeHtml(convert(words.hantNotice))}</p>`;
  page = page.includes('</footer>')
    ? page.replace(/<\/div>\s*<\/footer>/, () => `${notice}</div></footer>`)
    : page.replace('</main>', () => `<div class="px-gutter pb-3">${notice}</div></main>`);
  return page;
}

/** The feed as the 繁體 edition's: its text converted, its links to the twins, its language. */
export function hantFeed(xml: string, context: HantContext): string {
  return context
    .convert(xml)
    .replace(/https?:\/\/[^\s<"]+/g, (url) => hantUrl(url, context.base, context.site))
    .replace(`<language>${hansLang}</language>`, `<language>${hantLang}</language>`);
}

/** A chart's input (`<id>.chart.json`), converted, its addresses pointed at the twins. */
function hantJson(json: string, context: HantContext): string {
  return context
    .convert(json)
    .replace(jsonString, (whole, text: string) =>
      text.startsWith('/') || text.startsWith('http') ? `"${hantUrl(text, context.base, context.site)}"` : whole,
    );
}

/**
 * The sitemap with both editions: after each page's entry, its 繁體 twin's, and on both the
 * alternates of the pair (hreflang zh-CN, zh-Hant-HK and x-default), as search engines read them.
 */
export function hantSitemap(xml: string, context: HantContext): string {
  const withNamespace = xml.includes('xmlns:xhtml=')
    ? xml
    : xml.replace('<urlset ', '<urlset xmlns:xhtml="http://www.w3.org/1999/xhtml" ');
  return withNamespace.replace(/<url><loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g, (_, loc: string, rest: string) => {
    const twin = hantUrl(loc, context.base, context.site);
    if (twin === loc) return `<url><loc>${loc}</loc>${rest}</url>`;
    const links = [
      [hansLang, loc],
      [hantLang, twin],
      ['x-default', loc],
    ]
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${href}"/>`)
      .join('');
    return `<url><loc>${loc}</loc>${rest}${links}</url><url><loc>${twin}</loc>${rest}${links}</url>`;
  });
}

/** Reads content/zh-hant-exceptions.json and content/site.json from the project root. */
function readHantContext(root: string, base: string, site?: string): HantContext {
  const exceptions = parseHantExceptions(readEditorFile(path.join(root, hantExceptionsFile), hantExceptionsFile));
  const siteJson = parseSiteJson(readEditorFile(path.join(root, 'content/site.json'), 'content/site.json')) as {
    ui: HantEditionWords;
  };
  return { convert: hantConverter(exceptions), base, site, words: siteJson.ui };
}

export function hantEdition(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let root = process.cwd();
  return {
    name: 'hant-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = configBase(config);
        site = config.site;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const context = readHantContext(root, base, site);
        const files = (await readdir(outDir, { recursive: true }))
          .map((name) => name.split(path.sep).join('/'))
          .filter((name) => !isHantPath(name));
        const write = async (name: string, text: string) => {
          const target = path.join(outDir, hantPath(name));
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, text);
        };
        let pages = 0;
        for (const name of files) {
          if (name.endsWith('.html')) {
            const html = await readFile(path.join(outDir, name), 'utf8');
            // The old addresses only redirect to the simplified pages; they have no twin.
            if (html.includes('<meta http-equiv="refresh"')) continue;
            await write(name, hantPage(html, context));
            pages++;
          } else if (name === 'rss.xml') {
            await write(name, hantFeed(await readFile(path.join(outDir, name), 'utf8'), context));
          } else if (name.endsWith('.chart.json')) {
            await write(name, hantJson(await readFile(path.join(outDir, name), 'utf8'), context));
          } else if (/^sitemap-\d+\.xml$/.test(name)) {
            const file = path.join(outDir, name);
            await writeFile(file, hantSitemap(await readFile(file, 'utf8'), context));
          }
        }
        logger.info(`繁體版：${pages} 个页面，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
      },
    },
  };
}
