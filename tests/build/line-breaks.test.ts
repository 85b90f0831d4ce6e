/**
 * Line breaking as clreq asks, in the built HTML of both editions (src/typesetting/line-breaks.ts): every
 * number with its unit that a reader sees in running text is held on one line, each paragraph's last word
 * with it, and headings break only between words. The browser visits (scripts/lib/engines/read-page.ts)
 * check that the engines then set them so.
 */
import { describe, expect, inject, it } from 'vitest';
import type { AnyNode, Element, Text } from 'domhandler';
import { contentPages, firstReport, type BuiltPage } from '../support/dist';
import { lineBreaks, numbersWithUnits } from '../../src/typesetting/line-breaks';

const pages = contentPages(inject('distDir'));
const page = (route: string) => pages.find((candidate) => candidate.route === route)!;

/** Text a reader never sees set in a line, or set where it cannot break: left out. */
const notRunningText = [
  'script',
  'style',
  'svg',
  'noscript',
  'template',
  'textarea',
  'code',
  'pre',
  'title',
  '.sr-only',
  '[hidden]',
  // Set on one line by the stylesheet: table values and headers, key figures, a headline's words.
  'td.data-table__value',
  '.data-table thead th',
  '.prose-zh th',
  '.prose-zh td',
  '.key-figure__number',
  '.headline-part',
  '.unbroken',
].join(', ');

/** Each number with its unit in the running text of `page` that is not held on one line. */
function looseNumbers(built: BuiltPage): string[] {
  const { $ } = built;
  const found: string[] = [];
  const visit = (node: AnyNode) => {
    if (node.type === 'text') {
      const text = (node as Text).data;
      for (const [start, end] of numbersWithUnits(text)) found.push(`${text.slice(Math.max(0, start - 6), end + 2)}`);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    if (node.type === 'tag' && $(node).is(notRunningText)) return;
    (node as Element).children.forEach(visit);
  };
  visit($('body')[0]!);
  return found;
}

describe('a number stays with its unit', () => {
  it.each(pages.map((built) => [built.route, built] as const))('%s: every one in running text is held', (_, built) => {
    expect(looseNumbers(built)).toEqual([]);
  });

  it('holds 10亿元 whole in the text, and in the takeaways and notes components show', () => {
    const $ = page(`/${firstReport}/investment/`).$;
    const held = $('.unbroken')
      .map((_, element) => $(element).text())
      .get();
    expect(held).toEqual(expect.arrayContaining(['10亿元', '398.09亿元', '59个', '13.5亿元', '8GW', '50万吨']));
    expect($('.prose-zh > p .unbroken').length).toBeGreaterThan(10);
    expect($('.data-figure__takeaway .unbroken').length).toBeGreaterThan(3);
    const hant = page(`/zh-hant/${firstReport}/investment/`).$;
    expect(hant('.prose-zh > p .unbroken').length).toBe($('.prose-zh > p .unbroken').length);
  });

  it('carries a cited sentence’s mark at rest: the quote’s numbers, not its whole clause (issue 33)', () => {
    const $ = page(`/${firstReport}/investment/`).$;
    const quote = $('a.source-number')
      .filter((_, element) => $(element).text() === '其中，10亿元以上项目9个')
      .first();
    expect(
      quote
        .find('.number')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual(['10亿元', '9个']);
    // Across the site, the marked words are a small part of the cited words.
    const cited = pages.flatMap((built) =>
      built
        .$('.prose-zh a.source-number')
        .map((_, a) => built.$(a).text())
        .get(),
    );
    const marked = pages.flatMap((built) =>
      built
        .$('.prose-zh a.source-number .number')
        .map((_, span) => built.$(span).text())
        .get(),
    );
    expect(cited.length).toBeGreaterThan(20);
    expect(marked.join('').length).toBeLessThan(cited.join('').length / 3);
  });
});

describe('a paragraph’s last line', () => {
  it('holds the last word with its stop: nearly every paragraph of the text ends in a held span', () => {
    let paragraphs = 0;
    let held = 0;
    for (const built of pages.filter((candidate) => candidate.route.startsWith(`/${firstReport}/`))) {
      const { $ } = built;
      $('.prose-zh > p').each((_, paragraph) => {
        const text = $(paragraph).text().trim();
        const last = $(paragraph).find('.unbroken').last().text();
        paragraphs++;
        // Nothing after the held span but closing marks (a number with its unit, then 。, holds as well).
        if (last && /^[。”）！？\s]*$/.test(text.slice(text.lastIndexOf(last) + last.length))) held++;
      });
    }
    expect(paragraphs).toBeGreaterThan(20);
    expect(held / paragraphs).toBeGreaterThan(0.8);
    const lede = page(`/${firstReport}/`).$('.prose-zh > p').first();
    expect(lede.find('.unbroken').last().text()).toBe('考卷。');
  });

  it('holds the last word of each standfirst and takeaway too (源头活 | 水。 never)', () => {
    const $ = page(`/${firstReport}/investment/`).$;
    expect($('[data-standfirst] .unbroken').last().text()).toBe('活水。');
    const takeaways = $('.data-figure__takeaway').toArray();
    expect(takeaways.length).toBeGreaterThan(3);
    for (const takeaway of takeaways) {
      const text = $(takeaway).text().trim();
      expect(text.endsWith($(takeaway).find('.unbroken').last().text().trim()), text).toBe(true);
    }
  });
});

describe('headings break between words only', () => {
  // The simplified pages: a 繁體 heading holds the same elements (tests/build/zh-hant.test.ts, the twin proof).
  it.each(pages.filter((built) => !built.route.startsWith('/zh-hant/')).map((built) => [built.route, built] as const))(
    '%s: a <wbr> only where a line may break (打造 never as 打 | 造)',
    (_, built) => {
      const { $ } = built;
      $('.headline-part').each((_, part) => {
        const pieces = $(part)
          .contents()
          .toArray()
          .map((node) =>
            node.type === 'text' ? (node as Text).data : (node as Element).name === 'wbr' ? '\u0000' : '?',
          );
        const text = pieces.filter((piece) => piece !== '\u0000').join('');
        let at = 0;
        const marked: number[] = [];
        for (const piece of pieces)
          if (piece === '\u0000') marked.push(at);
          else at += piece.length;
        expect(marked, text).toEqual(lineBreaks(text));
      });
    },
  );

  it('sets the data page’s chapter headings and chart titles in words', () => {
    const $ = page(`/${firstReport}/data/`).$;
    const heading = $('h2')
      .filter((_, element) => $(element).text().includes('打造'))
      .first();
    expect(heading.find('wbr').length).toBeGreaterThan(2);
    expect(heading.text()).toBe('构建现代产业集群 打造增长“新引擎”');
    expect(heading.html()).toMatch(/打造<wbr>/);
    expect($('h3.data-figure__title wbr').length).toBeGreaterThan(10);
  });
});
