import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { followSlugRedirects, recordSlugs, slugRedirectNotice, slugRedirects } from '../../src/report/slug-redirects';
import { redirectsFile } from '../../src/report/legacy-redirects';

const root = mkdtempSync(path.join(tmpdir(), 'slug-redirects-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folder = path.join(root, 'content/reports/r');
mkdirSync(path.join(folder, 'chapters'), { recursive: true });
const chapter = (name: string, slug: string) =>
  writeFileSync(path.join(folder, 'chapters', name), `---\norder: 1\nslug: ${slug}\n---\n\n正文。\n`);
const record = () => readFileSync(path.join(folder, 'addresses.json'), 'utf8');

describe('the record of a report’s addresses', () => {
  it('records each chapter’s slug, once, and then has no redirect', () => {
    chapter('01-a.mdx', 'a');
    chapter('02-b.mdx', 'b');
    expect(recordSlugs(root, 'r')).toBe(true);
    expect(recordSlugs(root, 'r')).toBe(false);
    expect(JSON.parse(record()).chapters).toEqual({ 'chapters/01-a.mdx': ['a'], 'chapters/02-b.mdx': ['b'] });
    expect(slugRedirects(root, 'r')).toEqual([]);
  });

  it('keeps every old address of a chapter whose slug changed, to its address now', () => {
    chapter('02-b.mdx', 'b2');
    expect(slugRedirects(root, 'r')).toEqual([
      { from: 'r/b/', to: 'r/b2/', file: 'content/reports/r/chapters/02-b.mdx' },
    ]);
    recordSlugs(root, 'r');
    chapter('02-b.mdx', 'b3');
    expect(slugRedirects(root, 'r').map(({ from, to }) => [from, to])).toEqual([
      ['r/b/', 'r/b3/'],
      ['r/b2/', 'r/b3/'],
    ]);
    expect(followSlugRedirects('r/b/', slugRedirects(root, 'r'))).toBe('r/b3/');
    expect(followSlugRedirects('r/a/', slugRedirects(root, 'r'))).toBe('r/a/');
  });

  it('makes no redirect from an address another chapter holds now', () => {
    chapter('01-a.mdx', 'b');
    expect(slugRedirects(root, 'r').map(({ from }) => from)).toEqual(['r/a/', 'r/b2/']);
    expect(slugRedirects(root, 'r')[0]!.to).toBe('r/b/');
  });

  it('is written as Prettier writes JSON, and says what it is in Chinese', () => {
    expect(record()).toMatch(/^ {4}"chapters\/02-b\.mdx": \["b", "b2"\]$/m);
    expect(JSON.parse(record()).说明).toContain('构建自动维护，不要删改');
  });

  it('says in Chinese that the old address keeps working, and writes it into _redirects', () => {
    const [redirect] = slugRedirects(root, 'r');
    expect(slugRedirectNotice(redirect!)).toBe(
      'content/reports/r/chapters/01-a.mdx 的网址改了：旧网址 /r/a/ 仍然可以打开，会自动跳转到新网址 /r/b/（构建加了一个跳转页）。本站正文里链接到旧网址的地方，最好也改成新网址。(slug changed: /r/a/ redirects to /r/b/)',
    );
    expect(redirectsFile('/sub/', [redirect!])).toContain('/sub/r/a /sub/r/b/ 301');
  });
});
