/**
 * The 繁/简 switch in Chromium (docs/zh-hant.md): it leads to the same page and #anchor in the other
 * script, remembers the choice, and a page later opened in the other script goes to its twin; nothing
 * is guessed from the browser's language. The chart of a 繁體 page draws from its converted input.
 */
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../support/browser-suite';

const suite = useSiteInChromium();
const chapter = '/cong-xin-chu-fa/investment/';
const anchor = '#dataset-investment-amounts';

describe('the 繁/简 switch', () => {
  it('goes to the same page and place in 繁體, and back, and the choice is remembered', async () => {
    // A browser that asks for Traditional Chinese first: the site still opens in the original.
    const context = await suite.browser.newContext({ locale: 'zh-TW' });
    const page = await context.newPage();
    await page.goto(`${suite.site.origin}${chapter}${anchor}`);
    expect(new URL(page.url()).pathname).toBe(chapter);

    // The switch is in the 阅读设置 panel (components/ReaderTools.astro).
    await page.locator('[data-reader-settings]').click();
    const toHant = page.getByRole('link', { name: /繁/ });
    await toHant.waitFor();
    expect(await toHant.count()).toBe(1);
    await toHant.click();
    await page.waitForURL((url) => url.pathname === `/zh-hant${chapter}` && url.hash === anchor);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant-TW');

    // Another simplified page, opened later, goes to its 繁體 twin (the head script replaces the
    // navigation, so wait for the first commit only).
    await page.goto(`${suite.site.origin}/cong-xin-chu-fa/`, { waitUntil: 'commit' });
    await page.waitForURL((url) => url.pathname === '/zh-hant/cong-xin-chu-fa/');

    // Back to 简体: the same page again, and that choice is remembered too.
    await page.goto(`${suite.site.origin}/zh-hant${chapter}${anchor}`);
    await page.locator('[data-reader-settings]').click();
    await page.getByRole('link', { name: /简/ }).click();
    await page.waitForURL((url) => url.pathname === chapter && url.hash === anchor);
    await page.goto(`${suite.site.origin}/zh-hant/cong-xin-chu-fa/`, { waitUntil: 'commit' });
    await page.waitForURL((url) => url.pathname === '/cong-xin-chu-fa/');
    await context.close();
  });

  it('draws a 繁體 chart from its converted input, units in 萬元 and 億元 read as before', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // 1750萬元 and 5.5億元 on one axis: the chart code converts between the units.
    await page.goto(`${suite.site.origin}/zh-hant/cong-xin-chu-fa/innovation/#dataset-drive-shaft-sales`);
    const box = page.locator('#dataset-drive-shaft-sales .chart-box');
    await box.scrollIntoViewIfNeeded();
    await expect.poll(() => box.getAttribute('role'), { timeout: 15000 }).toBe('group');
    expect(errors).toEqual([]);
    await context.close();
  });
});
