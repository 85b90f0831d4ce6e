/**
 * Reading time for Chinese text. Readers of Chinese read characters, not words: studies of
 * silent reading put adults at roughly 300–500 characters a minute for news prose. We use
 * 400 (documented in the README) and count Han characters; a run of Latin letters or digits
 * (16%, 8GW, 2023) counts as one character's worth, punctuation as none.
 */
import { withoutNotes } from '../files/editor-notes';

const charactersPerMinute = 400;

/** How many characters a reader reads in `text`: Han characters plus runs of Latin letters and digits. */
export function readableCharacters(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latinRuns = text.match(/[A-Za-z0-9][A-Za-z0-9.%]*/g)?.length ?? 0;
  return han + latinRuns;
}

/**
 * The text a reader reads in an MDX body: JSX tags removed, but the captions editors pass to
 * `<Figure caption="…" />` kept, since they are read too.
 */
export function mdxReadableText(body: string): string {
  return withoutNotes(body)
    .replace(/<[A-Z][\w.]*\b[^>]*?\bcaption="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^import .*$/gm, '');
}

/** Whole minutes to read `text` at `cpm` characters a minute, never less than 1. */
export function readingMinutes(text: string, cpm: number = charactersPerMinute): number {
  return Math.max(1, Math.round(readableCharacters(text) / cpm));
}
