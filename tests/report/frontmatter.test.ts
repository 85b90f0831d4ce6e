import { describe, expect, it } from 'vitest';
import { frontmatterText, readFrontmatter } from '../../src/report/frontmatter';

describe('readFrontmatter', () => {
  it('reads the fields with a YAML parser, not line by line', () => {
    const source = '---\ntitle: "从“新”出发: 一"\norder: 2\ndraft: true\ntags:\n  - a\n---\n\n正文';
    expect(readFrontmatter(source)).toEqual({
      data: { title: '从“新”出发: 一', order: 2, draft: true, tags: ['a'] },
      content: '正文',
    });
  });

  it('reads a file saved with a byte-order mark and Windows line endings the same way', () => {
    const source = '\uFEFF---\r\norder: 2\r\ndraft: true\r\n---\r\n\r\n正文';
    expect(readFrontmatter(source)).toEqual({ data: { order: 2, draft: true }, content: '正文' });
  });

  it('reads a file without frontmatter, or with frontmatter that does not parse, as having none', () => {
    expect(readFrontmatter('正文')).toEqual({ data: {}, content: '正文' });
    expect(readFrontmatter('---\ntitle: [unclosed\n---\n正文').data).toEqual({});
  });
});

describe('frontmatterText', () => {
  it('gives a field as text, and undefined for a missing one', () => {
    expect(frontmatterText('---\norder: 3\n---\n', 'order')).toBe('3');
    expect(frontmatterText('---\norder: 3\n---\n', 'slug')).toBeUndefined();
  });
});
