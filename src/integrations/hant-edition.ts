/**
 * Astro integration: after the build, writes the 繁體 edition (docs/zh-hant.md) under `zh-hant/`
 * from the simplified pages Astro rendered: every page (but the old addresses' redirects), the
 * RSS feed and the charts' inputs, converted by OpenCC with the series' exceptions
 * (src/hant/convert.ts); the 繁體 share cards and chart images are rendered by their own routes
 * (src/pages/zh-hant/). Nothing is converted in the browser.
 *
 * Converting the rendered output, rather than rendering every route twice, keeps one source of
 * truth for the markup. Only what a reader reads is converted, found by parsing the page (parse5,
 * through cheerio), never by searching its text: text nodes, the attributes written for readers
 * (title, alt, aria-label, the share and description metas, the words the page's scripts show) and
 * the strings of its JSON blocks (parsed, converted and written again). Tags, ids, classes,
 * addresses, scripts, styles and the CSP are never converted, so `#anchors` lead to the same ids in
 * both editions and the deploy's base path stays as it is even when it holds Chinese characters
 * (issue 34). The converted words are written back escaped, into the spans they came from: every
 * other byte of the page is the simplified page's. Then the site's own addresses are pointed at the
 * 繁體 twins, the language is set, the 繁/简 switch turned around and the footer says the page is
 * converted. Last, the twin is parsed again: its CSP <meta> and its inline scripts must be the
 * simplified page's, byte for byte, and it must hold no element but the ones added here, or the
 * build stops.
 *
 * Runs after the sitemap (whose entries it doubles, with hreflang alternates) and before the link
 * check, the host headers and the precompression, which then cover the edition too.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as cheerio from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import { hantConverter, hantExceptionsFile, parseHantExceptions, type HantConverter } from '../hant/convert';
import {
  basePrefixes,
  hansLang,
  hansUrl,
  hantLang,
  hantOgLocale,
  hantPath,
  hantUrl,
  isHantPath,
} from '../hant/addresses';
import { readEditorFile } from '../files/editor-text';
import { qrDrawing } from '../head/qr-code';
import { parseSiteJson } from '../report/site-json';
import { configBase } from '../report/deploy';
import { editorError } from '../errors';
import { publishedSlugRedirects } from '../report/slug-redirects';

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

/** Text as HTML writes it between tags, escaped as Astro escapes it (so unconverted signs keep their bytes). */
const escapeText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
/** Text as HTML writes it in a double-quoted attribute value. */
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The attributes written for readers, converted: what assistive technology reads out, tooltips,
 * image descriptions. On any element.
 */
const readerAttributes = new Set([
  'title',
  'alt',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'label',
]);
/** The data attributes that hold words the site's scripts show (the share button's and the embed code's messages). */
const readerDataAttributes = new Set(['data-copied', 'data-failed', 'data-wechat', 'data-embed-title']);
/** The data attributes that hold JSON with words in it (the 听全文 player's, src/components/ReadAloud.astro). */
const jsonDataAttributes = new Set(['data-words']);
/** The <meta> whose content is words for readers: the description and the share cards' text. */
const readerMeta =
  /^(description|og:title|og:description|og:site_name|og:image:alt|twitter:title|twitter:description|twitter:image:alt|application-name|apple-mobile-web-app-title)$/;
/** Attributes that hold addresses (of the site's pages, images, inputs), pointed at the 繁體 twins. */
const addressAttributes = /^(href|src|srcset|poster|action|cite|content|data-[\w-]+)$/;

/**
 * A Chinese character or a quotation mark (“” become 「」): text without one has nothing to convert (most
 * text nodes are spaces, numbers or signs; a heading's word may be “3 alone).
 */
const hasHan = /[\p{Script=Han}“”‘’]/u;

/** Whether a JSON string is an address (pointed at its twin, never converted). */
const isAddress = (text: string) => text.startsWith('/') || /^https?:\/\//.test(text);

