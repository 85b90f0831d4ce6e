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

/** Mandarin voices for simplified Chinese: zh, zh-CN, zh-Hans, cmn-CN (not Taiwan's, Hong Kong's, Macau's, Cantonese). */
const mandarin = /^(zh|cmn)\b(?!.*\b(tw|hk|mo|hant|yue)\b)/i;
/** Taiwan's voices (zh-TW, cmn-Hant-TW, and zh-Hant without a region). */
const taiwan = /^(zh|cmn)\b(?=.*\b(tw|hant)\b)(?!.*\b(hk|mo)\b)/i;
/** Hong Kong's and Macau's voices (zh-HK, zh-MO, yue-HK): most are Cantonese, which reads traditional text natively. */
const hongKong = /^(zh|yue|cmn)\b.*\b(hk|mo)\b|^yue\b/i;

/**
 * The best voice for the page's text, one on the device first (it needs no network). A simplified page:
 * Mandarin for simplified Chinese. A 繁體 page (`traditional`): a Taiwan voice, else a Hong Kong or Macau
 * one, else the Mandarin one a simplified page takes (a device that reads Chinese at all reads it aloud).
 */
export const chineseVoice = <Voice extends Pick<SpeechSynthesisVoice, 'lang' | 'localService'>>(
  voices: Voice[],
  traditional = false,
): Voice | undefined => {
  for (const kind of traditional ? [taiwan, hongKong, mandarin] : [mandarin]) {
    const voice = voices
      .filter(({ lang }) => kind.test(lang.replace(/_/g, '-')))
      .sort((a, b) => Number(b.localService) - Number(a.localService))[0];
    if (voice) return voice;
  }
  return undefined;
};
