import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schemas/report';
import { photoSchema } from '../../src/schemas/photo';

const report = {
  headline: '从“新”出发 向“质”而行',
  kicker: '贯彻落实党的二十届三中全会精神主题报道之一',
  number: 1,
  leadPhoto: { caption: '重庆枢纽港产业园(江津片区)蓬勃发展' },
  description: '“新质生产力”是一道新时代新征程上的重要命题，也是一道推动高质量发展的关键考卷。',
};

describe('reportSchema', () => {
  it('accepts the report’s frontmatter, published unless it says draft', () => {
    expect(reportSchema.parse(report)).toEqual({ ...report, draft: false });
    expect(reportSchema.parse({ ...report, draft: true }).draft).toBe(true);
  });

  it('keeps the series name out of the report (content/site.json names it once)', () => {
    expect(reportSchema.safeParse({ ...report, series: { name: '系列' } }).success).toBe(false);
  });

  it('requires the headline and the kicker', () => {
    const { headline: _, ...noHeadline } = report;
    expect(reportSchema.safeParse(noHeadline).error?.issues[0]?.path).toEqual(['headline']);
    expect(reportSchema.safeParse({ ...report, kicker: '' }).error?.issues[0]?.path).toEqual(['kicker']);
  });

  it('rejects a series number that is not a positive whole number', () => {
    const result = reportSchema.safeParse({ ...report, number: 0 });
    expect(result.error?.issues[0]?.path).toEqual(['number']);
  });

  it('requires a lead-photo caption', () => {
    const result = reportSchema.safeParse({ ...report, leadPhoto: {} });
    expect(result.error?.issues[0]?.path).toEqual(['leadPhoto', 'caption']);
  });
});

describe('photoSchema', () => {
  it('accepts a caption alone (no photograph available)', () => {
    expect(photoSchema.parse({ caption: '耐世特生产车间' })).toEqual({ caption: '耐世特生产车间' });
  });

  it('accepts a photograph with alt text and credit', () => {
    const photo = { caption: '耐世特生产车间', image: 'photos/nexteer.jpg', alt: '车间', credit: '摄' };
    expect(photoSchema.parse(photo)).toEqual(photo);
  });

  it('rejects an unknown field', () => {
    expect(photoSchema.safeParse({ caption: 'x', src: 'a.jpg' }).success).toBe(false);
  });
});
