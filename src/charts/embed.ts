/**
 * The code another site pastes to embed a chart (the 嵌入 control): an <iframe> of the
 * chart's embed page and the small host-side script (src/client/embed-resize.js) that keeps the
 * iframe as tall as the embed page says it is, like Datawrapper's responsive embed.
 * Pure: built into the page at build time when SITE_URL is known, in the browser otherwise.
 */

/** The message an embed page posts to its parent with its height (src/client/embed-height.ts). */
export const embedHeightMessage = 'xin-zhi-embed-height';

interface EmbedSnippetOptions {
  /** Absolute URL of the embed page. */
  src: string;
  /** Absolute URL of the host-side script, at its content-hashed address (src/report/embed-script.ts). */
  script: string;
  /** The script's Subresource Integrity hash (`sha384-…`): the host's browser runs only those exact bytes. */
  integrity: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** Height to start with, in CSS pixels, before the embed page reports its own. */
  height: number;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML to paste: the iframe, full width, and the resize script (no style attribute: a host's CSP may
 * forbid them). The script is checked against its integrity hash, which a browser does for another
 * site's script only in CORS mode (`crossorigin`): every host recipe sends the embed path with
 * `Access-Control-Allow-Origin: *` (src/integrations/security-headers.ts).
 */
export function embedSnippet({ src, script, integrity, title, height }: EmbedSnippetOptions): string {
  return (
    `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${Math.round(height)}" ` +
    `loading="lazy" data-xin-zhi-embed></iframe>\n` +
    `<script async src="${escape(script)}" integrity="${escape(integrity)}" crossorigin="anonymous"></script>`
  );
}

/** The iframe height to start with: caption and notes around a chart of `chartHeight` px. */
export const embedStartHeight = (chartHeight: number) => chartHeight + 260;
