/**
 * The code another site pastes to embed a chart (the 嵌入 control): an <iframe> of the
 * chart's embed page and the small host-side script (src/client/embed-resize.js) that keeps the
 * iframe as tall as the embed page says it is, like Datawrapper's responsive embed.
 * Pure: built into the page at build time when SITE_URL is known, in the browser otherwise.
 */
import resizeScriptSource from '../client/embed-resize.js?raw';

/** The message an embed page posts to its parent with its height (src/client/embed-height.ts). */
export const embedHeightMessage = 'xin-zhi-embed-height';

/**
 * `source`, a plain ES5 script whose every statement ends in `;` or `}`, without its comments and line breaks: what
 * a host page is given to paste.
 */
export function compactScript(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('');
}

/** The host-side resize script (src/client/embed-resize.js) as the 嵌入 code carries it, inline. */
export const resizeScriptInline = compactScript(resizeScriptSource);

interface EmbedSnippetOptions {
  /** Absolute URL of the embed page. */
  src: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** Height to start with, in CSS pixels, before the embed page reports its own (`embedStartHeight`). */
  height: number;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML to paste: the iframe, full width, and the resize script, inline (no style attribute: a host's CSP may
 * forbid them). Inline, the host page runs exactly the bytes it pasted, with nothing to fetch: a script loaded from
 * this site with an integrity hash (issue 28) runs only where the site sends a CORS header, which `npm start`'s
 * preview server and plain static hosts do not (issue 34). The hashed script is still served, for the snippets
 * pasted before (src/report/embed-script.ts).
 */
export function embedSnippet({ src, title, height }: EmbedSnippetOptions): string {
  return (
    `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${Math.round(height)}" ` +
    `loading="lazy" data-xin-zhi-embed></iframe>\n` +
    `<script>${resizeScriptInline}</script>`
  );
}

/** The words of an embed page that wrap at a phone's width: the chart's caption, source line and notes. */
export interface EmbedPageText {
  /** The chart's title (the page's heading). */
  title: string;
  /** Its takeaway, under the title. */
  takeaway: string;
  /** The source line as the page shows it: label, article, page, and the period with its label. */
  source: string;
  /** The notes' label (注). */
  notesLabel: string;
  /** The notes, one item each. */
  notes: readonly string[];
  /** The 繁體 edition's notice under the chart (its embed pages say they are converted), in characters. */
  notice: string;
}

/**
 * The embed page's layout at 360 px, the narrowest frame the start height must fit without the resize script (a
 * host that strips scripts; issue 34): the px of src/styles/charts.css and the 1.25rem gutters. Measured in
 * Chromium (tests/browser/chart-explore.test.ts checks every embed page against it).
 */
const narrowFrame = {
  width: 360 - 2 * 20,
  /** Page padding, the figure's rule and padding above the caption. */
  top: 12 + 2 + 12,
  title: { size: 19, lineHeight: 28.5 },
  label: { size: 13, lineHeight: 22.1 },
  notice: { size: 13, lineHeight: 19.5 },
  /** Margins: takeaway, chart box, data-meta, between its parts, above the 繁/简 switch. */
  gaps: 4 + 16 + 12 + 4 + 12,
  /** The 繁/简 switch's row and the page's bottom padding. */
  bottom: 30 + 12,
  /** The 繁體 notice's bottom padding. */
  noticeBottom: 12,
  /** Half a line to spare: engines and fonts round line boxes differently. */
  slack: 12,
};

/** Lines `text` takes at `size` px in `width` px: a CJK character is 1 em, anything narrower counted as 0.6 em. */
function lines(text: string, size: number, width: number): number {
  if (!text) return 0;
  const ems = [...text].reduce((sum, char) => sum + (/[\u0000-\u02ff]/.test(char) ? 0.6 : 1), 0);
  // Less than the width: a line may end early where a number or a closing mark must not be split from its neighbour.
  return Math.ceil((ems * size) / (width - 1.5 * size));
}

/**
 * The iframe height to start with: an embed page whose chart is `chartHeight` px tall and whose words are `text`,
 * whole at 360 px (at wider frames it only has room to spare), 繁體 notice included. The resize script then sets
 * the frame to the page's own height.
 */
export function embedStartHeight(chartHeight: number, text: EmbedPageText): number {
  const { width, top, title, label, notice, gaps, bottom, noticeBottom, slack } = narrowFrame;
  const labelLines = (words: string, inset = 0) => lines(words, label.size, width - inset);
  const notesInset = [...text.notesLabel].length * label.size + 0.35 * label.size;
  return Math.ceil(
    top +
      lines(text.title, title.size, width) * title.lineHeight +
      (labelLines(text.takeaway) + labelLines(text.source)) * label.lineHeight +
      text.notes.reduce((sum, note) => sum + labelLines(note, notesInset), 0) * label.lineHeight +
      chartHeight +
      gaps +
      bottom +
      lines(text.notice, notice.size, width) * notice.lineHeight +
      noticeBottom +
      slack,
  );
}
