/**
 * 听全文 in Chromium, with `speechSynthesis` replaced by a recorder (tests/support/speech-recorder.ts):
 * the control is there only with a Chinese voice; each chapter, the reporter's note and /full/ are read
 * in order, word for word as the article has them; the paragraph being read is highlighted; pause,
 * resume, speed and stop work by keyboard and say what they did; leaving the page stops the voice.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentPages, firstReport } from '../support/dist';
import { useNewTabs, useSiteInChromium } from '../support/browser-suite';
import { installSpeechRecorder, type FakeVoice, type SpeechRecord } from '../support/speech-recorder';
import { headline, noteTitle, paragraphs, sectionTitles } from '../support/article';
import { expectedHant } from '../support/hant';

const suite = useSiteInChromium();
const r = `/${firstReport}`;
const chinese: FakeVoice[] = [
  { lang: 'en-US', name: 'English', localService: true },
  { lang: 'zh-CN', name: '普通话', localService: true },
];
/** Pages that offer 听全文: every chapter, the reporter's note and the one-page edition. */
const chapterRoutes = ['/industry-clusters/', '/investment/', '/innovation/', '/reporters-note/'].map((p) => r + p);
const listenRoutes = [...chapterRoutes, `${r}/full/`];

const newTab = useNewTabs(() => suite.browser);

async function open(route: string, voices: FakeVoice[] = chinese, reducedMotion = true) {
  const page = await newTab({
    viewport: { width: 390, height: 800 },
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  await page.addInitScript(installSpeechRecorder, voices);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(suite.site.page(route), { waitUntil: 'load' });
  return { page, errors, close: () => page.close() };
}

const record = (page: Page) => page.evaluate(() => (window as unknown as { __speech: SpeechRecord }).__speech);
const listen = (page: Page) => page.getByRole('button', { name: '听全文' });

/** The article's words a heading of the page can have: headline, section and note titles (spaces as the page sets them). */
const headings = new Set([headline, noteTitle, ...sectionTitles].map((text) => text.replace(/\s+/g, ' ').trim()));

describe('where 听全文 is offered', () => {
  // Where it is not offered, the page has no <read-aloud> element at all: that is read from the built HTML
  // (tests/build/reader.test.ts, 'offers 听全文 on the chapters and /full/ only'). Where it is, the reading tests
  // below find the button shown with a Chinese voice before they press it.

  it('is absent where the browser has no Chinese voice', async () => {
    const { page, close } = await open(`${r}/investment/`, [
      { lang: 'en-US', name: 'English', localService: true },
      { lang: 'zh-HK', name: '粵語', localService: true },
    ]);
    // The control decides when it is upgraded (the recorder lists its voices at once): once defined, it has.
    await page.evaluate(() => customElements.whenDefined('read-aloud'));
    expect(await page.locator('read-aloud').isHidden()).toBe(true);
    expect(await listen(page).count()).toBe(0);
    await close();
  });

  it('is absent where the browser has no speechSynthesis at all, and without JavaScript', async () => {
    const page = await newTab();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
    });
    await page.goto(suite.site.page(`${r}/investment/`), { waitUntil: 'load' });
    await page.evaluate(() => customElements.whenDefined('read-aloud'));
    expect(await listen(page).count()).toBe(0);
    await page.close();

    const still = await newTab({ javaScriptEnabled: false });
    await still.goto(suite.site.page(`${r}/investment/`));
    expect(await still.getByRole('button', { name: '听全文' }).count()).toBe(0);
    await still.close();
  });

  it('loads the player only when pressed: the first screen fetches no speech code', async () => {
    const { page, close } = await open(`${r}/investment/`);
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.reload({ waitUntil: 'networkidle' });
    expect(scripts.some((url) => url.includes('read-aloud'))).toBe(false);
    await listen(page).click();
    await expect.poll(() => scripts.some((url) => url.includes('read-aloud')), { timeout: 10_000 }).toBe(true);
    await close();
  });
});

