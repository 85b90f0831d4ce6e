import { createHash } from 'node:crypto';
import { themeChoices, themeStorageKey } from './theme';
import { textSizeChoices, textSizeStorageKey } from './text-size';

/**
 * One line of the head script: copies a remembered choice from localStorage onto <html> as
 * `data-<attribute>`, if it is one of `values` (anything else, or nothing, leaves the default).
 */
const applyStored = (key: string, attribute: string, values: readonly string[]) =>
  `t=s.getItem(${JSON.stringify(key)});if(${values.map((value) => `t===${JSON.stringify(value)}`).join('||')})d.dataset.${attribute}=t;`;

/**
 * The tiny script inlined in every page's <head>. It runs before the body is parsed, so a reader
 * who chose a theme or a text size never sees a flash of the other one, and nothing moves once the
 * page is drawn (CLS 0). Storage may be blocked (private modes): the defaults then hold. It must
 * stay byte-for-byte what the Content-Security-Policy hashes: src/head/csp.ts and the deploy
 * headers use `prePaintHash`.
 */
export const prePaintScript =
  'try{var d=document.documentElement,s=localStorage,t;' +
  applyStored(
    themeStorageKey,
    'theme',
    themeChoices.filter((choice) => choice !== 'system'),
  ) +
  applyStored(
    textSizeStorageKey,
    'textSize',
    textSizeChoices.filter((choice) => choice !== 'standard'),
  ) +
  '}catch(e){}';

/** The CSP source expression (`sha256-…`) that allows `prePaintScript` and nothing else. */
export const prePaintHash: `sha256-${string}` = `sha256-${createHash('sha256').update(prePaintScript).digest('base64')}`;
