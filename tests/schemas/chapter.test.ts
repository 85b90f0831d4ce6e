import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/schemas/chapter';
import { formatIssues, zodOptions } from '../../src/errors';

const section = {
  order: 1,
  kind: 'section',
  slug: 'industry-clusters',
  title: '构建现代产业集群 打造增长“新引擎”',
  standfirst: '“拥抱”新质生产力，需要开辟产业新赛道。',
};
const note = {
  order: 4,
  kind: 'note',
  slug: 'reporters-note',
  label: '记者手记',
  title: '涵养好生态 培育好企业',
};

/** The `file: 字段 field：message` lines an editor would see for `data` (in Chinese). */
function errorsFor(data: unknown): string {
  const result = chapterSchema.safeParse(data, zodOptions);
  if (result.success) return '';
  return formatIssues('content/chapters/x.mdx', result.error);
}

describe('chapterSchema', () => {
  it('accepts a section with its standfirst', () => {
    expect(chapterSchema.parse(section)).toEqual(section);
  });

  it('accepts a reporter’s note without a standfirst', () => {
    expect(chapterSchema.parse(note)).toEqual(note);
  });

  it('rejects a section without a standfirst, naming the field', () => {
    const { standfirst: _, ...withoutStandfirst } = section;
    expect(errorsFor(withoutStandfirst)).toMatch(/^content\/chapters\/x\.mdx: 字段 standfirst：/);
  });

  it('rejects an order that is not a positive whole number', () => {
    expect(errorsFor({ ...section, order: '1' })).toBe(
      'content/chapters/x.mdx: 字段 order：应为数字，写的是 "1"（文字）',
    );
    expect(errorsFor({ ...section, order: 0 })).toMatch(/字段 order：应大于 0/);
    expect(errorsFor({ ...section, order: 1.5 })).toMatch(/字段 order：应为整数/);
  });

  it('rejects a slug that is not lowercase ASCII', () => {
    expect(errorsFor({ ...section, slug: '产业集群' })).toMatch(/字段 slug：只能用小写英文字母、数字和单个连字符/);
    expect(errorsFor({ ...section, slug: 'Industry_Clusters' })).toMatch(/字段 slug：/);
  });

  it('rejects an unknown kind, listing the kinds it expected', () => {
    expect(errorsFor({ ...section, kind: 'chapter' })).toMatch(
      /字段 kind：只能是 "section"、"note" 之一.*写的是 "chapter"/,
    );
  });

  it('rejects an unknown field, so a typo does not pass silently', () => {
    expect(errorsFor({ ...section, standfist: 'x' })).toMatch(/字段 standfist：网站不认识这个字段/);
  });

  it('rejects an empty title', () => {
    expect(errorsFor({ ...section, title: '  ' })).toBe('content/chapters/x.mdx: 字段 title：不能为空');
  });
});