describe('reading in order, word for word', () => {
  /** One tab for the five pages (a browser context costs ~1.5 s of Chromium CPU, a load ~0.3 s: issue 37). */
  let tab: Awaited<ReturnType<typeof open>> | undefined;
  afterAll(() => tab?.close());
  it.each(listenRoutes)(
    '%s offers it with a Chinese voice, and reads heading and paragraph in order, in zh-CN',
    async (route) => {
      if (tab) await tab.page.goto(suite.site.page(route), { waitUntil: 'load' });
      else tab = await open(route);
      const { page, errors } = tab;
      errors.length = 0;
      await expect.poll(() => listen(page).isVisible(), { timeout: 10_000 }).toBe(true);
      expect(errors).toEqual([]);
      await listen(page).click();
      await expect.poll(async () => (await record(page)).calls.length, { timeout: 10_000 }).toBeGreaterThan(0);
      // The whole page, to the end: the bar closes and says so.
      await expect.poll(() => page.locator('.read-aloud-bar').isHidden(), { timeout: 20_000 }).toBe(true);
      const { spoken, settings } = await record(page);
      expect(await page.locator('read-aloud [role="status"]').textContent()).toBe('全文朗读完毕');

      // Every utterance is the article's own words: one of its headings or one of its paragraphs.
      for (const text of spoken) expect(headings.has(text) || paragraphs.includes(text), text).toBe(true);
      // The paragraphs read are a run of the article's paragraphs, in the article's order, none left out.
      const read = spoken.filter((text) => paragraphs.includes(text));
      const start = paragraphs.indexOf(read[0]!);
      expect(read).toEqual(paragraphs.slice(start, start + read.length));
      // …and they are exactly the page's paragraphs of text, in the page's order.
      const pageParagraphs = await page
        .locator('main :is([data-standfirst], .prose-zh > p)')
        .evaluateAll((elements) => elements.map((element) => element.textContent!.replace(/\s+/g, ' ').trim()));
      expect(read).toEqual(pageParagraphs);
      // The page's heading comes first.
      expect(headings.has(spoken[0]!)).toBe(true);
      expect(spoken[0]).toBe((await page.locator('h1').textContent())!.replace(/\s+/g, ' ').trim());
      expect(new Set(settings.map((setting) => setting.lang))).toEqual(new Set(['zh-CN']));
      expect(errors).toEqual([]);
      if (route === `${r}/full/`) {
        // The one-page edition reads the whole article: every paragraph and section title, lede to reporter's note.
        expect(read).toEqual(paragraphs);
        expect(spoken.filter((text) => sectionTitles.includes(text))).toEqual(sectionTitles);
        expect(spoken.at(-1)).toBe(paragraphs.at(-1));
      }
    },
  );
});

