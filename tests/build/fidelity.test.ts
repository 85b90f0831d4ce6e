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
import { mainText, readPages, type BuiltPage } from '../support/dist';

const pages = readPages(inject('distDir'));
const byRoute = new Map(pages.map((page) => [page.route, page]));
const cover = byRoute.get('/')!;

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
      '/',
      '/industry-clusters/',
      '/investment/',
      '/innovation/',
      '/reporters-note/',
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
    const text = mainText(byRoute.get('/full/')!);
    expect(sentencesMissingInOrder(text)).toEqual([]);
    for (const caption of captions) expect(text).toContain(caption);
    const full = byRoute.get('/full/')!;
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
    expect(mainText(byRoute.get('/reporters-note/')!)).toContain(noteLabel);
  });
});
