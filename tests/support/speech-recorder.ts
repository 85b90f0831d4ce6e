/**
 * A stand-in for the Web Speech API in Chromium (which has no voices here): a `speechSynthesis` that
 * offers the voices given and records what it is asked to say, in order. Installed with
 * `context.addInitScript(installSpeechRecorder, voices)`, before the page's own scripts run.
 *
 * Like a browser, it speaks one utterance at a time from its queue, firing `start` and then `end`
 * (after `window.__speech.step` ms; with `step` null it waits for `window.__speech.finish()`);
 * `pause()` holds the queue, `cancel()` empties it.
 */
export interface SpeechRecord {
  /** The text of every utterance started, in order. */
  spoken: string[];
  /** The rate and language of each started utterance. */
  settings: { rate: number; lang: string }[];
  /** speak, pause, resume, cancel: every call, in order. */
  calls: string[];
  /** ms before an utterance ends by itself; null: only `finish()` ends it. */
  step: number | null;
  /** Ends the utterance being spoken. */
  finish: () => void;
}

export interface FakeVoice {
  lang: string;
  name: string;
  localService: boolean;
}

export function installSpeechRecorder(voices: FakeVoice[]) {
  type Utterance = SpeechSynthesisUtterance;
  const record = { spoken: [], settings: [], calls: [], step: 1 } as unknown as SpeechRecord;
  let queue: Utterance[] = [];
  let speaking: Utterance | null = null;
  let paused = false;
  const event = (utterance: Utterance, type: string) =>
    ({ type, utterance, charIndex: 0, elapsedTime: 0 }) as unknown as SpeechSynthesisEvent;
  const end = () => {
    const utterance = speaking;
    if (!utterance) return;
    speaking = null;
    utterance.onend?.(event(utterance, 'end'));
    next();
  };
  const next = () => {
    if (paused || speaking || !queue.length) return;
    const utterance = queue.shift()!;
    speaking = utterance;
    record.spoken.push(utterance.text);
    record.settings.push({ rate: utterance.rate, lang: utterance.lang });
    utterance.onstart?.(event(utterance, 'start'));
    if (record.step !== null) setTimeout(() => speaking === utterance && !paused && end(), record.step);
  };
  record.finish = end;
  (window as unknown as { __speech: SpeechRecord }).__speech = record;
  const synth = {
    getVoices: () => voices.map((voice) => ({ ...voice, voiceURI: voice.name, default: false })),
    addEventListener() {},
    removeEventListener() {},
    get speaking() {
      return speaking !== null;
    },
    get pending() {
      return queue.length > 0;
    },
    get paused() {
      return paused;
    },
    speak(utterance: Utterance) {
      record.calls.push('speak');
      queue.push(utterance);
      next();
    },
    cancel() {
      record.calls.push('cancel');
      queue = [];
      speaking = null;
      paused = false;
    },
    pause() {
      record.calls.push('pause');
      paused = true;
    },
    resume() {
      record.calls.push('resume');
      paused = false;
      if (speaking && record.step !== null) setTimeout(end, record.step);
      next();
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
}
