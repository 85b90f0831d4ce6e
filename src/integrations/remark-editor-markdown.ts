/**
 * Remark plugin: the Markdown the site does not support fails the build here, naming the file
 * and line and saying what to use instead, before anything else (the bundler, the browser's CSP)
 * meets it with a message an editor cannot act on.
 *
 * Content is data, not code (docs/security.md): MDX would run every `{…}` in a file while it renders
 * the pages, on the build machine, with its environment (deploy tokens) at hand. So every piece of
 * code MDX can hold is refused here, at compile time, before anything is rendered: `import`/`export`
 * lines, `{…}` in text or on a line of its own, `{...spread}` attributes and attribute values written
 * as `{…}` (no component's schema allows one: the components take literal props only).
 *
 * Also rejected: Markdown images and raw <img> (photos go through <Figure>, which gives them srcset,
 * alt text and a caption); <script>, <style>, <iframe> and other embedding tags; `on…=` event
 * attributes; `javascript:` (also `java⇥script:`) links; a `#` heading (the page title is the
 * chapter's title) and headings deeper than `###`; a table without its caption line.
 */
import path from 'node:path';
import { editorError, type Problem } from '../errors';
import { mdxComponentNames } from '../schemas/components';
import { reportFolder, reportOfFile } from '../files/report-files';
import { unstatedNumbers } from '../data/stated-numbers';
import { isCommentOnly } from '../files/editor-notes';
import { readEditorFile } from '../files/editor-text';
import { readFrontmatter } from '../report/frontmatter';

interface Position {
  start: { line: number; column: number };
}
interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  depth?: number;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: Position;
}

/** Tags that would run code, pull in another page, or style the page from the text. */
const forbiddenTags: Record<string, string> = {
  script: '网站不允许在正文里放脚本（<script>），浏览器的安全策略也会拦下它',
  style: '网站不允许在正文里写样式（<style>），版式由网站统一设定',
  iframe: '网站不允许嵌入别的网页（<iframe>）',
  object: '网站不允许嵌入外部内容（<object>）',
  embed: '网站不允许嵌入外部内容（<embed>）',
  link: '网站不允许在正文里引用外部文件（<link>）',
  meta: '正文里不能写 <meta>',
  form: '正文里不能放表单（<form>）',
};

/** An HTML element's name as MDX leaves it a tag: lowercase ASCII letters and digits, parts joined by hyphens. */
const htmlTagName = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Attributes whose value a browser follows or loads as an address. */
const urlAttributes = /^(?:href|src|action|formaction|xlink:href|poster|background|cite|data|ping)$/i;

/**
 * Whether a browser would run `url` as code (`javascript:`, `vbscript:`, `data:`). Browsers drop tabs,
 * line breaks and control characters from an address before reading its scheme, so `java⇥script:` runs
 * too: they (and any other white space or invisible formatting character) are removed before the test.
 */
export function isScriptUrl(url: string): boolean {
  return /^(?:javascript|vbscript|data):/i.test(url.replace(/[\s\p{Cc}\p{Cf}]/gu, ''));
}

/** An expression as quoted back to the editor: on one line, at most 30 characters. */
const quoteExpression = (code: string) => {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > 30 ? `${line.slice(0, 29)}…` : line;
};

/** What an editor who meant literal braces writes instead. */
const literalBracesHint = (code: string) =>
  `网站不运行正文里的代码。如果只是想显示大括号，改用全角括号，写成 ｛${code}｝；或在左括号前加反斜杠，写成 \\{${code}}。`;

/** A table's caption line: the paragraph right above it, starting 表： (or 表1：). */
export const tableCaptionPattern = /^表[0-9０-９一二三四五六七八九十]*[：:]/;

/** An attribute value written as `{…}` (MDX's mdxJsxAttributeValueExpression). */
const isExpressionValue = (value: unknown): value is { type: string; value?: string } =>
  typeof value === 'object' &&
  value !== null &&
  (value as { type?: unknown }).type === 'mdxJsxAttributeValueExpression';

/** A node's text as readers see it (an MDX comment, the only expression allowed, shows nothing). */
const textOf = (node: MdNode): string =>
  node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression'
    ? ''
    : (node.value ?? (node.children ?? []).map(textOf).join(''));

/** A photo caption written in a file's frontmatter (report.mdx's leadPhoto), with its line. */
interface FrontmatterCaption {
  caption: string;
  line: number;
}

/** The lead photo's caption of an MDX text's frontmatter (`leadPhoto:` then `caption:`), if any. */
export function frontmatterCaptions(text: string): FrontmatterCaption[] {
  const photo = readFrontmatter(text).data.leadPhoto as { caption?: unknown } | undefined;
  if (typeof photo?.caption !== 'string') return [];
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^leadPhoto\s*:/.test(line));
  const at = lines.findIndex((line, index) => index > start && /^\s+caption\s*:/.test(line));
  return [{ caption: photo.caption, line: at + 1 }];
}

