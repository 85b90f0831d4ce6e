/**
 * The host-side script of the chart embeds (src/client/embed-resize.js), as the site serves it for the snippets
 * pasted before the 嵌入 code carried it inline (src/charts/embed.ts, issue 34): at `embed/resize.js` (the first
 * snippets) and at a content-hashed address that the snippets of issue 28 load with a Subresource Integrity hash
 * (src/pages/embed/[script].js.ts writes both). Its bytes, and so its name and hash, must not change while such
 * snippets may be on other sites.
 */
import { createHash } from 'node:crypto';
import source from '../client/embed-resize.js?raw';

const digest = createHash('sha384').update(source).digest();

/** The script's text, served byte for byte at both addresses. */
export const resizeScriptSource: string = source;
/** The script's content-hashed name (`resize.<hash>`, without `.js`), which issue 28's snippets load. */
export const resizeScriptName = `resize.${digest.toString('hex').slice(0, 12)}`;
/** The name the first snippets load (`embed/resize.js`). */
export const legacyResizeScriptName = 'resize';
