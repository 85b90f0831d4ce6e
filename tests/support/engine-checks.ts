/**
 * The reader checks that run in every engine (tests/browser/engines/<engine>.test.ts): one visit per
 * page does all of them, so adding an engine or a check costs little.
 *
 * - every page, embeds included, in both editions, once, at the width, theme and text size the visit plan
 *   gives it in this engine (tests/support/visit-plan.ts): no page error or CSP violation, no horizontal
 *   overflow, every chart drawn once scrolled to, the arrow keys on a chart announce a value (the data
 *   table's row, as the article writes it), the stored theme and text size in force. In Chromium that visit
 *   is the page gate's (tests/support/gate-visit.ts), which makes these checks too;
 * - the dark theme: at 1280 px the 深色 switch turns the page dark and the next page opens dark from the
 *   stored choice (the head script);
 * - a WeChat reader (MicroMessenger in the user agent) gets the same page, and the share control's hint;
 * - with scripts off, every chart shows its image;
 * - 字号 (issue 22): 特大 enlarges the text with no overflow and is kept on the next page;
 * - 听全文 (issue 22), with `speechSynthesis` replaced by the speech recorder (the page probe installs it when
 *   the tab's sessionStorage asks): offered, reads the page's headings and paragraphs in order, stops;
 * - 繁/简 (issue 23): the switch leads to the same page and #anchor in the other script, the choice is
 *   remembered (a simplified address then opens the 繁體 twin) and the switch leads back;
 * - 二维码 (issue 24): at 1280 px the share control's QR code opens and, read from a screenshot, gives the
 *   page's canonical address.
 *
 * A check of a new reader control is one more `it` that opens a tab, or a few lines in `visitPage`.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  launchEngine,
  weChatUserAgent,
  type Engine,
  type EngineName,
  type EngineTab,
} from '../../scripts/lib/engines/engine';
import { pageProbeScript, probePath } from '../../scripts/lib/engines/page-probe';
import { readPage, type PageReading } from '../../scripts/lib/engines/read-page';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server';
import { contentPages } from './dist';
import { ui } from '../../src/report/site';
import { installSpeechRecorder, type SpeechRecord } from './speech-recorder';
import { decodeQr } from './qr';
import { expectedHant } from './hant';
import { fillUi } from '../../src/report/ui-format';
import { READ, SKIP } from '../../src/client/read-aloud';
import { hantLang, isHantPath } from '../../src/hant/addresses';
import { themeStorageKey } from '../../src/head/theme';
import { textSizeStorageKey } from '../../src/head/text-size';
import { describeSetting, visitPlan } from './visit-plan';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The header's 阅读设置 button, which opens the panel of 字号, 配色 and 繁/简 (components/ReaderTools.astro). */
const settingsButton = '[data-reader-settings]';
/** The sessionStorage key that makes the page probe install the speech recorder, with one Chinese voice. */
const speechKey = '__engine-speech';
/** What the test server puts first in every page: the page probe, and the speech recorder where asked. */
const headScript =
  pageProbeScript +
  `try{sessionStorage.getItem(${JSON.stringify(speechKey)})&&(${installSpeechRecorder.toString()})(` +
  `[{lang:"zh-CN",name:"普通话",localService:true}])}catch(e){}\n`;

/** The site served with the page probe, and the engine, for one test file. */
export function useEngine(name: EngineName): { site: StaticSite; engine: Engine } {
  const suite = {} as { site: StaticSite; engine: Engine };
  beforeAll(async () => {
    [suite.site, suite.engine] = await Promise.all([
      serveStatic(inject('distDir'), '/', 0, { path: probePath, source: headScript }),
      launchEngine(name),
    ]);
  });
  afterAll(async () => {
    await suite.engine?.close();
    await suite.site?.close();
  });
  return suite;
}

/** A tab for the tests of one describe block, opened before them and closed after. */
export function useTab(suite: { engine: Engine }, options: Parameters<Engine['open']>[0]): { tab: EngineTab } {
  const view = {} as { tab: EngineTab };
  beforeAll(async () => {
    view.tab = await suite.engine.open(options);
  });
  afterAll(() => view.tab?.close());
  return view;
}

