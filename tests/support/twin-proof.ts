/**
 * The structural proof that a 繁體 page is its simplified twin (issue 37): the same elements, in the same
 * order, with the same attributes in the same order; every text node, every attribute written for readers
 * and every string of its JSON the simplified one converted by OpenCC around the exceptions file
 * (tests/support/hant.ts, not the site's converter), with the site's own addresses pointed at the 繁體
 * twins; every other attribute (ids, classes, the CSP), every script and style the same (issue 34). The few places where a twin may differ in
 * anything else are listed here, each with what it must hold instead; anything else fails, named by its
 * path in the document. Because a twin differs from its original only in its glyphs, a browser visit of
 * it can show nothing new except where longer or other glyph runs change the layout (docs/testing.md).
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { hansLang, hantLang, hantOgLocale, hantUrl } from '../../src/hant/addresses';
import { expectedHant } from './hant';

/** How the twin's addresses are written: the deploy's base path and origin. */
export interface TwinContext {
  base: string;
  site?: string;
  /** The simplified page's route without the base (`/cong-xin-chu-fa/investment/`), for the switch and `data-twin`. */
  route: string;
  /** The switch's label on a 繁體 page, as content/site.json gives it. */
  scriptSwitchHans: string;
}

/**
 * Words as the twin must write them: converted by OpenCC around the exceptions (tests/support/hant.ts), the
 * deploy's base path left as it is where it stands in them (a Chinese base: /专题/ is never /專題/).
 */
function expectedWords(text: string, context: TwinContext): string {
  const base = decodeURI(context.base.endsWith('/') ? context.base : `${context.base}/`);
  return base === '/'
    ? expectedHant(text)
    : text
        .split(base)
        .map((part) => expectedHant(part))
        .join(base);
}

/** Every site address in a value (a URL, a srcset list, or one inside words) pointed at its twin. */
function rewriteAddresses(value: string, context: TwinContext): string {
  return value.replace(/https?:\/\/[^\s,"'<>]+|(?<![^\s,])\/[^\s,]*/g, (url) =>
    hantUrl(url, context.base, context.site),
  );
}

/** Attributes written for readers, on any element: converted on the twin (issue 34). */
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
  // The words the site's scripts show: the share button's and the embed code's messages.
  'data-copied',
  'data-failed',
  'data-wechat',
  'data-embed-title',
]);
/** The <meta> whose content is words for readers. */
const readerMeta =
  /^(description|og:title|og:description|og:site_name|og:image:alt|twitter:title|twitter:description|twitter:image:alt|application-name|apple-mobile-web-app-title)$/;
/** Attributes that hold addresses: the site's own are pointed at the twins, nothing else changes. */
const addressAttributes = /^(href|src|srcset|poster|action|cite|content|data-[\w-]+)$/;

/**
 * What a simplified attribute value must read on the twin. Words for readers: converted, with every site
 * address in them pointed at the twin. Addresses: pointed at the twin, not converted. Anything else (ids,
 * classes, the CSP, a script's hash): as it is. On an element that names its language (hreflang) the
 * addresses stay: the alternates name both editions as they are.
 */
function convertedValue(element: Element, name: string, value: string, context: TwinContext): string {
  const keepsAddresses = 'hreflang' in element.attribs;
  const address = (text: string) => (keepsAddresses ? text : rewriteAddresses(text, context));
  if (element.name === 'meta' && 'http-equiv' in element.attribs) return value;
  if (name === 'data-words') return JSON.stringify(convertedJson(value, context));
  const readerMetaContent =
    element.name === 'meta' &&
    name === 'content' &&
    readerMeta.test(element.attribs.name ?? element.attribs.property ?? '');
  if (readerAttributes.has(name) || readerMetaContent) return address(expectedWords(value, context));
  if (addressAttributes.test(name)) return address(value);
  return value;
}

