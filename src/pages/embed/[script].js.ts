import type { APIRoute, GetStaticPaths } from 'astro';
import { legacyResizeScriptName, resizeScriptName, resizeScriptSource } from '../../report/embed-script';

/** The embeds' host-side script, at its content-hashed address and at the one old snippets load (src/report/embed-script.ts). */
export const getStaticPaths = (() =>
  [resizeScriptName, legacyResizeScriptName].map((script) => ({ params: { script } }))) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(resizeScriptSource, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
