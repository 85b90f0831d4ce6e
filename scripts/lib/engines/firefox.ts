/**
 * Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (Firefox's own remote
 * protocol; puppeteer downloads nothing with PUPPETEER_SKIP_DOWNLOAD=1 and an executablePath).
 *
 * BiDi in this Firefox cannot turn a page's scripts off (emulation.setScriptingEnabled is unknown
 * to it), so a tab with scripts off is a page of a second Firefox, launched with the
 * `javascript.enabled` preference off the first time one is asked for.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import type { Engine, EngineKey, EngineTab, TabOptions } from './engine.ts';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Preferences for a test profile: phones' overlay scrollbars, so a 390 px viewport lays out 390 px; and a
 * mouse, as a desktop Firefox has (headless Firefox finds no pointer, so `(hover: hover)` and
 * `(pointer: fine)` are false and a wide screen's mouse-only controls, such as 二维码, would not show).
 * The capabilities are a bit field: 2 fine pointer, 4 hover.
 */
const preferences = {
  'widget.gtk.overlay-scrollbars.enabled': true,
  'ui.useOverlayScrollbars': 1,
  'ui.primaryPointerCapabilities': 6,
  'ui.allPointerCapabilities': 6,
};

function launch(extra: Record<string, unknown> = {}): Promise<Browser> {
  process.env.PUPPETEER_SKIP_DOWNLOAD = '1';
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { ...preferences, ...extra },
  });
}

export async function launchFirefoxEngine(): Promise<Engine> {
  if (!existsSync(firefoxPath)) throw new Error(`Firefox tests need ${firefoxPath}: apt-get install -y firefox-esr`);
  const browser = await launch();
  let scriptless: Promise<Browser> | undefined;
  return {
    name: 'firefox',
    version: await browser.version(),
    async open(options: TabOptions) {
      const owner =
        options.scripts === false ? await (scriptless ??= launch({ 'javascript.enabled': false })) : browser;
      const context = await owner.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: options.width, height: options.height });
      if (options.userAgent) await page.setUserAgent(options.userAgent);
      return new FirefoxTab(page, () => context.close());
    },
    async close() {
      await Promise.all([browser.close(), scriptless?.then((other) => other.close())]);
    },
  };
}

class FirefoxTab implements EngineTab {
  private readonly page: Page;
  readonly close: () => Promise<void>;
  constructor(page: Page, close: () => Promise<void>) {
    this.page = page;
    this.close = close;
  }

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>> {
    return this.page.evaluate(fn as never, ...(args as unknown as never[])) as Promise<Awaited<R>>;
  }

  async press(key: EngineKey) {
    await this.page.keyboard.press(key as KeyInput);
  }

  async click(selector: string) {
    await this.page.click(selector);
  }

  async resize(width: number, height: number) {
    await this.page.setViewport({ width, height });
  }

  async screenshot(file: string) {
    await this.page.screenshot({ path: file as `${string}.png`, fullPage: true });
  }
}