/** Every site address in a value (one, or a srcset's list, or one inside words) pointed at its 繁體 twin. */
function rewriteValue(value: string, context: HantContext): string {
  // A root-relative path stands alone (a srcset lists them); an absolute URL may stand inside words
  // (the QR code's label: 本页地址的二维码：https://…).
  return value.replace(/https?:\/\/[^\s,"'<>]+|(?<![^\s,])\/[^\s,]*/g, (url) =>
    hantUrl(url, context.base, context.site),
  );
}

/** A JSON value as the 繁體 edition's: words converted, addresses pointed at the twins, the language named. */
function hantJsonValue(value: unknown, context: HantContext): unknown {
  if (typeof value === 'string')
    return isAddress(value) ? hantUrl(value, context.base, context.site) : context.convert(value);
  if (Array.isArray(value)) return value.map((item) => hantJsonValue(item, context));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === 'inLanguage' && item === hansLang ? hantLang : hantJsonValue(item, context),
      ]),
    );
  return value;
}

/** A JSON text as the 繁體 edition's, parsed and written again (compact, as the site writes its JSON). */
const hantJsonText = (json: string, context: HantContext) => JSON.stringify(hantJsonValue(JSON.parse(json), context));

/** One change to the simplified page: the span [start, end) of its text replaced (an insertion when empty). */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Where a parsed node stands in the text it was parsed from (parse5's locations). */
interface Location {
  startOffset: number;
  endOffset: number;
  attrs?: Record<string, { startOffset: number; endOffset: number }>;
  startTag?: { startOffset: number; endOffset: number };
  endTag?: { startOffset: number; endOffset: number };
}
const locationOf = (node: AnyNode) => (node as AnyNode & { sourceCodeLocation?: Location }).sourceCodeLocation;

/**
 * Parses a page with every node's place in the text. Without scripting, as a browser with JavaScript off
 * reads it: a <noscript>'s picture is elements (its alt converted, its addresses rewritten), not text.
 */
const parsePage = (html: string) => cheerio.load(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });

const isJsonScript = (element: Element) =>
  element.name === 'script' && /^application\/(ld\+)?json$/.test(element.attribs.type ?? '');
const isSwitch = (element: Element) => element.name === 'a' && 'data-script-switch' in element.attribs;

/**
 * What must be the same bytes in a page and its twin: each CSP (and any other http-equiv) <meta> and each
 * script but the JSON data blocks, as written; and how many elements it has.
 */
function guarded(html: string, $: cheerio.CheerioAPI): { parts: string[]; elements: number } {
  const elements = $('*').toArray() as Element[];
  const parts = elements
    .filter(
      (element) =>
        (element.name === 'meta' && 'http-equiv' in element.attribs) ||
        (element.name === 'script' && !isJsonScript(element)),
    )
    .map((element) => {
      const location = locationOf(element)!;
      return html.slice(location.startOffset, location.endOffset);
    });
  return { parts, elements: elements.length };
}

/**
 * A simplified page as its 繁體 twin (what `zh-hant/<page>` serves). `file` names the page in the message
 * when the twin's CSP or scripts would differ from the original's (the build stops).
 */
