/**
 * <read-aloud>: shows 听全文 where the browser can read Chinese aloud (speechSynthesis with a voice for
 * the page's script: zh-CN on a simplified page; zh-TW, zh-HK or else zh-CN on a 繁體 page) and, when it
 * is pressed, loads the player (read-aloud.ts). Kept this small on purpose: it
 * ships with every page's first script; the player costs nothing until it is used.
 */
import { chineseVoice } from './read-aloud-words';

customElements.define(
  'read-aloud',
  class extends HTMLElement {
    connectedCallback() {
      const synth = window.speechSynthesis;
      if (!synth) return;
      let voice: SpeechSynthesisVoice | undefined;
      // Browsers load their voices late: Chromium's list is empty until voiceschanged.
      const find = () => {
        voice ??= chineseVoice(synth.getVoices(), /Hant/.test(document.documentElement.lang));
        if (voice) this.hidden = false;
      };
      find();
      synth.addEventListener?.('voiceschanged', find);
      this.querySelector('button')?.addEventListener('click', () =>
        import('./read-aloud').then(({ readAloud }) => readAloud(this, synth, voice!)),
      );
    }
  },
);
