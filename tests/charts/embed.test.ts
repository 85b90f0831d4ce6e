/**
 * The 嵌入 code (src/charts/embed.ts): an iframe and the resize script, inline, escaped, with no inline style; the
 * height it starts at; and the script as the snippets of issue 28 still load it.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import {
  compactScript,
  embedHeightMessage,
  embedSnippet,
  embedStartHeight,
  resizeScriptInline,
  type EmbedPageText,
} from '../../src/charts/embed';
import { resizeScriptName, resizeScriptSource } from '../../src/report/embed-script';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('embedSnippet', () => {
  const snippet = embedSnippet({ src: 'https://example.org/embed/a/', title: '标题 "引号" <b>', height: 512.4 });
  const $ = cheerio.load(snippet);

  it('is an iframe of the embed page, full width, with the title as its name', () => {
    const iframe = $('iframe');
    expect(iframe.attr('src')).toBe('https://example.org/embed/a/');
    expect(iframe.attr('title')).toBe('标题 "引号" <b>');
    expect(iframe.attr('width')).toBe('100%');
    expect(iframe.attr('height')).toBe('512');
    expect(iframe.attr('data-xin-zhi-embed')).toBe('');
  });

  // Issue 34: loaded from the site with an integrity hash, the script ran only where the site sent a CORS header.
  it('carries the resize script inline: nothing to fetch, so no host’s headers can block it', () => {
    const script = $('script');
    expect(script.length).toBe(1);
    expect(script.attr('src')).toBeUndefined();
    expect(script.html()).toBe(resizeScriptInline);
  });

  it('escapes the title and carries no style attribute (a host’s CSP may forbid them)', () => {
    expect(snippet).not.toContain('<b>');
    expect(snippet).not.toMatch(/style=/);
  });
});

describe('resizeScriptInline', () => {
  it('is src/client/embed-resize.js without its comments and line breaks, on one line', () => {
    expect(resizeScriptInline).toBe(compactScript(read('src/client/embed-resize.js')));
    expect(resizeScriptInline).not.toMatch(/\n|\/\*|<\/script/i);
    expect(resizeScriptInline.length).toBeLessThan(800);
  });

  /** Runs `script` in a window with one embed frame; returns the frame's style after a message from `origin`. */
  function run(script: string, origin: string, source: 'frame' | 'other') {
    const listeners: ((event: unknown) => void)[] = [];
    const frameWindow = {};
    const frame = {
      src: 'https://example.org/embed/a/',
      contentWindow: frameWindow,
      style: {} as Record<string, string>,
    };
    const window: Record<string, unknown> = {
      addEventListener: (_: string, listener: (event: unknown) => void) => listeners.push(listener),
      location: { href: 'https://host.example/page' },
      document: { querySelectorAll: () => [frame] },
      URL,
    };
    window.window = window;
    runInNewContext(script, window);
    runInNewContext(script, window);
    const event = {
      data: { type: embedHeightMessage, height: 640.2 },
      origin,
      source: source === 'frame' ? frameWindow : {},
    };
    for (const listener of listeners) listener(event);
    return { style: frame.style, listeners: listeners.length };
  }

  it('does what the file does: the frame’s own page, of its own origin, sets its height, once however often pasted', () => {
    for (const script of [resizeScriptInline, resizeScriptSource]) {
      expect(run(script, 'https://example.org', 'frame')).toEqual({
        style: { border: '0', height: '641px' },
        listeners: 1,
      });
      expect(run(script, 'https://other.example', 'frame').style).toEqual({});
      expect(run(script, 'https://example.org', 'other').style).toEqual({});
    }
  });
});

describe('the script the snippets of issue 28 load', () => {
  // Those snippets load embed/resize.<hash>.js with this file's integrity hash: new bytes would break every one.
  it('keeps its bytes, so its hashed name and its integrity hash stay those pasted', () => {
    expect(resizeScriptName).toBe('resize.5becf939dfe0');
  });
});

describe('embedStartHeight', () => {
  const text: EmbedPageText = {
    title: '今年以来的创新培育与认定',
    takeaway:
      '今年以来，新培育创新型中小企业65家、专精特新企业96户，新增市级技术创新示范企业2家、市级工业设计中心2家、市级企业技术中心8家。',
    source: '来源 报道《从“新”出发 向“质”而行》·数智赋能聚势创新 释放产业“新动能” | 时期 今年以来',
    notesLabel: '注',
    notes: ['一'.repeat(30), '二'.repeat(50)],
    notice: '本页由简体中文原文自动转换为繁体，内容以简体原文为准。',
  };

  it('starts taller than the chart by its caption, source, notes, switch and 繁體 notice', () => {
    expect(embedStartHeight(308, text)).toBeGreaterThan(308 + 300);
  });

  it('grows with each line of notes, and with the chart', () => {
    const more = { ...text, notes: [...text.notes, '三'.repeat(24 * 3)] };
    expect(embedStartHeight(308, more) - embedStartHeight(308, text)).toBeGreaterThanOrEqual(3 * 22);
    expect(embedStartHeight(360, text) - embedStartHeight(308, text)).toBe(52);
  });
});

describe('the height message', () => {
  it('is the same string in the embed page’s script and in the host’s resize script', () => {
    expect(read('src/client/embed-height.ts')).toContain(`const embedHeightMessage = '${embedHeightMessage}';`);
    expect(read('src/client/embed-resize.js')).toContain(`data.type !== '${embedHeightMessage}'`);
  });
});