/**
 * The problems in one MDX tree (exported for tests); `captions`: photo captions of the file's
 * frontmatter, whose numbers are checked against the text as a <Figure caption>'s are.
 */
export function markdownProblems(tree: MdNode, file: string, captions: readonly FrontmatterCaption[] = []): Problem[] {
  const problems: Problem[] = [];
  const at = (node: MdNode) =>
    node.position ? { line: node.position.start.line, column: node.position.start.column } : {};
  const add = (node: MdNode, message: string, hint: string, en: string) =>
    problems.push({ file, ...at(node), message, hint, en });
  // Photos live in the report's own folder: content/reports/<report>/photos/.
  const photosFolder = `${reportFolder(reportOfFile(file) ?? '<报道文件夹>')}/photos/`;
  const figureHint = `照片请用 <Figure image="photos/文件名.jpg" caption="图片说明" alt="画面内容" />，照片文件放在 ${photosFolder} 里。`;

  // Every number of a photo caption must stand in the file's running text (src/data/stated-numbers.ts).
  const paragraphs: string[] = [];
  const figureCaptions: { node: MdNode; caption: string }[] = [];
  const visit = (node: MdNode, parent?: MdNode, index = 0) => {
    switch (node.type) {
      case 'image':
      case 'imageReference':
        add(
          node,
          // Not quoted as ![…](…): Astro prints [x](y) in a message as a link, "x y" (and no invisible
          // character may keep it whole: an editor copies what the message shows).
          `这里用了 Markdown 图片（以 ! 开头的写法，说明“${node.type === 'image' ? textOf(node) || (node as { alt?: string }).alt || '' : ''}”，图片 ${node.url ?? '（没有写）'}），网站不支持这种写法（图片没有说明、没有多种尺寸）`,
          figureHint,
          'Markdown images are not supported; use <Figure>',
        );
        break;
      case 'mdxjsEsm':
        add(
          node,
          '正文里不能写 import / export 语句',
          '删掉这一行。<Figure>、<Chart>、<KeyFigures>、<EditorNote> 不用 import 就能直接用。',
          'import/export is not allowed in content',
        );
        break;
      case 'heading':
        if (node.depth === 1) {
          add(
            node,
            '这里用了一级标题 #，一级标题是网站留给篇名的',
            '小标题请用 ## （二级），小标题下面再分用 ### （三级）。',
            'a "#" heading; use "##"',
          );
        } else if ((node.depth ?? 0) > 3) {
          add(
            node,
            `这里用了 ${'#'.repeat(node.depth ?? 4)} ${node.depth} 级标题，网站只支持 ## 和 ### 两级小标题`,
            '改成 ## 或 ###。',
            'headings deeper than ### are not supported',
          );
        }
        break;
      case 'mdxTextExpression':
      case 'mdxFlowExpression': {
        // {/* 待核：… */}, an editor's note: a comment runs nothing and publishes nothing.
        if (isCommentOnly(node.value ?? '')) break;
        const code = quoteExpression(node.value ?? '');
        add(
          node,
          `这里的 {${code}} 在 MDX 里是一段程序代码，构建网站时会被运行，不允许`,
          literalBracesHint(code),
          'an MDX expression {…}: content is data, the build runs no code from content/',
        );
        break;
      }
      case 'text':
        // ＜!-- … --＞: a note written with the full-width ＜ the MDX hint suggests for a lone <, shown to readers.
        if (/[<＜]!--|--[>＞]/.test(node.value ?? '')) {
          add(
            node,
            '这里像是一条内部备注，但用了全角的 ＜ ＞，读者会原样看到它',
            '内部备注用半角符号写成 <!-- 待核：… -->，或者写成 {/* 待核：… */}；两种写法都不会出现在网页上。',
            'a note written with full-width ＜!-- --＞ is published as text',
          );
        }
        break;
      case 'link':
      case 'definition':
        if (isScriptUrl(node.url ?? '')) {
          add(
            node,
            `这个链接的地址是 ${JSON.stringify(node.url).slice(1, -1)}，会执行代码，不允许`,
            '链接只能指向网页地址（https://…）或本站页面（/investment/）。',
            'javascript: links are not allowed',
          );
        }
        break;
      case 'table': {
        const previous = parent?.children?.[index - 1];
        const caption = previous?.type === 'paragraph' ? textOf(previous) : '';
        const adjacent =
          previous?.position && node.position && node.position.start.line - previous.position.start.line <= 2;
        if (!tableCaptionPattern.test(caption) || !adjacent) {
          add(
            node,
            '表格上面缺少表题',
            '在表格正上方单独写一行表题，以“表：”开头，例如“表：全区签约项目”，空一行再写表格。',
            'a table needs a caption line starting with 表：',
          );
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        // MDX reads every name that does not start with a lowercase letter (<Figure>, but also <_x>, <$x>, <图表>),
        // and every <a.b>, as a value looked up in the page's code: <_createMdxContent /> rendered the page into
        // itself until the build ran out of memory (issue 34). Only the site's components and plain lowercase
        // HTML names pass (<> </>, a fragment, has no name).
        const caption = name === 'Figure' && node.attributes?.find((attribute) => attribute.name === 'caption');
        if (caption && typeof caption.value === 'string') figureCaptions.push({ node, caption: caption.value });
        if (name && !htmlTagName.test(name) && !(mdxComponentNames as readonly string[]).includes(name)) {
          add(
            node,
            `<${name}> 不是网站提供的组件`,
            `能用的组件有 ${mdxComponentNames.map((known) => `<${known}>`).join('、')}；检查拼写，大小写也要一样。`,
            `unknown component <${name}>`,
          );
        }
        if (name === 'img') {
          add(
            node,
            '这里直接用了 <img> 标签，网站不支持（图片不会被处理，也可能缺少替代文字）',
            figureHint,
            'raw <img> is not supported; use <Figure>',
          );
        } else if (forbiddenTags[name.toLowerCase()]) {
          add(
            node,
            forbiddenTags[name.toLowerCase()]!,
            '删掉这段代码。需要图表用 <Chart>，需要照片用 <Figure>；其他需求请找开发人员。',
            `<${name}> is not allowed in content`,
          );
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            add(
              node,
              `<${name}> 上的 {${quoteExpression(String(attribute.value ?? ''))}} 是程序代码，构建网站时会被运行，不允许`,
              `删掉 {${quoteExpression(String(attribute.value ?? ''))}}；每一项都写成 名字="文字"，例如 <Chart id="project-counts" />。`,
              'a spread attribute {...x}: components take literal props only',
            );
            continue;
          }
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
          if (isExpressionValue(attribute.value)) {
            const code = quoteExpression(attribute.value.value ?? '');
            add(
              node,
              `<${name}> 的 ${attribute.name}={${code}} 是程序代码，构建网站时会被运行，不允许`,
              `把值写在英文双引号里，只写文字：${attribute.name}="…"（不要 { }）。`,
              `attribute ${attribute.name}={…} is an expression: components take literal props only`,
            );
            continue;
          }
          if (/^on[a-z]/i.test(attribute.name)) {
            add(
              node,
              `<${name}> 上的 ${attribute.name}=… 会在浏览器里执行代码，不允许`,
              `删掉 ${attribute.name}=… 这一项。`,
              `event handler attribute ${attribute.name} is not allowed`,
            );
          }
          if (
            urlAttributes.test(attribute.name) &&
            typeof attribute.value === 'string' &&
            isScriptUrl(attribute.value)
          ) {
            add(
              node,
              `<${name}> 的 ${attribute.name} 是 ${JSON.stringify(attribute.value).slice(1, -1)}，会执行代码，不允许`,
              '链接只能指向网页地址（https://…）或本站页面。',
              'javascript: URLs are not allowed',
            );
          }
        }
        break;
      }
    }
    node.children?.forEach((child, childIndex) => visit(child, node, childIndex));
  };
  visit(tree);
  const readParagraphs = (node: MdNode) => {
    if (node.type === 'paragraph') paragraphs.push(textOf(node));
    else if (node.type !== 'footnoteDefinition') node.children?.forEach(readParagraphs);
  };
  readParagraphs(tree);
  for (const { caption, line } of captions) {
    const numbers = unstatedNumbers(caption, paragraphs);
    if (numbers.length) {
      problems.push({
        file,
        line,
        message: `资料卡的 leadPhoto.caption（头图说明）写了“${numbers.join('”“')}”，这个文件的正文里没有这个数，说明会和正文对不上`,
        hint: '图片说明里的数字（连同单位）要和正文写的一样：照原报道改正；原报道的说明本来就有这个数的，请开发人员看一下。',
        en: `leadPhoto.caption: ${numbers.join(', ')} is not stated in the file's running text`,
      });
    }
  }
  for (const { node, caption } of figureCaptions) {
    const numbers = unstatedNumbers(caption, paragraphs);
    if (numbers.length) {
      add(
        node,
        `<Figure> 的 caption（图片说明）写了“${numbers.join('”“')}”，这一章的正文里没有这个数，说明会和正文对不上`,
        '图片说明里的数字（连同单位）要和正文写的一样：照原报道改正；原报道的说明本来就有这个数的，请开发人员看一下。',
        `<Figure caption>: ${numbers.join(', ')} is not stated in the file's running text`,
      );
    }
  }
  return problems;
}

/** The plugin: fails the build with every problem of the file at once. */
export function remarkEditorMarkdown(options: { root?: string } = {}) {
  const root = options.root ?? process.cwd();
  return (tree: MdNode, file: { path?: string; history?: string[] }) => {
    const filePath = file.path ?? file.history?.[0];
    if (!filePath) return;
    const relative = path.relative(root, filePath).split(path.sep).join('/');
    let captions: FrontmatterCaption[] = [];
    try {
      captions = frontmatterCaptions(readEditorFile(filePath, relative));
    } catch {
      // A file that cannot be read was named by the build's first check.
    }
    const problems = markdownProblems(tree, relative, captions);
    if (problems.length) throw editorError(problems);
  };
}
