import { describe, expect, it } from 'vitest';
import { renderShareCard, subsetFor } from '../../src/head/og-image';
import { shareCardHeight, shareCardWidth } from '../../src/head/share-cards';
import { pngSize } from '../support/png';

const font = '@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf';

describe('subsetFor', () => {
  it('keeps only the glyphs a card needs, a small fraction of the 15 MB font', async () => {
    const subset = await subsetFor(font, '从“新”出发');
    expect(subset.byteLength).toBeGreaterThan(1000);
    expect(subset.byteLength).toBeLessThan(60_000);
    // A TrueType file starts with the sfnt version 0x00010000.
    expect(subset.readUInt32BE(0)).toBe(0x00010000);
  });
});

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
