/** What the 听全文 player needs from content/site.json, written as a JSON data block at the end of the page (src/components/ReadAloudWords.astro). */
export interface ReadAloudWords {
  player: string;
  pause: string;
  resume: string;
  stop: string;
  speed: string;
  /** Each speed the reader may choose, with its words: [rate, "1.25倍"]. */
  rates: [number, string][];
  /** `{n}` and `{count}` are filled in the browser. */
  reading: string;
  paused: string;
  stopped: string;
  ended: string;
}

/** The reading speeds offered, as SpeechSynthesisUtterance.rate (1 is the voice's normal speed). */
export const readingRates = [0.8, 1, 1.25, 1.5] as const;

/**
 * The best voice for the page's text: Mandarin in simplified Chinese (zh, zh-CN, zh-Hans, cmn-CN; not
 * Cantonese or the Taiwan, Hong Kong and Macau voices), one on the device first (it needs no network).
 */
export const chineseVoice = <Voice extends Pick<SpeechSynthesisVoice, 'lang' | 'localService'>>(
  voices: Voice[],
): Voice | undefined =>
  voices
    .filter(({ lang }) => /^(zh|cmn)\b(?!.*\b(tw|hk|mo|hant|yue)\b)/i.test(lang.replace(/_/g, '-')))
    .sort((a, b) => Number(b.localService) - Number(a.localService))[0];
