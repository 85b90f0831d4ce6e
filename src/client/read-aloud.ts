/**
 * The 听全文 player, loaded only when a reader presses 听全文 (read-aloud-button.ts). It reads the
 * page's headings and paragraphs in order with the Web Speech API, each one's own text as the page
 * shows it, and highlights and scrolls to the one being read. A bar fixed to the foot of the window
 * pauses and resumes, stops, and changes the speed; a live region says what it is doing. Leaving the
 * page stops it.
 */
import type { ReadAloudWords } from './read-aloud-words';

/** The localStorage key that remembers the chosen speed. */
const readingRateStorageKey = 'reading-rate';

/** What is read: the title, the standfirst, and the text's headings, paragraphs and list items, in page order. */
export const READ =
  'main :is(h1, h2, h3, h4, [data-standfirst], .prose-zh > p, .prose-zh > :is(ul, ol) > li, .prose-zh > blockquote > p)';
/** Not read: navigation, figures (charts, cards, captions), editors' notes, footnotes, hidden and print-only text. */
export const SKIP = 'nav, figure, aside, [data-footnotes], .sr-only, [hidden], .hidden';

/** The blocks of the page to read, each with its text as a reader sees it (footnote marks left out). */
function readableBlocks(root: ParentNode = document): { element: HTMLElement; text: string }[] {
  return [...root.querySelectorAll<HTMLElement>(READ)]
    .filter((element) => !element.closest(SKIP))
    .map((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const mark of copy.querySelectorAll('[data-footnote-ref], .sr-only')) mark.remove();
      return { element, text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim() };
    })
    .filter((block) => block.text);
}

let player: Player | undefined;

/** Starts reading the page from the top (called by <read-aloud> with the voice it found). */
export function readAloud(host: HTMLElement, synth: SpeechSynthesis, voice: SpeechSynthesisVoice): void {
  player ??= new Player(host, synth, voice);
  player.start(0);
}

class Player {
  readonly words: ReadAloudWords;
  readonly blocks = readableBlocks();
  readonly bar: HTMLElement;
  readonly toggle: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly progress: HTMLElement;
  rate = 1;
  /** The block being read. */
  current = 0;
  paused = false;
  /** Bumped on every start and stop, so events of utterances cancelled since are ignored. */
  session = 0;
  /** Utterances being spoken: kept referenced, or some browsers collect them and never fire their end. */
  queue: SpeechSynthesisUtterance[] = [];

