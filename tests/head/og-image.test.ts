import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { isEditorError } from '../../src/errors';
import { describe, expect, it } from 'vitest';
import {
  fitTitle,
  missingGlyphs,
  renderShareCard,
  titleBox,
  titleSizes,
  type FittedTitle,
} from '../../src/head/og-image';
import { shareCardHeight, shareCardWidth } from '../../src/head/share-cards';
import { readFontMetrics } from '../../src/head/font-metrics';
import { pngSize } from '../support/png';
import { lineBreaks } from '../../src/typesetting/line-breaks';

const require = createRequire(import.meta.url);
const font = '@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf';

describe('renderShareCard', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await renderShareCard({
      id: 't',
      eyebrow: '01 · 从“新”出发',
      title: '构建现代产业集群 打造增长“新引擎”',
      footer: '',
    });
    expect(pngSize(png)).toEqual({ width: shareCardWidth, height: shareCardHeight });
  });

  it('draws the title: a different title gives a different picture', async () => {
    const card = { id: 't', eyebrow: '记者手记', footer: '' };
    const a = await renderShareCard({ ...card, title: '涵养好生态 培育好企业' });
    const b = await renderShareCard({ ...card, title: '从“新”出发 向“质”而行' });
    expect(a.equals(b)).toBe(false);
  });
});

describe('fitting any title', () => {
  const metrics = readFontMetrics(readFileSync(require.resolve(font)));
  const width = (text: string, size: number) =>
    [...text].reduce((sum, char) => sum + metrics.advance(char.codePointAt(0)!), 0) * size;
  const expectFits = (fitted: FittedTitle) => {
    expect(fitted.size).toBeGreaterThanOrEqual(titleSizes.min);
    expect(fitted.size).toBeLessThanOrEqual(titleSizes.max);
    expect(fitted.lines.length * fitted.size * titleBox.lineHeight).toBeLessThanOrEqual(titleBox.height);
    for (const line of fitted.lines) expect(width(line, fitted.size), line).toBeLessThanOrEqual(titleBox.width);
  };

  it('keeps a two-part title large, one part a line', () => {
    const fitted = fitTitle('从“新”出发 向“质”而行', metrics);
    expect(fitted).toMatchObject({ size: titleSizes.max, lines: ['从“新”出发', '向“质”而行'], truncated: false });
  });

  it('shrinks a three-part title so its three lines fit the box', () => {
    const fitted = fitTitle('构建现代产业集群 打造增长“新引擎” 培育新质生产力', metrics);
    expect(fitted.lines).toEqual(['构建现代产业集群', '打造增长“新引擎”', '培育新质生产力']);
    expect(fitted.size).toBeLessThan(titleSizes.max);
    expectFits(fitted);
  });

  it('wraps a long part without starting a line with closing punctuation', () => {
    const fitted = fitTitle('全区签约工业项目五十九个协议投资额三百九十八亿元，同比增长百分之十二。', metrics);
    expectFits(fitted);
    for (const line of fitted.lines.slice(1)) expect(line).not.toMatch(/^[，。”]/);
    expect(fitted.lines.join('')).toBe('全区签约工业项目五十九个协议投资额三百九十八亿元，同比增长百分之十二。');
  });

  it('breaks a long title between words only, in either script (二十屆三 | 中全會 never)', () => {
    for (const title of ['贯彻落实党的二十届三中全会精神主题报道', '貫徹落實黨的二十屆三中全會精神主題報道']) {
      const fitted = fitTitle(title, metrics);
      expectFits(fitted);
      expect(fitted.lines.length, title).toBeGreaterThan(1);
      expect(fitted.lines.join('')).toBe(title);
      const allowed = lineBreaks(title);
      let at = 0;
      for (const line of fitted.lines.slice(0, -1)) {
        at += line.length;
        expect(allowed, `${title}: ${fitted.lines.join(' | ')}`).toContain(at);
      }
    }
  });

  it('sets a 300-character title at the smallest size, cut with "…", never smaller', () => {
    const fitted = fitTitle('新质生产力'.repeat(60), metrics);
    expect(fitted).toMatchObject({ size: titleSizes.min, truncated: true });
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    expectFits(fitted);
  });

  it('fills lines word by word for a title of many short words', () => {
    const fitted = fitTitle('New quality productive forces in a small Chongqing district', metrics);
    expectFits(fitted);
    expect(fitted.lines.length).toBeLessThan(9);
  });

  it('draws nothing outside the title box, whatever the title', async () => {
    for (const title of ['构建现代产业集群 打造增长“新引擎” 培育新质生产力', '新质生产力'.repeat(60)]) {
      const png = await renderShareCard({ id: 't', eyebrow: '01 · 标题', title, footer: '' });
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      const dark = (x: number, y: number) => {
        const at = (y * info.width + x) * info.channels;
        return data[at]! + data[at + 1]! + data[at + 2]! < 3 * 160;
      };
      let inBox = 0;
      for (let y = 120; y < 490; y++) for (let x = 100; x < 1140; x++) if (dark(x, y)) inBox++;
      expect(inBox, title).toBeGreaterThan(1000);
      // Between the title box and the rule, and right of the box: paper only.
      for (let y = 491; y < 506; y++) for (let x = 24; x < 1200; x++) expect(dark(x, y), `${x},${y}`).toBe(false);
      for (let y = 100; y < 506; y++) for (let x = 1141; x < 1200; x++) expect(dark(x, y), `${x},${y}`).toBe(false);
    }
  });
});

describe('characters the font cannot draw', () => {
  it('fail the card as an editor’s problem: the card, the title and each character, in Chinese, no stack trace', async () => {
    for (const [title, char] of [
      ['新质生产力 😀', 'U+1F600'],
      ['新质生产力 𪚥', 'U+2A6A5'],
    ] as const) {
      const error = await renderShareCard({ id: 'investment', eyebrow: '01', title, footer: '' }).catch((e) => e);
      expect(isEditorError(error)).toBe(true);
      expect(error.stack).toBe('');
      expect(error.message).toMatch(
        new RegExp(
          `^✗ 分享图 og/investment\\.png\\n  问题：标题“${title}”或“01”里有字体 Noto Serif SC 没有的字：.*${char.replace('+', '\\+')}.*，分享图上会缺字$`,
        ),
      );
    }
  });

  it('are found in the eyebrow and footer too', () => {
    const metrics = readFontMetrics(readFileSync(require.resolve(font)));
    expect(missingGlyphs({ id: 'x', eyebrow: '★🚀', title: '新', footer: '©™' }, [metrics])).toEqual(['🚀']);
  });
});
