import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/integrations/internal-links';

const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;

describe('findBrokenLinks', () => {
  const site = [
    {
      file: 'index.html',
      html: page('<a href="/a/">a</a><a href="a/#top">top</a><a href="#here">here</a><p id="here"></p>'),
    },
    {
      file: 'a/index.html',
      html: page('<h1 id="top">A</h1><a href="../">home</a><link rel="icon" href="/favicon.svg">'),
    },
  ];

  it('accepts links to built pages, anchors on them and files of the output', () => {
    expect(findBrokenLinks(site, '/', undefined, ['favicon.svg'])).toEqual([]);
  });

  it('reports a link to a page that was not built, naming the file and the href', () => {
    const broken = findBrokenLinks(
      [...site, { file: 'b.html', html: page('<a href="/nope/">x</a>') }],
      '/',
      undefined,
      ['favicon.svg'],
    );
    expect(broken).toEqual([{ file: 'b.html', href: '/nope/', problem: expect.stringContaining('/nope/') }]);
  });

  it('reports an anchor that is not on its target page', () => {
    const broken = findBrokenLinks([{ file: 'index.html', html: page('<a href="#missing">x</a>') }], '/');
    expect(broken).toEqual([{ file: 'index.html', href: '#missing', problem: expect.stringContaining('"missing"') }]);
  });

  it('reports a missing file such as an icon or a download', () => {
    const broken = findBrokenLinks(site, '/');
    expect(broken.map((link) => link.href)).toEqual(['/favicon.svg']);
  });

  it('reports a root link outside the base path, and resolves links inside it', () => {
    const sub = [
      { file: 'index.html', html: page('<a href="/sub/a/">ok</a><a href="/a/">outside</a>') },
      { file: 'a/index.html', html: page('') },
    ];
    expect(findBrokenLinks(sub, '/sub/').map((link) => [link.href, link.problem])).toEqual([
      ['/a/', expect.stringContaining('outside')],
    ]);
  });

  it('treats absolute links on the site origin as internal and leaves other origins alone', () => {
    const html = page('<a href="https://example.org/gone/">x</a><a href="https://other.example/gone/">y</a>');
    expect(findBrokenLinks([{ file: 'index.html', html }], '/', 'https://example.org').map((l) => l.href)).toEqual([
      'https://example.org/gone/',
    ]);
  });

  it('understands a base path in Chinese, as the browser %-encodes it', () => {
    const built = [
      { file: 'index.html', html: page('<a href="/中文/a/#top">a</a><a href="/%E4%B8%AD%E6%96%87/a/">a</a>') },
      { file: 'a/index.html', html: page('<h1 id="top">A</h1>') },
    ];
    expect(findBrokenLinks(built, '/中文/')).toEqual([]);
    expect(
      findBrokenLinks([...built, { file: 'b.html', html: page('<a href="/中文/nope/">x</a>') }], '/中文/'),
    ).toEqual([{ file: 'b.html', href: '/中文/nope/', problem: expect.stringContaining('leads nowhere') }]);
  });
});
