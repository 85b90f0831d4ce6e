/**
 * The 繁體 edition's converter at render time, with the series' exceptions: for what Astro renders
 * itself in the edition (share cards, chart images). The pages are converted after the build
 * (src/integrations/hant-edition.ts), with the same file read the same way.
 */
import exceptionsText from '../../content/zh-hant-exceptions.json?raw';
import { convertDeep, hantConverter, hantExceptionsFile, parseHantExceptions } from './convert';

/** Converts simplified text to the 繁體 edition's. */
export const toHant = hantConverter(parseHantExceptions(exceptionsText, hantExceptionsFile));

/** Every string in a value converted to the 繁體 edition's (a chart's input, a share card). */
export const toHantDeep = <T>(value: T): T => convertDeep(value, toHant);
