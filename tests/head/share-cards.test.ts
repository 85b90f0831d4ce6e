import { describe, expect, it } from 'vitest';
import { cardCharacters, seriesCard, shareCards } from '../../src/head/share-cards';
import type { Report } from '../../src/schemas/report';
import type { Chapter } from '../../src/schemas/chapter';

const report: Report = {
  headline: '从“新”出发 向“质”而行',
  kicker: '主题报道之一',
  number: 1,
  draft: false,
  leadPhoto: { caption: '图' },
  description: '述。',
};
const chapters: { data: Chapter }[] = [
  { data: { order: 1, kind: 'section', slug: 'one', title: '第一 标题', standfirst: '导。' } },
  { data: { order: 2, kind: 'note', slug: 'note', title: '手记 标题', label: '记者手记' } },
];

describe('shareCards', () => {
  const cards = shareCards(report, chapters, { fullEdition: '全文', dataPage: '数据与来源' });
  it('makes a card for the cover, the one-page edition, the data page and each chapter, each with the page’s title', () => {
    expect(cards.map((card) => [card.id, card.title])).toEqual([
      ['cover', report.headline],
      ['full', report.headline],
      ['data', '数据与来源'],
      ['one', '第一 标题'],
      ['note', '手记 标题'],
    ]);
  });
  it('marks chapters with their number or label', () => {
    expect(cards[3]!.eyebrow).toBe('01 · 从“新”出发 向“质”而行');
    expect(cards[4]!.eyebrow).toBe('记者手记 · 从“新”出发 向“质”而行');
  });
});

describe('shareCards with a record (issue 35)', () => {
  it('adds nothing when the report gives no date or publisher', () => {
    const cards = shareCards(report, chapters, { fullEdition: '全文', dataPage: '数据与来源' });
    expect(cards.map((card) => card.footer)).toEqual([
      '',
      '主题报道之一',
      '主题报道之一',
      '主题报道之一',
      '主题报道之一',
    ]);
  });
  it('dates the cards at their foot (the publisher on the cover’s), a chapter by its own date', () => {
    const dated = { ...report, published: '2024-07-20', publisher: '江津日报' };
    const withOwn = [chapters[0]!, { data: { ...chapters[1]!.data, published: '2024-07-21' } as Chapter }];
    const cards = shareCards(dated, withOwn, { fullEdition: '全文', dataPage: '数据与来源' });
    expect(cards.map((card) => card.footer)).toEqual([
      '江津日报\u30002024年7月20日',
      '主题报道之一\u30002024年7月20日',
      '主题报道之一',
      '主题报道之一\u30002024年7月20日',
      '主题报道之一\u30002024年7月21日',
    ]);
  });
});

describe('seriesCard', () => {
  it('shows the series name alone', () =>
    expect(seriesCard('主题报道')).toEqual({ id: 'series', eyebrow: '', title: '主题报道', footer: '' }));
});

describe('cardCharacters', () => {
  it('lists each character once', () => {
    expect(cardCharacters({ id: 'x', eyebrow: '新新', title: '新质', footer: '' })).toBe('新质');
  });
});