  constructor(
    readonly host: HTMLElement,
    readonly synth: SpeechSynthesis,
    readonly voice: SpeechSynthesisVoice,
  ) {
    this.words = JSON.parse(document.getElementById('read-aloud-words')?.textContent ?? '{}') as ReadAloudWords;
    try {
      const stored = Number(localStorage.getItem(readingRateStorageKey));
      if (this.words.rates.some(([rate]) => rate === stored)) this.rate = stored;
    } catch {
      // Storage blocked: the normal speed.
    }
    const element = <T extends HTMLElement>(tag: string, props: Record<string, unknown> = {}) =>
      Object.assign(document.createElement(tag), props) as T;

    this.bar = element<HTMLDivElement>('div', { className: 'read-aloud-bar', hidden: true });
    this.bar.setAttribute('role', 'region');
    this.bar.setAttribute('aria-label', this.words.player);
    this.toggle = element<HTMLButtonElement>('button', { type: 'button', textContent: this.words.pause });
    this.toggle.addEventListener('click', () => (this.paused ? this.resume() : this.pause()));
    const stop = element('button', { type: 'button', textContent: this.words.stop });
    stop.addEventListener('click', () => this.stop(this.words.stopped));
    const speed = element<HTMLSelectElement>('select', { id: 'read-aloud-speed' });
    for (const [rate, label] of this.words.rates)
      speed.append(element('option', { value: String(rate), textContent: label, selected: rate === this.rate }));
    speed.addEventListener('change', () => this.setRate(Number(speed.value)));
    const speedLabel = element('label', { htmlFor: speed.id, textContent: this.words.speed });
    this.progress = element('p', { className: 'read-aloud-bar__progress' });
    // Only changes of state are announced: a screen reader talking over every paragraph would drown the
    // voice. The live region is in the page beside 听全文 (ReadAloud.astro) from the start, so the first
    // announcement is heard, and it is still there when the bar is hidden.
    this.status = host.querySelector<HTMLElement>('[role="status"]') ?? host;
    const controls = element('div', { className: 'read-aloud-bar__controls' });
    controls.append(this.toggle, stop, speedLabel, speed);
    this.bar.append(this.progress, controls);
    this.bar.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.stop(this.words.stopped);
    });
    document.body.append(this.bar);
    // Leaving the page (a link, back, closing the tab) stops the voice.
    addEventListener('pagehide', () => this.stop());
  }

  /** Reads from block `from` to the end: every utterance is queued at once, so the voice goes straight on. */
  start(from: number) {
    const session = ++this.session;
    if (this.synth.speaking || this.synth.pending) this.synth.cancel();
    this.queue = this.blocks.slice(from).map(({ text }, offset) => {
      const index = from + offset;
      const utterance = new SpeechSynthesisUtterance(text);
      // The voice's own language (zh-CN, zh-TW, zh-HK; Android writes zh_TW): where the voice cannot be set,
      // the language picks one like it.
      utterance.lang = this.voice.lang.replace(/_/g, '-');
      try {
        utterance.voice = this.voice;
      } catch {
        // Not a SpeechSynthesisVoice (a stand-in): the language alone picks the voice.
      }
      utterance.rate = this.rate;
      utterance.onstart = () => session === this.session && this.show(index);
      utterance.onend = () => {
        if (session !== this.session) return;
        if (index + 1 < this.blocks.length) this.show(index + 1);
        else this.stop(this.words.ended);
      };
      return utterance;
    });
    this.paused = false;
    this.toggle.textContent = this.words.pause;
    const opening = this.bar.hidden;
    this.bar.hidden = false;
    document.documentElement.dataset.readAloud = '';
    this.show(from);
    this.say(this.fill(from));
    if (opening) this.toggle.focus();
    for (const utterance of this.queue) this.synth.speak(utterance);
  }

  pause() {
    this.synth.pause();
    this.paused = true;
    this.toggle.textContent = this.words.resume;
    this.say(this.words.paused);
  }

  resume() {
    this.synth.resume();
    this.paused = false;
    this.toggle.textContent = this.words.pause;
    this.say(this.fill(this.current));
  }

  /** A new speed applies from the start of the block being read. */
  setRate(rate: number) {
    this.rate = rate;
    try {
      localStorage.setItem(readingRateStorageKey, String(rate));
    } catch {
      // Storage blocked: the speed lasts for this page.
    }
    if (!this.bar.hidden) this.start(this.current);
  }

  /** Stops the voice, takes the highlight away and hides the bar; `message` is announced (none on leaving). */
  stop(message?: string) {
    this.session++;
    this.queue = [];
    if (this.synth.speaking || this.synth.pending || this.paused) this.synth.cancel();
    this.paused = false;
    this.blocks[this.current]?.element.removeAttribute('data-reading');
    delete document.documentElement.dataset.readAloud;
    if (message === undefined) return;
    const hadFocus = this.bar.contains(document.activeElement);
    this.bar.hidden = true;
    this.say(message);
    if (hadFocus) this.host.querySelector('button')?.focus();
  }

  /** Highlights block `index` and brings it into view. */
  show(index: number) {
    this.blocks[this.current]?.element.removeAttribute('data-reading');
    this.current = index;
    const block = this.blocks[index];
    if (!block) return;
    block.element.dataset.reading = '';
    this.progress.textContent = this.fill(index);
    const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches;
    block.element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }

  fill(index: number): string {
    // Not fillUi: importing it here as well as in chart-keys would make Vite split it into a chunk of
    // its own, one more request before every chart draws. The schema (src/schemas/site.ts,
    // uiPlaceholders) guarantees listenReading holds {n} and {count} and nothing else.
    return this.words.reading.replace('{n}', String(index + 1)).replace('{count}', String(this.blocks.length));
  }

  say(message: string) {
    this.status.textContent = message;
  }
}