export function hantPage(html: string, context: HantContext, file = 'zh-hant/'): string {
  const { convert, base, site, words } = context;
  const $ = parsePage(html);
  const edits: Edit[] = [];
  let added = 0;
  /** Replaces an attribute's `name="value"` span, keeping the name as written (SVG's viewBox). */
  const setAttribute = (element: Element, name: string, value: string) => {
    // parse5 names an SVG attribute as SVG spells it (viewBox), its place as the tokenizer read it (viewbox).
    const spans = locationOf(element)?.attrs;
    const span = spans?.[name] ?? spans?.[name.toLowerCase()];
    if (!span || element.attribs[name] === value) return;
    const written = html.slice(span.startOffset, span.endOffset).split('=')[0]!;
    edits.push({ start: span.startOffset, end: span.endOffset, text: `${written}="${escapeAttribute(value)}"` });
  };

  const canonical = $('link[rel="canonical"]').attr('href');
  const twinCanonical = canonical === undefined ? undefined : hantUrl(canonical, base, site);

  const visit = (node: AnyNode) => {
    if (node.type === 'text') {
      const { data } = node as Text;
      const converted = hasHan.test(data) ? convert(data) : data;
      const location = locationOf(node);
      if (converted !== data && location)
        edits.push({ start: location.startOffset, end: location.endOffset, text: escapeText(converted) });
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style' && node.type !== 'root') return;
    if (node.type === 'root') {
      node.children.forEach(visit);
      return;
    }
    const element = node as Element;
    // The CSP and any other http-equiv <meta>: never touched.
    if (element.name === 'meta' && 'http-equiv' in element.attribs) return;
    if (element.name === 'style') return;
    if (element.name === 'script') {
      // JSON blocks (JSON-LD, a chart's input): parsed, converted, written again; no `</script>` can end them.
      const text = element.children[0];
      const location = text && locationOf(text);
      if (isJsonScript(element) && text && location) {
        const json = hantJsonText((text as Text).data, context).replace(/</g, '\\u003c');
        edits.push({ start: location.startOffset, end: location.endOffset, text: json });
      }
      // Every other script: never touched.
      return;
    }
    const attributes = element.attribs;
    // The alternates (and the switch) name both editions already: their addresses stay.
    const keepsAddresses = 'hreflang' in attributes;
    for (const [name, value] of Object.entries(attributes)) {
      let next = value;
      if (element.name === 'html' && name === 'lang') next = hantLang;
      else if (element.name === 'html' && name === 'data-twin') next = hansUrl(value, base);
      else if (element.name === 'meta' && name === 'content' && attributes.property === 'og:locale')
        next = hantOgLocale;
      else if (jsonDataAttributes.has(name)) next = hantJsonText(value, context);
      else if (
        readerAttributes.has(name) ||
        readerDataAttributes.has(name) ||
        (element.name === 'meta' && name === 'content' && readerMeta.test(attributes.name ?? attributes.property ?? ''))
      )
        next = keepsAddresses ? convert(value) : rewriteValue(convert(value), context);
      else if (addressAttributes.test(name) && !keepsAddresses) next = rewriteValue(value, context);
      setAttribute(element, name, next);
    }
    if (element.name === 'meta' && attributes.property === 'og:locale') {
      edits.push({
        start: locationOf(element)!.endOffset,
        end: locationOf(element)!.endOffset,
        text: '<meta property="og:locale:alternate" content="zh_CN">',
      });
      added++;
    }
    // The page's QR code (issue 24) holds its canonical address: the 繁體 page's, redrawn from its canonical.
    if (element.name === 'symbol' && attributes.id === 'page-qr-code' && twinCanonical) {
      const { size, path: modules } = qrDrawing(twinCanonical);
      setAttribute(element, 'viewBox', `0 0 ${size} ${size}`);
      const [field, code] = element.children.filter((child): child is Element => child.type === 'tag');
      if (field?.attribs.d)
        setAttribute(field, 'd', field.attribs.d.replace(/M0 0h\d+v\d+H0z/, `M0 0h${size}v${size}H0z`));
      if (code?.attribs.d) setAttribute(code, 'd', modules);
      return;
    }
    // The switch, turned around: to the simplified original (the same page; the head script adds the #anchor).
    if (isSwitch(element)) {
      setAttribute(element, 'href', hansUrl(attributes.href ?? base, base));
      setAttribute(element, 'hreflang', hansLang);
      setAttribute(element, 'lang', hansLang);
      const location = locationOf(element)!;
      if (location.startTag && location.endTag)
        edits.push({
          start: location.startTag.endOffset,
          end: location.endTag.startOffset,
          text: escapeText(words.scriptSwitchHans),
        });
      return;
    }
    element.children.forEach(visit);
  };
  visit($.root()[0]!);

  // The footer says the page is converted (an embed page, which has no footer, says it under the chart).
  const notice = `<p class="basis-full text-label text-muted" data-hant-notice>${escapeText(convert(words.hantNotice))}</p>`;
  const footerBox = $('footer')
    .toArray()
    .map((footer) => footer.children.filter((child): child is Element => child.type === 'tag').at(-1))
    .find((last) => last?.name === 'div');
  const main = $('main').first()[0];
  const box = footerBox ?? main;
  const end = box && locationOf(box)?.endTag?.startOffset;
  if (end !== undefined) {
    edits.push({ start: end, end, text: footerBox ? notice : `<div class="px-gutter pb-3">${notice}</div>` });
    added += footerBox ? 1 : 2;
  }

  // The edits, in the order of the text (an insertion before a replacement that starts where it stands).
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let twin = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at)
      throw new Error(
        `${file}：繁體版转换的两处修改重叠（第 ${edit.start} 个字符），这是网站代码的问题 (overlapping edits)`,
      );
    twin += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  twin += html.slice(at);

  checkTwin(html, twin, added, file, $);
  return twin;
}