/**
 * Focuses the first chart (as Tab would), presses Home then →, and returns what its live region says, with
 * the second bar's label, its value as the article writes it and the number of bars, read from the
 * chart's own data in the page.
 */
export async function announceSecondBar(tab: EngineTab) {
  const focused = await tab.evaluate(() => {
    const box = document.querySelector<HTMLElement>('chart-figure .chart-box');
    box?.scrollIntoView({ block: 'center' });
    box?.focus();
    return document.activeElement === box;
  });
  expect(focused, 'the chart takes focus').toBe(true);
  await tab.press('Home');
  await tab.press('ArrowRight');
  return tab.evaluate(() => {
    const host = document.querySelector('chart-figure')!;
    const input = JSON.parse(host.querySelector('script[type="application/json"]')!.textContent!) as {
      dataset: { values: { key: string; label: string }[] };
      values: Record<string, string>;
    };
    const second = input.dataset.values[1]!;
    return {
      said: host.querySelector('[data-chart-live]')?.textContent ?? '',
      label: second.label,
      value: input.values[second.key]!,
      bars: input.dataset.values.length,
    };
  });
}

/** What the live region must say for the second bar on `route`: in Traditional characters on a 繁體 page. */
export function expectedAnnouncement(
  route: string,
  { label, value, bars }: { label: string; value: string; bars: number },
): string {
  // A 繁體 page's chart says it in Traditional characters (the label and value are read from that page).
  const convert = isHantPath(route) ? expectedHant : String;
  return `${label}：${value}，${convert(fillUi(ui.chartItem, { n: 2, count: bars }))}`;
}

/** The checks every visit makes. */
function expectReadable(route: string, reading: PageReading) {
  expect(reading.findings, `${route}: the page probe ran`).toBeDefined();
  expect(reading.findings.errors, `${route}: page errors`).toEqual([]);
  expect(reading.findings.cspViolations, `${route}: CSP violations`).toEqual([]);
  expect(
    reading.overflow.culprits,
    `${route} is ${reading.overflow.scrollWidth}px wide in a ${reading.overflow.viewport}px viewport`,
  ).toEqual([]);
  expect(reading.overflow.scrollWidth).toBeLessThanOrEqual(reading.overflow.viewport);
  expectLineBreaking(route, reading);
  for (const chart of reading.charts) {
    expect(chart.drawn, `${route}: chart ${chart.id} drawn once scrolled to`).toBe(true);
    expect(chart.width, `${route}: chart ${chart.id} width`).toBeGreaterThan(200);
    expect(chart.inked, `${route}: chart ${chart.id} inked pixels`).toBeGreaterThan(2000);
  }
}

/**
 * Line breaking as clreq asks, as the engine set the page (scripts/lib/engines/read-page.ts): no number parted
 * from its unit, no heading broken inside a word, no lone letter on a paragraph's last line.
 */
export function expectLineBreaking(route: string, reading: PageReading) {
  expect(reading.lineBreaking.splitRuns, `${route}: a number parted from its unit, or a held tail broken`).toEqual([]);
  expect(reading.lineBreaking.splitWords, `${route}: a heading broken inside a word`).toEqual([]);
  expect(reading.lineBreaking.loneLastLines, `${route}: a paragraph ending in a line of one letter`).toEqual([]);
}

/**
 * Runs in the page: the widest room justification adds between two characters of the text (`.prose-zh > p`), in
 * em, and its line. Each paragraph is measured set flush left and justified: a character's box takes the
 * room added after it (in Firefox).
 */
