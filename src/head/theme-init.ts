import { createHash } from 'node:crypto';

/** The localStorage key that remembers the reader's theme ('light' or 'dark'; absent means follow the system). */
export const themeStorageKey = 'theme';

/** The themes a reader can choose; `system` follows the operating system's light or dark setting. */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/**
 * The tiny script inlined in every page's <head>. It runs before the body is parsed, so a reader
 * who chose a theme never sees a flash of the other one. It must stay byte-for-byte what the
 * Content-Security-Policy hashes: astro.config.mjs and the deploy headers use `themeInitHash`.
 */
export const themeInitScript =
  `try{var t=localStorage.getItem(${JSON.stringify(themeStorageKey)});` +
  `if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/** The CSP source expression (`sha256-…`) that allows `themeInitScript` and nothing else. */
export const themeInitHash: `sha256-${string}` = `sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`;
