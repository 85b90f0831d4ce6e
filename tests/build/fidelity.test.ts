import { describe, expect, inject, it } from 'vitest';
import {
  captions,
  headline,
  kicker,
  noteLabel,
  noteTitle,
  paragraphs,
  sectionTitles,
  sentences,
} from '../support/article';
import { readFileSync } from 'node:fs';
import { firstReport, mainText, readPages, type BuiltPage } from '../support/dist';
import siteJson from '../../content/site.json';
import { chineseNumber } from '../../src/report/chinese-number';

const pages = readPages(inject('distDir'));
const byRoute = new Map(pages.map((page) => [page.route, page]));
const r = `/${firstReport}`;
const cover = byRoute.get(`${r}/`)!;
const seriesPage = byRoute.get('/')!;
const articleText = readFileSync(new URL('../fixtures/article.txt', import.meta.url), 'utf8').replace(/\s+/g, '');

/** The cover, then each chapter in the order the cover lists them. */
function readingOrder(): BuiltPage[] {
  const routes = cover
    .$('section[aria-labelledby="contents"] ol a')
    .map((_, a) => cover.$(a).attr('href'))
    .get();
  return [cover, ...routes.map((href) => byRoute.get(href)!)];
}

/** The article's sentences that `text` does not carry word for word, in reading order. */
function sentencesMissingInOrder(text: string): string[] {
  let cursor = 0;
  const missing: string[] = [];
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, cursor);
    if (at === -1) missing.push(sentence);
    else cursor = at + sentence.length;
  }
  return missing;
}

describe('the built site', () => {
  it('has a cover and one page per chapter, in reading order', () => {
    const order = readingOrder();
    expect(order.map((page) => page?.route)).toEqual([
      `${r}/`,
      `${r}/industry-clusters/`,
      `${r}/investment/`,
      `${r}/innovation/`,
      `${r}/reporters-note/`,
    ]);
  });

  it('carries every sentence of the article, word for word, in order', () => {
    const text = readingOrder().map(mainText).join('');
    expect(sentencesMissingInOrder(text)).toEqual([]);
    expect(sentences.length).toBeGreaterThan(50);
  });

  it('sets no paragraph of running text that is not a paragraph of the article', () => {
    const known = new Set(paragraphs);
    const foreign: string[] = [];
    for (const page of readingOrder()) {
      page.$('.prose-zh > p, [data-standfirst]').each((_, p) => {
        const text = page.$(p).text().trim();
        if (!known.has(text)) foreign.push(`${page.route}: ${text}`);
      });
    }
    expect(foreign).toEqual([]);
  });

  it('carries every sentence of the article in order on the one-page edition /full/', () => {
    const text = mainText(byRoute.get(`${r}/full/`)!);
    expect(sentencesMissingInOrder(text)).toEqual([]);
    for (const caption of captions) expect(text).toContain(caption);
    const full = byRoute.get(`${r}/full/`)!;
    const foreign = full
      .$('.prose-zh > p, [data-standfirst]')
      .map((_, p) => full.$(p).text().trim())
      .get()
      .filter((paragraph) => !paragraphs.includes(paragraph));
    expect(foreign).toEqual([]);
  });

  it('shows all six photo captions', () => {
    const text = readingOrder().map(mainText).join('');
    for (const caption of captions) expect(text).toContain(caption);
    expect(captions).toHaveLength(6);
  });

  it('shows the headline and the series kicker on the cover', () => {
    expect(cover.$('h1').text()).toBe(headline);
    expect(mainText(cover)).toContain(kicker);
  });

  it('titles each chapter page with the printed section or note title', () => {
    const titles = readingOrder()
      .slice(1)
      .map((page) => page.$('h1').text());
    expect(titles).toEqual([...sectionTitles, noteTitle]);
    expect(mainText(byRoute.get(`${r}/reporters-note/`)!)).toContain(noteLabel);
  });
});

describe('the series page', () => {
  it('names the series and features report 1 with its kicker, headline, dek and chapters', () => {
    expect(seriesPage.$('h1').text().trim()).toBe(siteJson.series.name);
    const featured = seriesPage.$('[data-featured-report]');
    expect(featured.find('h2').text()).toBe(headline);
    expect(featured.text()).toContain(kicker);
    expect(featured.find(`a[href="${r}/"]`).length).toBeGreaterThan(0);
    const chapterLinks = featured
      .find('ol a')
      .map((_, a) => seriesPage.$(a).attr('href'))
      .get();
    expect(chapterLinks).toEqual([
      `${r}/industry-clusters/`,
      `${r}/investment/`,
      `${r}/innovation/`,
      `${r}/reporters-note/`,
    ]);
  });

  it('says nothing the article or the interface words do not say (no dates, no descriptions of its own)', () => {
    const interfaceWords = Object.values(siteJson.ui);
    const numbers = ['01', '02', '03', `之${chineseNumber(1)}`];
    const foreign: string[] = [];
    let checked = 0;
    seriesPage
      .$('main *')
      .contents()
      .each((_, node) => {
        if (node.type !== 'text') return;
        for (const text of node.data.replace(/\s+/g, '').split(/[·→←↑]+/)) {
          if (!text) continue;
          checked++;
          const known =
            articleText.includes(text) ||
            interfaceWords.some((word) => word.replace(/\{number\}/, '') === text || word === text) ||
            numbers.includes(text) ||
            text === siteJson.series.name;
          if (!known) foreign.push(text);
        }
      });
    expect(foreign).toEqual([]);
    // The check saw the page: series name, kicker, headline, dek, chapter titles and standfirsts.
    expect(checked).toBeGreaterThan(12);
  });
});
