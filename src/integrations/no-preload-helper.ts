/**
 * Vite plugin that keeps Vite's module-preload helper out of the browser code.
 *
 * Vite wraps every dynamic import() of browser code in `__vitePreload(() => import(…), deps)`, which
 * fetches the imported chunk's dependencies alongside it. With `build.modulePreload: false` (set in
 * astro.config.mjs) the dependency lists are always empty, but Vite 8 still ships the helper, about
 * 0.75 KB gzipped, in the first script of every page with a chart: more than a third of the 2 KB the
 * site allows itself before a chart is near (tests/build/data.test.ts). This plugin makes the helper
 * call the import and nothing else, and writes that one function into each script that uses it
 * instead of leaving it in a chunk of its own (which would cost every page one more request before
 * its first script can run).
 *
 * If a dynamic import ever did have dependencies to preload (a lazily loaded chunk importing CSS),
 * Vite writes a dependency map into the chunk, and the build fails here rather than ship a page that
 * would miss them.
 */
import type { Plugin } from 'vite';

/** The id of Vite's helper module, as Vite resolves it. */
const helperId = '\0vite/preload-helper.js';
/** The helper: run the import, preload nothing. */
const helperFunction = '(load) => load()';
const helperCode = `export const __vitePreload = ${helperFunction};`;
/** A script's import of the helper's chunk, as Rolldown writes it before minifying. */
const helperImport = /import \{ \w+ as ([\w$]+) \} from "\.\/preload-helper\.[^"]*\.js";/g;

export function noPreloadHelper(): Plugin {
  return {
    name: 'no-preload-helper',
    enforce: 'pre',
    resolveId(source) {
      return source === 'vite/preload-helper.js' || source === helperId ? helperId : undefined;
    },
    load(id) {
      return id === helperId ? helperCode : undefined;
    },
    // Before minifying (and before hashing), where a script imports the helper's chunk, define the helper in
    // the script instead.
    renderChunk(code) {
      const inlined = code.replace(helperImport, (_, local: string) => `var ${local} = ${helperFunction};`);
      return inlined === code ? null : { code: inlined, map: null };
    },
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        if (file.code.includes('__vite__mapDeps'))
          this.error(`${file.fileName} preloads dependencies of a dynamic import, which noPreloadHelper() drops`);
        if (/preload-helper[^"]*\.js"/.test(file.code))
          this.error(`${file.fileName} still imports the preload helper after noPreloadHelper() inlined it`);
      }
      // The helper's own chunk, which nothing imports any more.
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'chunk' && file.moduleIds.length === 1 && file.moduleIds[0] === helperId) delete bundle[name];
      }
    },
  };
}