describe('the player', () => {
  it('highlights and scrolls to the paragraph being read, pauses, resumes, changes speed and stops by keyboard', async () => {
    const { page, errors, close } = await open(`${r}/investment/`);
    await page.evaluate(() => ((window as unknown as { __speech: SpeechRecord }).__speech.step = null));
    await listen(page).focus();
    await page.keyboard.press('Enter');
    const bar = page.getByRole('region', { name: '朗读' });
    await expect.poll(() => bar.isVisible(), { timeout: 10_000 }).toBe(true);
    // Focus goes to the bar's first control; the state is announced.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('暂停');
    const status = page.locator('read-aloud [role="status"]');
    expect(await status.textContent()).toMatch(/^正在朗读：第1段，共\d+段$/);
    const finish = () => page.evaluate(() => (window as unknown as { __speech: SpeechRecord }).__speech.finish());
    const highlighted = () =>
      page.evaluate(() => {
        const marked = [...document.querySelectorAll('[data-reading]')];
        const box = marked[0]?.getBoundingClientRect();
        return {
          count: marked.length,
          text: marked[0]?.textContent?.replace(/\s+/g, ' ').trim(),
          inView: !!box && box.top < innerHeight && box.bottom > 0,
        };
      });
    expect((await highlighted()).text).toBe((await page.locator('h1').textContent())!.replace(/\s+/g, ' ').trim());

    // Three blocks on: the fourth is highlighted and in view (the page scrolled to it).
    await finish();
    await finish();
    await finish();
    const fourth = await highlighted();
    const blocks = await page
      .locator('main :is(h1, [data-standfirst], .prose-zh > p)')
      .evaluateAll((elements) => elements.map((element) => element.textContent!.replace(/\s+/g, ' ').trim()));
    expect(fourth).toEqual({ count: 1, text: blocks[3], inView: true });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);

    // Pause and resume, by keyboard.
    await page.keyboard.press('Enter');
    expect((await record(page)).calls.at(-1)).toBe('pause');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('继续');
    expect(await status.textContent()).toBe('已暂停');
    await page.keyboard.press('Space');
    expect((await record(page)).calls.at(-1)).toBe('resume');
    expect(await status.textContent()).toMatch(/^正在朗读：第4段/);

    // A faster speed starts the paragraph being read again, at that speed, and is remembered.
    await page.getByRole('combobox', { name: '语速' }).selectOption('1.5');
    await expect.poll(async () => (await record(page)).settings.at(-1)?.rate, { timeout: 10_000 }).toBe(1.5);
    expect((await record(page)).spoken.at(-1)).toBe(blocks[3]);
    expect(await page.evaluate(() => localStorage.getItem('reading-rate'))).toBe('1.5');

    // Stop: the voice is cancelled, the highlight goes, the bar closes, focus returns to 听全文.
    await page.getByRole('button', { name: '停止' }).focus();
    await page.keyboard.press('Enter');
    expect((await record(page)).calls.at(-1)).toBe('cancel');
    expect((await highlighted()).count).toBe(0);
    expect(await bar.isHidden()).toBe(true);
    expect(await status.textContent()).toBe('已停止朗读');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('听全文');
    expect(errors).toEqual([]);
    await close();
  });

  it('stops the voice when the reader leaves the page', async () => {
    const { page, close } = await open(`${r}/industry-clusters/`);
    await page.evaluate(() => ((window as unknown as { __speech: SpeechRecord }).__speech.step = null));
    await listen(page).click();
    await expect.poll(async () => (await record(page)).spoken.length, { timeout: 10_000 }).toBe(1);
    // Record the calls made while the page is hidden, before the next page replaces the record.
    await page.evaluate(() =>
      addEventListener('pagehide', () => {
        sessionStorage.setItem('callsAtPagehide', JSON.stringify((window as any).__speech.calls));
      }),
    );
    await page.locator('a[rel="next"]').first().click();
    await page.waitForURL('**/investment/');
    const calls = JSON.parse((await page.evaluate(() => sessionStorage.getItem('callsAtPagehide'))) ?? '[]');
    expect(calls.at(-1)).toBe('cancel');
    await close();
  });

  it('with motion allowed, scrolls smoothly to each paragraph; the text read is still the page’s', async () => {
    const { page, close } = await open(`${r}/reporters-note/`, chinese, false);
    await listen(page).click();
    // The player loads on the press: wait for what it said (before it exists, its bar is "hidden" too), then for
    // the bar to close at the end of the page.
    await expect.poll(async () => (await record(page)).spoken.length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.read-aloud-bar').isHidden(), { timeout: 20_000 }).toBe(true);
    expect((await record(page)).spoken[0]).toBe(noteTitle);
    await close();
  });
});

describe('on a 繁體 page', () => {
  const route = `/zh-hant${r}/investment/`;
  const listenHant = (page: Page) => page.getByRole('button', { name: expectedHant('听全文') });
  const voices = (...langs: string[]): FakeVoice[] => [
    { lang: 'en-US', name: 'English', localService: true },
    ...langs.map((lang) => ({ lang, name: lang, localService: true })),
  ];
  it.each([
    ['a Taiwan voice', voices('zh-CN', 'zh-HK', 'zh-TW'), 'zh-TW'],
    ['a Taiwan voice as Android names it (zh_TW)', voices('zh-CN', 'zh_TW'), 'zh-TW'],
    ['a Hong Kong voice, without a Taiwan one', voices('zh-CN', 'zh-HK'), 'zh-HK'],
    ['a Mandarin voice, without either', voices('zh-CN'), 'zh-CN'],
  ])('reads the 繁體 text with %s', async (_, given, lang) => {
    const { page, errors, close } = await open(route, given);
    await expect.poll(() => listenHant(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await listenHant(page).click();
    await expect.poll(async () => (await record(page)).spoken.length, { timeout: 10_000 }).toBeGreaterThan(1);
    const { spoken, settings } = await record(page);
    expect(spoken[0]).toBe((await page.locator('h1').textContent())!.replace(/\s+/g, ' ').trim());
    expect(spoken[0]).toBe(expectedHant(sectionTitles[1]!.replace(/\s+/g, ' ')));
    expect(new Set(settings.map((setting) => setting.lang))).toEqual(new Set([lang]));
    expect(errors).toEqual([]);
    await close();
  });

  it('is absent where the browser has no Chinese voice at all', async () => {
    const { page, close } = await open(route, voices('ja-JP'));
    await page.evaluate(() => customElements.whenDefined('read-aloud'));
    expect(await page.locator('read-aloud').isHidden()).toBe(true);
    await close();
  });
});

it('covers every page that has a chapter’s text', () => {
  const routes = contentPages(inject('distDir')).map((page) => page.route);
  for (const route of listenRoutes) expect(routes).toContain(route);
});
