/**
 * The reader features in Chromium, served by nginx with deploy/nginx.conf: the real headers, so the
 * header CSP and each page's <meta> CSP are both enforced.
 */
import { connectChromium, useNewTabs } from '../support/browser-suite';
import { watchContext } from '../support/page-probe';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx';

let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  nginx = await startNginx(inject('distDir'));
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

/** New readers' tabs, each recording the CSP violations of every page opened in it. */
const newTab = useNewTabs(
  () => browser,
  (context) =>
    context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        w.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    }),
);

/** Opens `route` in a new tab set with `options`, after `prepare` (init scripts, permissions), watching errors. */
async function open(
  route: string,
  options: Parameters<typeof newTab>[0] = {},
  prepare?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; errors: string[] }> {
  const page = await newTab(options);
  await prepare?.(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(nginx.origin + route, { waitUntil: 'networkidle' });
  return { page, errors };
}

describe('Content-Security-Policy, headers and <meta> together', () => {
  // Every page's <meta> CSP is enforced in the page gate's visit of it (tests/browser/pages*.test.ts), and every
  // page is read at build level against the headers' coarser CSP (tests/build/reader.test.ts). Here both are
  // enforced at once on a sample: the cover (key figures and charts), the one-page edition (every chart, fetched
  // inputs) and the 404 page (served by nginx's error_page).
  it.each(['/cong-xin-chu-fa/', '/cong-xin-chu-fa/full/', '/404.html'].map((route) => [route]))(
    '%s runs its scripts with no CSP violation and no console error',
    async (route) => {
      const { page, errors } = await open(route);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
      // The module scripts ran: the controls they reveal are visible (the theme switch once 阅读设置 is open).
      expect(await page.locator('share-button').isVisible()).toBe(true);
      await page.locator('[data-reader-settings]').click();
      expect(await page.locator('theme-switch').isVisible()).toBe(true);
      await page.close();
    },
  );
});

describe('themes', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('switches to dark, remembers it across pages, and goes back to following the system', async () => {
    const { page } = await open('/cong-xin-chu-fa/investment/', { colorScheme: 'light' });
    const light = await background(page);
    await page.locator('[data-reader-settings]').click();
    await page.getByRole('button', { name: '深色' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('button', { name: '深色' }).getAttribute('aria-pressed')).toBe('true');
    const dark = await background(page);
    expect(dark).not.toBe(light);

    await page.goto(`${nginx.origin}/innovation/`);
    expect(await background(page)).toBe(dark);
    await page.locator('[data-reader-settings]').click();
    expect(await page.getByRole('button', { name: '深色' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: '跟随系统' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    expect(await background(page)).toBe(light);
    await page.close();
  });

  it('applies a remembered theme before the body is parsed: no flash of the other theme', async () => {
    const prepare = (page: Page) =>
      page.addInitScript(() => {
        localStorage.setItem('theme', 'light');
        const w = window as unknown as { themeAtBody?: string };
        new MutationObserver((_, observer) => {
          if (document.body) {
            w.themeAtBody = document.documentElement.dataset.theme ?? 'none';
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
    const { page } = await open('/', { colorScheme: 'dark' }, prepare);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('light');
    expect(await background(page)).toBe('rgb(251, 250, 247)');
    await page.close();
  });

  it('presses 跟随系统 when localStorage holds a value it does not know', async () => {
    const { page } = await open('/', { colorScheme: 'light' }, (page) =>
      page.addInitScript(() => localStorage.setItem('theme', 'sepia')),
    );
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    const pressed = await page.locator('theme-switch [aria-pressed="true"]').allTextContents();
    expect(pressed.map((text) => text.trim())).toEqual(['跟随系统']);
    await page.close();
  });
});

describe('share', () => {
  it('copies the page’s canonical link where there is no share sheet, and says so', async () => {
    const { page } = await open('/cong-xin-chu-fa/investment/', {}, (page) =>
      page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: nginx.origin }),
    );
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await page.getByRole('button', { name: '分享' }).click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe('链接已复制');
    expect(await page.locator('[data-share-status]').getAttribute('aria-live')).toBe('polite');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://example.org/cong-xin-chu-fa/investment/',
    );
    await page.close();
  });

  it('uses the Web Share API where the browser has it', async () => {
    const prepare = (page: Page) =>
      page.addInitScript(() => {
        const w = window as unknown as { shared?: ShareData };
        Object.defineProperty(navigator, 'share', {
          value: async (data: ShareData) => {
            w.shared = data;
          },
        });
      });
    const { page } = await open('/cong-xin-chu-fa/full/', {}, prepare);
    await page.getByRole('button', { name: '分享' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
      .toEqual({ title: '全文 | 从“新”出发 向“质”而行', url: 'https://example.org/cong-xin-chu-fa/full/' });
    expect(await page.locator('[data-share-status]').textContent()).toBe('');
    await page.close();
  });
});

describe('reading progress', () => {
  it('grows from nothing at the top to the full width at the end, with no script', async () => {
    const { page } = await open('/cong-xin-chu-fa/industry-clusters/', { viewport: { width: 390, height: 700 } });
    const scale = () =>
      page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.reading-progress')!).transform).a);
    expect(await scale()).toBeCloseTo(0, 2);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2 - innerHeight / 2));
    await expect.poll(scale).toBeGreaterThan(0.3);
    expect(await scale()).toBeLessThan(0.7);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(scale).toBeCloseTo(1, 2);
    await page.close();
  });
});

describe('view transitions', () => {
  /** Whether following 下一章 revealed the next page with a view transition. */
  async function transitionOnNavigation(reducedMotion: 'reduce' | 'no-preference') {
    const prepare = (page: Page) =>
      page.addInitScript(() => {
        addEventListener('pagereveal', (event) => {
          (window as unknown as { revealedWithTransition?: boolean }).revealedWithTransition = !!(
            event as Event & { viewTransition?: unknown }
          ).viewTransition;
        });
      });
    const { page } = await open('/cong-xin-chu-fa/industry-clusters/', { reducedMotion }, prepare);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL('**/investment/');
    const result = await page.evaluate(
      () => (window as unknown as { revealedWithTransition?: boolean }).revealedWithTransition,
    );
    await page.close();
    return result;
  }

  it('animates from chapter to chapter', async () => {
    // Chromium skips a transition whose next page is slow to become ready (a busy machine, a late stylesheet:
    // the third test below): that is the browser's choice, not the site's. So up to three navigations, one
    // of which must animate; under reduced motion (below) none ever may.
    const tries: (boolean | undefined)[] = [];
    while (tries.length < 3 && !tries.includes(true)) tries.push(await transitionOnNavigation('no-preference'));
    expect(tries).toContain(true);
  });

  it('does not under prefers-reduced-motion', async () => {
    expect(await transitionOnNavigation('reduce')).toBe(false);
  });

  it('shows the next page whole when Chromium skips the transition, and the gates tell that report from a page error', async () => {
    const context = await browser.newContext({ reducedMotion: 'no-preference', viewport: { width: 390, height: 800 } });
    const { findings } = await watchContext(context, nginx.origin);
    // A stylesheet that arrives late (a slow network, an empty cache) makes Chromium skip the transition
    // ("ViewTransition opt-in disabled") in most tries, not all: up to 10 tries until it does.
    await context.route('**/*.css', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    const page = await context.newPage();
    for (let attempt = 0; attempt < 10 && findings.skippedTransitions.length === 0; attempt++) {
      await page.goto(`${nginx.origin}/cong-xin-chu-fa/industry-clusters/`);
      await page.locator('a[rel="next"]').click();
      await page.waitForURL('**/investment/');
      await page.waitForLoadState('load');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.locator('h1').textContent()).toBe('招商引资接龙引凤 注入发展“新活力”');
      expect(await page.locator('main').isVisible()).toBe(true);
      expect(findings.consoleErrors).toEqual([]);
    }
    expect(findings.skippedTransitions.length).toBeGreaterThan(0);
    for (const report of findings.skippedTransitions) expect(report).toMatch(/^uncaught: Transition was aborted/);
    // Any other uncaught error is still a page error.
    await page.evaluate(() => void Promise.reject(new Error('页面自己的错误')));
    await expect.poll(() => findings.consoleErrors).toEqual(['uncaught: 页面自己的错误']);
    await context.close();
  });
});

describe('print', () => {
  // The whole print edition (page counts, sentences in order, figures once) is tested in print.test.ts.
  it('prints the text without navigation or controls, writing out only outside link targets', async () => {
    const { page } = await open('/cong-xin-chu-fa/industry-clusters/');
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page.evaluate(
        (s) => [...document.querySelectorAll(s)].some((e) => getComputedStyle(e).display !== 'none'),
        selector,
      );
    for (const selector of ['nav', 'header.site-header', 'footer', 'theme-switch', 'share-button']) {
      expect(await shown(selector), selector).toBe(false);
    }
    expect(await shown('.prose-zh p')).toBe(true);
    await page.evaluate(() => {
      const prose = document.querySelector('.prose-zh')!;
      prose.append(Object.assign(document.createElement('a'), { href: '/full/', textContent: 'x' }));
      prose.append(Object.assign(document.createElement('a'), { href: 'https://example.com/a', textContent: 'y' }));
    });
    const after = (selector: string) =>
      page.evaluate((s) => getComputedStyle(document.querySelector(s)!, '::after').content, selector);
    expect(await after('.prose-zh a[href="/full/"]')).not.toContain('/full/');
    expect(await after('.prose-zh a[href="https://example.com/a"]')).toContain('https://example.com/a');
    await page.close();
  });
});
