/**
 * The 繁體 edition as the tests expect it, from OpenCC itself (opencc-js, Taiwan's standard characters)
 * and the series' exceptions file, not from the site's converter (docs/zh-hant.md); quotation marks as
 * traditional text sets them, 「」 and 『』.
 */
import * as OpenCC from 'opencc-js/cn2t';
import exceptionsFile from '../../content/zh-hant-exceptions.json';
import type { BuiltPage } from './dist';

const openCcTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
/**
 * OpenCC to Taiwan's characters, then “” ‘’ as 「」 『』 (but an apostrophe between Latin letters, Xi’an):
 * what the edition writes outside the exceptions.
 */
export const openCc = (text: string) =>
  openCcTw(text)
    .replace(/“/g, '「')
    .replace(/”/g, '」')
    .replace(/(?<![A-Za-z])‘|‘(?![A-Za-z])/g, '『')
    .replace(/(?<![A-Za-z])’|’(?![A-Za-z])/g, '』');
export const hantExceptions = exceptionsFile.exceptions;

/** Simplified words as the 繁體 edition must write them: OpenCC around the editors' exceptions, which stand as given. */
export function expectedHant(text: string, exceptions = hantExceptions): string {
  const [first, ...rest] = exceptions;
  if (!first) return openCc(text);
  return text
    .split(first.simplified)
    .map((part) => expectedHant(part, rest))
    .join(first.traditional);
}

/** Whether a built page is in the 繁體 edition (/zh-hant/…). */
export const isHantPage = (page: BuiltPage) => page.route.startsWith('/zh-hant/');