/** A JSON document (chart input, JSON-LD) as the twin must hold it: each string converted, addresses rewritten. */
function convertedJson(json: string, context: TwinContext): unknown {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      // An address is pointed at its twin, never converted (a base path may hold Chinese characters).
      return value.startsWith('/') || /^https?:\/\//.test(value)
        ? hantUrl(value, context.base, context.site)
        : expectedWords(value, context);
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          key === 'inLanguage' && item === hansLang ? hantLang : walk(item),
        ]),
      );
    return value;
  };
  return walk(JSON.parse(json));
}

/** An address read as a reader's browser shows it (percent-escapes decoded); the text itself when it has a bad escape. */
function decoded(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** A JSON text written compactly, to compare; the text itself when it is not JSON. */
function normalisedJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

const describeNode = (node: Element) => {
  const id = node.attribs.id ? `#${node.attribs.id}` : '';
  const marker = Object.keys(node.attribs).find((name) => name.startsWith('data-')) ?? '';
  return `${node.name}${id}${marker && !id ? `[${marker}]` : ''}`;
};

/** Nodes the twin adds, which the original cannot have: the footer's notice and the og:locale alternate. */
function isTwinAddition(node: AnyNode): boolean {
  if (node.type !== 'tag') return false;
  const element = node as Element;
  if (element.name === 'meta' && element.attribs.property === 'og:locale:alternate')
    return element.attribs.content === 'zh_CN';
  if (element.name === 'p' && 'data-hant-notice' in element.attribs) return true;
  // An embed page has no footer: the notice stands in its own box under the chart.
  return (
    element.name === 'div' &&
    element.attribs.class === 'px-gutter pb-3' &&
    element.children.length === 1 &&
    isTwinAddition(element.children[0]!)
  );
}

/** The children that must match the original's, one for one: the twin's additions left out. */
const matched = (nodes: AnyNode[], twin: boolean) =>
  nodes.filter((node) => node.type !== 'comment' && !(twin && isTwinAddition(node)));

/**
 * Where the twin `hant` differs from the simplified page `hans` in anything but converted text and
 * rewritten addresses: one line per difference, empty when it is the twin.
 */
export function twinDifferences(hans: string, hant: string, context: TwinContext): string[] {
  const problems: string[] = [];
  const $hans = cheerio.load(hans);
  const $hant = cheerio.load(hant);
  const additions = $hant('*')
    .toArray()
    .filter((node) => isTwinAddition(node) && !isTwinAddition(node.parent as AnyNode));
  const notices = additions.filter((node) => !(node as Element).attribs.property);
  if (notices.length !== 1) problems.push(`the twin has ${notices.length} notices that it is converted, not 1`);

  const compareAttributes = (a: Element, b: Element, where: string) => {
    const namesA = Object.keys(a.attribs);
    const namesB = Object.keys(b.attribs);
    if (namesA.join(' ') !== namesB.join(' ')) {
      problems.push(`${where}: attributes ${namesB.join(' ')} instead of ${namesA.join(' ')}`);
      return;
    }
    for (const name of namesA) {
      const original = a.attribs[name]!;
      const twin = b.attribs[name]!;
      const expected = exceptionalAttribute(a, name, context);
      if (expected !== undefined) {
        // The page's own address may be written with its base percent-encoded (a Chinese base, from Astro.url).
        if (decoded(twin) !== decoded(expected)) problems.push(`${where} ${name}="${twin}", not "${expected}"`);
        continue;
      }
      // The share control's QR drawing is redrawn for the twin's address (issue 24): only its numbers differ.
      // (tests/build/qr-code.test.ts reads each edition's code back.)
      const inQrSymbol =
        a.name === 'symbol'
          ? a.attribs.id === 'page-qr-code'
          : (a.parent as Element | null)?.attribs?.id === 'page-qr-code';
      if (inQrSymbol && (name === 'viewBox' || name === 'd')) {
        if (!/^[MmHhVvZz\d\s.]+$/.test(twin)) problems.push(`${where} ${name} is not a QR drawing`);
        continue;
      }
      const expectedValue = convertedValue(a, name, original, context);
      // A JSON attribute (the 听全文 player's words) is compared as JSON.
      const twinValue = name === 'data-words' ? normalisedJson(twin) : twin;
      if (twinValue !== expectedValue)
        problems.push(`${where} ${name}="${twin.slice(0, 120)}", expected "${expectedValue.slice(0, 120)}"`);
    }
  };

  const compare = (a: AnyNode, b: AnyNode, where: string) => {
    if (a.type !== b.type) {
      problems.push(`${where}: a ${b.type} node where the original has a ${a.type}`);
      return;
    }
    if (a.type === 'text') {
      const original = (a as unknown as { data: string }).data;
      const twin = (b as unknown as { data: string }).data;
      const parent = a.parent as Element | null;
      if (parent?.name === 'noscript') {
        // Parsed as a scripting browser does, a <noscript> holds its markup as text: compare it as markup.
        compare(
          cheerio.load(original, null, false).root()[0]!,
          cheerio.load(twin, null, false).root()[0]!,
          `${where} > noscript`,
        );
      } else if (parent?.name === 'script' && /json/.test(parent.attribs.type ?? '')) {
        if (JSON.stringify(JSON.parse(twin)) !== JSON.stringify(convertedJson(original, context)))
          problems.push(`${where}: its JSON is not the original's converted`);
      } else if (parent?.name === 'script' || parent?.name === 'style') {
        if (twin !== original) problems.push(`${where}: the ${parent.name} differs from the original's`);
      } else if (isSwitch(parent)) {
        if (twin.trim() !== context.scriptSwitchHans) problems.push(`${where}: the switch reads “${twin.trim()}”`);
      } else if (twin !== expectedWords(original, context)) {
        problems.push(
          `${where}: text “${twin.trim().slice(0, 60)}”, expected “${expectedWords(original, context).trim().slice(0, 60)}”`,
        );
      }
      return;
    }
    if (a.type !== 'tag' && a.type !== 'script' && a.type !== 'style' && a.type !== 'root') return;
    const elementA = a as Element;
    const elementB = b as Element;
    const here = a.type === 'root' ? '' : `${where} > ${describeNode(elementA)}`;
    if (a.type !== 'root') {
      if (elementA.name !== elementB.name) {
        problems.push(`${where}: <${elementB.name}> where the original has <${elementA.name}>`);
        return;
      }
      compareAttributes(elementA, elementB, here);
    }
    const childrenA = matched(elementA.children, false);
    const childrenB = matched(elementB.children, true);
    if (childrenA.length !== childrenB.length) {
      const names = (nodes: AnyNode[]) =>
        nodes.map((node) => (node.type === 'tag' ? (node as Element).name : node.type)).join(',');
      problems.push(
        `${here || 'document'}: ${childrenB.length} children (${names(childrenB).slice(0, 200)}), the original has ${childrenA.length} (${names(childrenA).slice(0, 200)})`,
      );
      return;
    }
    childrenA.forEach((child, index) => compare(child, childrenB[index]!, here));
  };

  compare($hans.root()[0]!, $hant.root()[0]!, '');
  return problems;
}

/** The 繁/简 switch: the one link whose words and target are the other edition's. */
const isSwitch = (element: Element | null | undefined) =>
  !!element && element.name === 'a' && 'data-script-switch' in element.attribs;

/** What the twin must hold in an attribute that is not a conversion of the original's, or undefined. */
function exceptionalAttribute(element: Element, name: string, context: TwinContext): string | undefined {
  const prefix = context.base.endsWith('/') ? context.base : `${context.base}/`;
  const own = `${prefix}${context.route.replace(/^\//, '')}`;
  if (element.name === 'html' && name === 'lang') return hantLang;
  // The head script takes a reader who chose the simplified script back to the original.
  if (element.name === 'html' && name === 'data-twin') return own;
  if (element.name === 'meta' && element.attribs.property === 'og:locale' && name === 'content') return hantOgLocale;
  if (isSwitch(element)) {
    if (name === 'href') return route404(context) ? prefix : own;
    if (name === 'hreflang' || name === 'lang') return hansLang;
  }
  return undefined;
}

/** The 404 page's switch leads to the other edition's home page. */
const route404 = (context: TwinContext) => context.route === '/404.html';