function widestJustificationGap(): { em: number; line: string } {
  let widest = { em: 0, line: '' };
  for (const paragraph of document.querySelectorAll<HTMLElement>('.prose-zh > p')) {
    const boxes = () => {
      const found: { character: string; width: number; top: number }[] = [];
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
        for (let at = 0; at < node.data.length; at++) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const box = range.getBoundingClientRect();
          if (box.width) found.push({ character: node.data[at]!, width: box.width, top: Math.round(box.top) });
        }
      return found;
    };
    paragraph.style.textAlign = 'left';
    const natural = boxes();
    paragraph.style.textAlign = '';
    const justified = boxes();
    const size = parseFloat(getComputedStyle(paragraph).fontSize);
    const lastTop = justified.at(-1)?.top;
    justified.forEach((box, at) => {
      // The last line is not justified; a line's last character gets nothing after it.
      if (box.top === lastTop || justified[at + 1]?.top !== box.top || natural[at]?.top !== box.top) return;
      const em = (box.width - natural[at]!.width) / size;
      if (em > widest.em)
        widest = {
          em,
          line: justified
            .filter((other) => other.top === box.top)
            .map((other) => other.character)
            .join(''),
        };
    });
  }
  return widest;
}

/** The widest room added between two characters on the pages with the most text, at the tab's width: ≤ 0.4 em. */
async function expectNoJustificationGaps(tab: EngineTab, site: StaticSite) {
  for (const route of ['/cong-xin-chu-fa/', '/cong-xin-chu-fa/industry-clusters/', '/cong-xin-chu-fa/investment/']) {
    await tab.goto(site.page(route));
    const widest = await tab.evaluate(widestJustificationGap);
    expect(widest.em, `${route}: ${widest.line}`).toBeLessThanOrEqual(0.4);
  }
}

