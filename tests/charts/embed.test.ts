/** The 嵌入 code (src/charts/embed.ts): an iframe and the resize script with its integrity hash, escaped, with no inline style. */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import { embedHeightMessage, embedSnippet, embedStartHeight } from '../../src/charts/embed';

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    src: 'https://example.org/embed/a/',
    script: 'https://example.org/embed/resize.0123456789ab.js',
    integrity: 'sha384-abc+/=',
    title: '标题 "引号" <b>',
    height: 512.4,
  });
  const $ = cheerio.load(snippet);

  it('is an iframe of the embed page, full width, with the title as its name, and the async resize script checked by its hash', () => {
    const iframe = $('iframe');
    expect(iframe.attr('src')).toBe('https://example.org/embed/a/');
    expect(iframe.attr('title')).toBe('标题 "引号" <b>');
    expect(iframe.attr('width')).toBe('100%');
    expect(iframe.attr('height')).toBe('512');
    expect(iframe.attr('data-xin-zhi-embed')).toBe('');
    expect($('script').attr('src')).toBe('https://example.org/embed/resize.0123456789ab.js');
    expect($('script').is('[async]')).toBe(true);
    expect($('script').attr('integrity')).toBe('sha384-abc+/=');
    // A browser checks another site's script against its hash only when it fetches it in CORS mode.
    expect($('script').attr('crossorigin')).toBe('anonymous');
  });

  it('escapes the title and carries no style attribute (a host’s CSP may forbid them)', () => {
    expect(snippet).not.toContain('<b>');
    expect(snippet).not.toMatch(/style=/);
  });

  it('starts taller than the chart, for its caption and notes', () => {
    expect(embedStartHeight(300)).toBeGreaterThan(300);
  });
});

describe('the height message', () => {
  it('is the same string in the embed page’s script and in the host’s resize script', () => {
    const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    expect(read('src/client/embed-height.ts')).toContain(`const embedHeightMessage = '${embedHeightMessage}';`);
    expect(read('src/client/embed-resize.js')).toContain(`data.type !== '${embedHeightMessage}'`);
  });
});
