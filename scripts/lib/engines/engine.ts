/**
 * One small interface over the three engines readers use (docs/testing.md, "Every reader's engine"):
 * Chromium (playwright-core), Firefox (puppeteer-core over WebDriver BiDi) and WebKit (WebKitGTK's
 * MiniBrowser over W3C WebDriver). Each is Debian's own build; nothing is downloaded. A check written
 * once against `EngineTab` runs in all three.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const engineNames: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

/** What a tab is opened with. Each tab starts with no cookies or storage. */
export interface TabOptions {
  /** Viewport width and height in CSS px. */
  width: number;
  height: number;
  /** Replaces the engine's user agent string (a WeChat reader's, say). */
  userAgent?: string;
  /** false: the page's own scripts do not run (the tests' evaluate still does). Default true. */
  scripts?: boolean;
}

/** Keys a test can press (the W3C WebDriver code points of each are in webkit.ts). */
export type EngineKey =
  'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'Enter' | 'Escape' | 'Tab';

export interface EngineTab {
  /** Loads `url` and resolves after its load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (awaiting a returned promise) and returns its JSON-serialisable result. */
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>>;
  /** Presses and releases `key` as the reader would, on the focused element (a trusted event). */
  press(key: EngineKey): Promise<void>;
  /** Clicks the middle of the first element matching `selector` as the reader would (a trusted event). */
  click(selector: string): Promise<void>;
  /** Sizes the viewport to `width` × `height` CSS px (the page stays loaded and lays itself out again). */
  resize(width: number, height: number): Promise<void>;
  /** Writes a PNG of the whole page (not just the viewport) to `file`. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** The browser and its version, for messages and notes. */
  version: string;
  open(options: TabOptions): Promise<EngineTab>;
  close(): Promise<void>;
}

/** Opens `name`, launching its browser (and for WebKit a virtual display and its WebDriver). */
export async function launchEngine(name: EngineName): Promise<Engine> {
  if (name === 'chromium') return (await import('./chromium.ts')).launchChromiumEngine();
  if (name === 'firefox') return (await import('./firefox.ts')).launchFirefoxEngine();
  return (await import('./webkit.ts')).launchWebKitEngine();
}

/**
 * The user agent of WeChat's in-app browser on an iPhone (its own WebKit view, with MicroMessenger in
 * the string), as WeChat 8 sends it. Tests open pages with it to check they behave as without it.
 */
export const weChatUserAgent =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323d) NetType/WIFI Language/zh_CN';