/** Polls `read` in the tab until `ok` holds of its result (a page being replaced answers nothing for a moment). */
async function waitInTab<R>(
  tab: EngineTab,
  read: () => R | Promise<R>,
  ok: (value: Awaited<R>) => boolean,
  what: string,
) {
  let last: Awaited<R> | undefined;
  for (let i = 0; i < 100; i++) {
    try {
      last = await tab.evaluate(read);
      if (ok(last)) return last;
    } catch {
      // Navigating: ask again.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after 10 s`);
}

const where = () => ({ path: location.pathname, hash: location.hash, lang: document.documentElement.lang });
/** A page of the site, loaded: mid-navigation Firefox answers from about:blank (path "blank", no lang). */
const loaded = (at: ReturnType<typeof where>) => at.lang !== '' && at.path.startsWith('/');

/** Every reader check, in the engine `name`. */
export function readerChecks(name: EngineName) {
  const routes = contentPages(inject('distDir')).map((page) => page.route);
  /**
   * The WeChat visits: the user agent changes one thing in the site's code, what 分享 says (src/client/share-button.ts),
   * so two pages stand for the rest: a chapter with charts and the share control, and an embed, which has neither
   * header nor share control (issue 37: the series page and /full/ were the same kind twice over).
   */
  const weChatRoutes = ['/cong-xin-chu-fa/investment/', routes.find((route) => route.startsWith('/embed/'))!];
  const suite = useEngine(name);
  /** The plain 390 px visits' fingerprints, which the WeChat visits must match. */
  const plain = new Map<string, PageReading['fingerprint']>();

  it('finds the pages to check in dist/, embeds among them', () => {
    expect(routes).toContain('/');
    expect(routes.some((route) => route.startsWith('/embed/'))).toBe(true);
  });

  async function visit(tab: EngineTab, route: string) {
    await tab.goto(suite.site.page(route));
    const reading = await tab.evaluate(readPage);
    expectReadable(route, reading);
    if (reading.charts.length) {
      const { said, label, value, bars } = await announceSecondBar(tab);
      expect(said, `${route}: the arrow key announces the second bar`).toBe(
        expectedAnnouncement(route, { label, value, bars }),
      );
    }
    return reading;
  }

  // Chromium's one visit of each page is the page gate's (tests/browser/pages*.test.ts), which makes these
  // checks and axe, the keyboard walk and the text measures too.
  if (name !== 'chromium')
    describe('every page once, at its planned setting', () => {
      const plan = visitPlan(name, routes);
      const view = useTab(suite, { width: 390, height: 800 });
      let at = { width: 390, theme: 'light', size: 'standard' };
      it.each(plan.map((visit) => [visit.route, describeSetting(visit), visit] as const))(
        '%s (%s) loads cleanly; every chart draws; the arrow keys announce a value',
        async (route, _, setting) => {
          const { tab } = view;
          if (at.width !== setting.width) await tab.resize(setting.width, 800);
          if (at.theme !== setting.theme || at.size !== setting.size) {
            // The reader's stored choices, written on a page of the site before the visit (the head script reads them).
            if (!(await tab.evaluate(() => location.origin)).startsWith('http')) await tab.goto(suite.site.page('/'));
            await tab.evaluate(
              (themeKey: string, theme: string, sizeKey: string, size: string) => {
                if (theme === 'dark') localStorage.setItem(themeKey, theme);
                else localStorage.removeItem(themeKey);
                if (size === 'standard') localStorage.removeItem(sizeKey);
                else localStorage.setItem(sizeKey, size);
              },
              themeStorageKey,
              setting.theme,
              textSizeStorageKey,
              setting.size,
            );
          }
          at = setting;
          const reading = await visit(tab, route);
          expect(reading.theme, `${route}: data-theme`).toBe(setting.theme === 'dark' ? 'dark' : null);
          if (setting.theme === 'dark') expect(reading.background, `${route}: dark background`).toBeLessThan(0.1);
          else expect(reading.background, `${route}: light background`).toBeGreaterThan(0.8);
          expect(reading.textSize, `${route}: 字号`).toBe(setting.size);
        },
      );
    });

  describe('at 390 px, light', () => {
    const view = useTab(suite, { width: 390, height: 800 });

    it('字号 特大 enlarges the text with no overflow, and the next page keeps it', async () => {
      const rootSize = () => view.tab.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      await view.tab.goto(suite.site.page('/cong-xin-chu-fa/investment/'));
      const standard = await rootSize();
      await view.tab.click(settingsButton);
      await view.tab.click('text-size-switch [data-choice="x-large"]');
      expect(
        await view.tab.evaluate(() =>
          document.querySelector('text-size-switch [aria-pressed="true"]')?.getAttribute('aria-label'),
        ),
      ).toContain('字号');
      expect(await rootSize()).toBeGreaterThan(standard * 1.25);
      await view.tab.goto(suite.site.page('/cong-xin-chu-fa/innovation/'));
      expect(await rootSize(), 'the stored size applies on the next page').toBeGreaterThan(standard * 1.25);
      expectReadable('/cong-xin-chu-fa/innovation/ at 特大', await view.tab.evaluate(readPage));
      await view.tab.click(settingsButton);
      await view.tab.click('text-size-switch [data-choice="standard"]');
      expect(await rootSize()).toBe(standard);
    });

    // Gaps between characters (issue 33): on a phone the text is flush left (a number kept with its unit would
    // spread the line before it); WebKit's text ranges leave out the room justification adds, so it is not measured.
    if (name !== 'webkit')
      it('sets the text without visible gaps: no more than 0.4 em added between two characters', async () => {
        await expectNoJustificationGaps(view.tab, suite.site);
      });

    it('the share control copies the link, or says it could not', async () => {
      await view.tab.goto(suite.site.page('/cong-xin-chu-fa/investment/'));
      await view.tab.click('share-button button');
      const said = await view.tab.evaluate(async () => {
        const status = document.querySelector('[data-share-status]')!;
        for (let i = 0; i < 40 && !status.textContent; i++) await new Promise((resolve) => setTimeout(resolve, 50));
        return status.textContent;
      });
      expect([ui.shareCopied, ui.shareFailed]).toContain(said);
    });

    it('听全文 reads the chapter aloud in order, and stops', async () => {
      const route = '/cong-xin-chu-fa/investment/';
      await view.tab.goto(suite.site.page(route));
      await view.tab.evaluate((key: string) => sessionStorage.setItem(key, '1'), speechKey);
      await view.tab.goto(suite.site.page(route));
      await waitInTab(
        view.tab,
        () => !!document.querySelector<HTMLElement>('read-aloud:not([hidden]) button')?.offsetWidth,
        Boolean,
        '听全文 shown with a Chinese voice',
      );
      // An utterance ends only when the test says so: three are ended, and the player, on its fourth block,
      // stays open for 停止 however slowly the engine runs.
      await view.tab.evaluate(() => ((window as unknown as { __speech: SpeechRecord }).__speech.step = null));
      await view.tab.click('read-aloud button');
      const spoken = await waitInTab(
        view.tab,
        () => {
          const speech = (window as unknown as { __speech: SpeechRecord }).__speech;
          if (speech.spoken.length > 0 && speech.spoken.length < 4) speech.finish();
          return speech.spoken.slice(0, 4);
        },
        (said) => said.length === 4,
        'four blocks read',
      );
      // The blocks the player reads, by its own selectors (src/client/read-aloud.ts).
      const page = await view.tab.evaluate(
        (read: string, skip: string) =>
          [...document.querySelectorAll(read)]
            .filter((element) => !element.closest(skip))
            .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()),
        READ,
        SKIP,
      );
      expect(spoken[0], 'the headline first').toBe(page[0]);
      let at = 0;
      for (const text of spoken) {
        const found = page.indexOf(text, at);
        expect(found, `read in page order: ${text.slice(0, 20)}…`).toBeGreaterThanOrEqual(at);
        at = found + 1;
      }
      await view.tab.click('.read-aloud-bar button:nth-of-type(2)');
      await waitInTab(
        view.tab,
        () => ({
          calls: (window as unknown as { __speech: SpeechRecord }).__speech.calls.at(-1),
          bar: document.querySelector<HTMLElement>('.read-aloud-bar')?.hidden,
        }),
        (state) => state.calls === 'cancel' && state.bar === true,
        '停止 cancels the voice and hides the player',
      );
      await view.tab.evaluate((key: string) => sessionStorage.removeItem(key), speechKey);
    });

    it('繁/简 leads to the same place in the other script, is remembered, and leads back', async () => {
      const route = '/cong-xin-chu-fa/investment/';
      await view.tab.goto(suite.site.page(route));
      // A chart further down the chapter, as a reader sent a link to it would arrive.
      const anchor = await view.tab.evaluate(() => document.querySelector('main [id^="dataset-"]')!.id);
      await view.tab.goto(`${suite.site.page(route)}#${anchor}`);
      await view.tab.click(settingsButton);
      await view.tab.click('a[data-script-switch]');
      const hant = await waitInTab(
        view.tab,
        where,
        (at) => loaded(at) && at.path !== route,
        'the switch leads to the 繁體 page',
      );
      expect(hant).toEqual({ path: `/zh-hant${route}`, hash: `#${anchor}`, lang: hantLang });
      expectReadable(`/zh-hant${route}`, await view.tab.evaluate(readPage));

      await view.tab.goto(suite.site.page('/cong-xin-chu-fa/innovation/'));
      expect(
        await waitInTab(view.tab, where, (at) => at.path.startsWith('/zh-hant/'), 'the choice is remembered'),
      ).toMatchObject({ path: '/zh-hant/cong-xin-chu-fa/innovation/', lang: hantLang });

      await view.tab.click(settingsButton);
      await view.tab.click('a[data-script-switch]');
      expect(
        await waitInTab(
          view.tab,
          where,
          (at) => loaded(at) && !at.path.startsWith('/zh-hant/'),
          'the switch leads back',
        ),
      ).toMatchObject({ path: '/cong-xin-chu-fa/innovation/', lang: 'zh-CN' });
      await view.tab.goto(suite.site.page(route));
      // The head script would send a reader who chose 繁體 on before the load event: a loaded page is where it stays.
      expect(await waitInTab(view.tab, where, loaded, 'a loaded page'), 'simplified is remembered too').toMatchObject({
        path: route,
        lang: 'zh-CN',
      });
    });
  });

  describe('at 1280 px', () => {
    const view = useTab(suite, { width: 1280, height: 800 });
    // Justified here: a line holds some thirty characters, and a number kept with its unit leaves little room.
    if (name !== 'webkit')
      it('justifies the text without visible gaps: no more than 0.4 em added between two characters', async () => {
        await expectNoJustificationGaps(view.tab, suite.site);
      });

    it('深色 turns the page dark, and the next page opens dark from the stored choice', async () => {
      await view.tab.goto(suite.site.page('/cong-xin-chu-fa/investment/'));
      await view.tab.click(settingsButton);
      await view.tab.click(`theme-switch [data-choice="dark"]`);
      expect(await view.tab.evaluate(() => document.documentElement.dataset.theme ?? null)).toBe('dark');
      const reading = await visit(view.tab, '/cong-xin-chu-fa/innovation/');
      expect(reading.theme).toBe('dark');
      expect(reading.background).toBeLessThan(0.1);
      await view.tab.click(settingsButton);
      await view.tab.click(`theme-switch [data-choice="system"]`);
      expect(await view.tab.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    });

    it('二维码 opens the page’s QR code, which gives its canonical address', async () => {
      const route = '/cong-xin-chu-fa/innovation/';
      await view.tab.goto(suite.site.page(route));
      await view.tab.click('.qr-share button[popovertarget]');
      const panel = await waitInTab(
        view.tab,
        () => {
          const open = document.querySelector('#qr-code-panel:popover-open svg')?.getBoundingClientRect();
          return {
            size: Math.round(open?.width ?? 0),
            canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href,
          };
        },
        (state) => state.size >= 150,
        'the code is open and large enough to scan',
      );
      const dir = mkdtempSync(path.join(tmpdir(), 'xinzhi-engine-qr-'));
      try {
        await view.tab.screenshot(path.join(dir, 'page.png'));
        // WebKit's whole-page screenshot is stacked from viewport shots (scripts/lib/engines/webkit.ts), each
        // with the fixed panel in it: every code found must give the address, and there must be one.
        expect([...new Set(decodeQr(readFileSync(path.join(dir, 'page.png'))))]).toEqual([panel.canonical]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await view.tab.press('Escape');
    });
  });

  describe('a reader without WeChat, at 390 px', () => {
    const view = useTab(suite, { width: 390, height: 800 });
    it.each(weChatRoutes)('%s: what the WeChat reader must see too', async (route) => {
      plain.set(route, (await visit(view.tab, route)).fingerprint);
    });
  });

  describe('a WeChat reader (MicroMessenger in the user agent), at 390 px', () => {
    const view = useTab(suite, { width: 390, height: 800, userAgent: weChatUserAgent });
    it.each(weChatRoutes)('%s is the same page as without it', async (route) => {
      const reading = await visit(view.tab, route);
      expect(plain.get(route), 'the 390 px visit without WeChat ran first').toBeDefined();
      expect(reading.fingerprint).toEqual(plain.get(route));
    });

    it(`the share control says ${ui.shareWeChat}`, async () => {
      await view.tab.goto(suite.site.page('/cong-xin-chu-fa/investment/'));
      expect(await view.tab.evaluate(() => navigator.userAgent)).toContain('MicroMessenger');
      await view.tab.click('share-button button');
      expect(await view.tab.evaluate(() => document.querySelector('[data-share-status]')?.textContent)).toBe(
        ui.shareWeChat,
      );
    });
  });

  describe('with scripts off, at 390 px', () => {
    const view = useTab(suite, { width: 390, height: 800, scripts: false });
    const chartRoutes = routes
      .filter((route) => route === '/cong-xin-chu-fa/investment/' || route.startsWith('/embed/'))
      .slice(0, 2);
    it.each(chartRoutes)('%s shows every chart as its image', async (route) => {
      await view.tab.goto(suite.site.page(route));
      const images = await view.tab.evaluate(async () => {
        const figures = [...document.querySelectorAll('chart-figure')];
        const result = [];
        for (const figure of figures) {
          figure.scrollIntoView();
          const image = figure.querySelector('img');
          for (let i = 0; i < 100 && image && !(image.complete && image.naturalWidth); i++)
            await new Promise((resolve) => setTimeout(resolve, 50));
          result.push({
            scripts: !!customElements.get('chart-figure'),
            loaded: !!image && image.complete && image.naturalWidth > 0,
            width: Math.round(image?.getBoundingClientRect().width ?? 0),
          });
        }
        return result;
      });
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) {
        expect(image.scripts, 'the page’s scripts did not run').toBe(false);
        expect(image.loaded).toBe(true);
        expect(image.width).toBeGreaterThan(300);
        expect(image.width).toBeLessThanOrEqual(390);
      }
    });
  });
}
