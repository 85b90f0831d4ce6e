import { createHash } from 'node:crypto';
import { themeChoices, themeStorageKey } from './theme';
import { textSizeChoices, textSizeStorageKey } from './text-size';
import { editionChoices, editionStorageKey } from './edition';

/** A test of the head script's `t`: is it one of `values`? */
const isOneOf = (values: readonly string[]) => values.map((value) => `t==${JSON.stringify(value)}`).join('||');

/**
 * One line of the head script: copies a remembered choice from localStorage onto <html> as
 * `data-<attribute>`, if it is one of `values` (anything else, or nothing, leaves the default).
 */
const applyStored = (key: string, attribute: string, values: readonly string[]) =>
  `t=s.getItem(${JSON.stringify(key)});if(${isOneOf(values)})d.dataset.${attribute}=t;`;

/**
 * The tiny script inlined in every page's <head>. It runs before the body is parsed, so a reader
 * who chose a theme or a text size never sees a flash of the other one, and nothing moves once the
 * page is drawn (CLS 0). Storage may be blocked (private modes): the defaults then hold. It must
 * stay byte-for-byte what the Content-Security-Policy hashes: src/head/csp.ts and the deploy
 * headers use `prePaintHash`.
 */
export const prePaintScript =
  `try{var d=document.documentElement,s=localStorage,k=${JSON.stringify(editionStorageKey)},t;` +
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
  // The 繁/简 choice (docs/zh-hant.md): a page in the other edition than the one the reader chose, in a
  // top-level window, goes at once to its twin (<html data-twin>; none on the 404 page; an embed in
  // another site's frame keeps its host's script). Only a stored value that is exactly one of the two
  // editions' tags counts; any other is removed (a value that is never a page's lang would send the
  // reader to and fro for ever, issue 34). Never guessed from the browser's language.
  `t=s.getItem(k);if(!(${isOneOf(editionChoices)}))s.removeItem(k);` +
  'else if(t!=d.lang&&d.dataset.twin&&self==top)location.replace(d.dataset.twin+location.hash)' +
  '}catch(e){}' +
  // A click on the 繁/简 switch (and no other link: an editor's <a hreflang> is not a choice of edition)
  // carries the #anchor the reader is at and remembers the edition it leads to.
  'onclick=function(e){e=e.target.closest("a[data-script-switch]");e&&(e.hash=location.hash,s&&s.setItem(k,e.hreflang))}';

/** The CSP source expression (`sha256-…`) that allows `prePaintScript` and nothing else. */
export const prePaintHash: `sha256-${string}` = `sha256-${createHash('sha256').update(prePaintScript).digest('base64')}`;