/**
 * Reads a twin back and stops the build unless its CSP <meta> and its scripts (all but the JSON data
 * blocks) are the simplified page's, byte for byte, and it has the original's elements plus the `added` ones.
 * `$` is the original, parsed (by `parsePage`) when the caller has it.
 */
export function checkTwin(html: string, twin: string, added: number, file: string, $ = parsePage(html)): void {
  const before = guarded(html, $);
  const after = guarded(twin, parsePage(twin));
  const same =
    after.elements === before.elements + added &&
    after.parts.length === before.parts.length &&
    after.parts.every((part, index) => part === before.parts[index]);
  if (!same)
    throw editorError({
      file: `dist/${file}`,
      message: '繁體版的这一页和简体页的安全设置（CSP）、内联脚本或页面结构不一致：转换只能改文字，所以构建停止了',
      hint: '这是网站代码的问题，不是稿件的问题：请把这条信息交给开发人员（src/integrations/hant-edition.ts）。',
      en: `${file}: after conversion, the CSP <meta>, a script or the element count differs from the simplified page's (${before.elements} + ${added} elements expected, ${after.elements} found); the build stops`,
    });
}

/** XML's five named references and numeric ones, read as the characters they stand for. */
const decodeXmlText = (text: string) =>
  text.replace(
    /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([\da-f]+));/gi,
    (whole, name?: string, decimal?: string, hex?: string) =>
      name
        ? ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!
        : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16)),
  );

/**
 * The feed as the 繁體 edition's: the text between its tags converted (read as text, written back
 * escaped), its links to the twins, its language. Tags and attributes are not converted.
 */
export function hantFeed(xml: string, context: HantContext): string {
  return xml
    .replace(/>([^<]+)</g, (whole, raw: string) => {
      const text = decodeXmlText(raw);
      const converted = context.convert(text);
      return converted === text ? whole : `>${escapeText(converted)}<`;
    })
    .replace(/https?:\/\/[^\s<"]+/g, (url) => hantUrl(url, context.base, context.site))
    .replace(`<language>${hansLang}</language>`, `<language>${hantLang}</language>`);
}

/** A chart's input (`<id>.chart.json`): parsed, its words converted, its addresses pointed at the twins. */
const hantJson = (json: string, context: HantContext): string => hantJsonText(json, context);

/**
 * The sitemap with both editions: after each page's entry, its 繁體 twin's, and on both the
 * alternates of the pair (hreflang zh-CN, zh-Hant-TW and x-default), as search engines read them.
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

/** Reads content/zh-hant-exceptions.json and content/site.json from the project root; `base` is the deploy's. */
export function readHantContext(root: string, base: string, site?: string): HantContext {
  const exceptions = parseHantExceptions(readEditorFile(path.join(root, hantExceptionsFile), hantExceptionsFile));
  const siteJson = parseSiteJson(readEditorFile(path.join(root, 'content/site.json'), 'content/site.json')) as {
    ui: HantEditionWords;
  };
  // The base path is never converted, where a reader sees it too (a Chinese base: /专题/ stays /专题/).
  const keep = basePrefixes(base).filter((prefix) => prefix !== '/');
  return { convert: hantConverter(exceptions, keep), base, site, words: siteJson.ui };
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
        const prefix = base.endsWith('/') ? base : `${base}/`;
        const moved = new Map(
          publishedSlugRedirects(root).map((redirect) => [`${redirect.from}index.html`, redirect.to]),
        );
        for (const name of files) {
          if (name.endsWith('.html')) {
            const html = await readFile(path.join(outDir, name), 'utf8');
            // A chapter's old address (its slug changed) redirects to the chapter's twin, where 繁體 links lead.
            const to = moved.get(name);
            if (to) {
              await write(name, html.replaceAll(`${prefix}${to}`, `${prefix}${hantPath(to)}`));
              continue;
            }
            // The site's old root addresses only redirect to the simplified pages; they have no twin.
            if (html.includes('<meta http-equiv="refresh"')) continue;
            await write(name, hantPage(html, context, hantPath(name)));
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
