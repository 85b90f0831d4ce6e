/**
 * The host-side script of the chart embeds (src/client/embed-resize.js), as the site serves it:
 * at a content-hashed address that the 嵌入 code loads with a Subresource Integrity hash (a host
 * page runs only these exact bytes), and at `embed/resize.js`, the address of the snippets pasted
 * before it had a hash, which keep working (src/pages/embed/[script].js.ts writes both).
 */
import { createHash } from 'node:crypto';
import source from '../client/embed-resize.js?raw';

const digest = createHash('sha384').update(source).digest();

/** The script's text, served byte for byte at both addresses. */
export const resizeScriptSource: string = source;
/** The `integrity` attribute of the snippet's <script>. */
export const resizeScriptIntegrity = `sha384-${digest.toString('base64')}`;
/** The script's content-hashed name (`resize.<hash>`, without `.js`): a new version gets a new address. */
export const resizeScriptName = `resize.${digest.toString('hex').slice(0, 12)}`;
/** The name old snippets load (`embed/resize.js`). */
export const legacyResizeScriptName = 'resize';
