/**
 * Vite plugin that removes the cause of a warning an editor cannot act on.
 *
 * Astro marks the modules that carry an MDX entry's styles and scripts (`?astroPropagatedAssets`)
 * with a `"use astro:head-inject";` directive string. Nothing reads that directive any more (the
 * head propagation is tracked through the module's `__astroPropagation` export), but Rolldown sees
 * an unknown module-level directive and prints a boxed MODULE_LEVEL_DIRECTIVE warning for every
 * MDX file on every build. This plugin drops the dead directive after Astro writes the module, so
 * the build no longer has anything to warn about; every other warning still reaches the terminal.
 */
import type { Plugin } from 'vite';

export function dropDeadHeadInjectDirective(): Plugin {
  return {
    name: 'drop-dead-head-inject-directive',
    enforce: 'post',
    transform: {
      filter: { id: /[?&]astroPropagatedAssets/ },
      handler(code) {
        if (!code.includes('"use astro:head-inject";')) return undefined;
        return { code: code.replace('"use astro:head-inject";', ''), map: null };
      },
    },
  };
}
