/** Chromium: Debian's build, driven by playwright-core (the same launch as the rest of the browser tests). */
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../browser.ts';
import type { Engine, EngineKey, EngineTab, TabOptions } from './engine.ts';
import { existsSync } from 'node:fs';

export async function launchChromiumEngine(browser?: Browser): Promise<Engine> {
  if (!browser && !existsSync(chromiumPath))
    throw new Error(`Chromium tests need ${chromiumPath}: apt-get install -y chromium`);
  const owned = browser ? undefined : await launchChromium();
  const chromium = (browser ?? owned)!;
  return {
    name: 'chromium',
    version: `Chromium ${chromium.version()}`,
    async open(options: TabOptions) {
      const context = await chromium.newContext({
        viewport: { width: options.width, height: options.height },
        userAgent: options.userAgent,
        javaScriptEnabled: options.scripts !== false,
      });
      return new ChromiumTab(await context.newPage(), () => context.close());
    },
    async close() {
      await owned?.close();
    },
  };
}

/** A playwright page as an engine tab, so a check written for every engine runs in a gate's own page too. */
export class ChromiumTab implements EngineTab {
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
    // An expression, not a function: playwright passes a function one argument, and the checks take several.
    return this.page.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`) as Promise<Awaited<R>>;
  }

  async press(key: EngineKey) {
    await this.page.keyboard.press(key);
  }

  async click(selector: string) {
    await this.page.locator(selector).first().click();
  }

  async resize(width: number, height: number) {
    await this.page.setViewportSize({ width, height });
  }

  async screenshot(file: string) {
    await this.page.screenshot({ path: file, fullPage: true });
  }
}
