// What each part of a built page's HTML costs, gzipped: the page with that part removed, against the whole.
// Used by scripts/bench.mjs (the /full/ section of bench/REPORT.md) and runnable alone:
//   node scripts/html-costs.mjs dist/full/index.html
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

const gz = (text) => gzipSync(text).length;

/** The parts measured, each a CSS selector of elements to drop, or a function editing the document. */
export const parts = [
  ['head (meta, JSON-LD, CSP, links)', ($) => $('head').empty()],
  ['site header, progress bar, table of contents', 'body > header, [data-progress], nav#toc, .toc'],
  ['photos (figure + caption)', 'figure:not(.data-figure)'],
  ['charts: data tables (查看数据)', '.data-figure .data-toggle, .data-figure .data-table-wrap'],
  ['charts: source, notes, downloads', '.data-figure .data-meta'],
  ['charts: data link (查看数据 → data page)', '.data-figure .data-link'],
  ['charts: canvas + chart JSON', 'chart-figure'],
  ['key-figure cards', '.key-figures'],
  ['charts: title, takeaway, description', '.data-figure figcaption, .data-figure > .sr-only'],
  [
    'linked-number markup in the text',
    ($) => {
      $('.source-anchor').remove();
      $('.source-sentence').each((_, el) => {
        const node = $(el);
        node.find('a').each((_, a) => {
          $(a).replaceWith($(a).html() ?? '');
        });
        node.replaceWith(node.html() ?? '');
      });
    },
  ],
];

/** Gzipped bytes of the whole page and what each part adds (the page without it, subtracted). */
export function htmlCosts(html) {
  const total = gz(html);
  const rows = parts.map(([name, remove]) => {
    const $ = cheerio.load(html);
    if (typeof remove === 'string') $(remove).remove();
    else remove($);
    const without = $.html();
    return { name, gz: total - gz(without), raw: html.length - without.length };
  });
  return { total, raw: Buffer.byteLength(html), rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'dist/full/index.html';
  const { total, raw, rows } = htmlCosts(readFileSync(file, 'utf8'));
  console.log(`${file}: ${raw} B, ${total} B gzipped`);
  for (const row of rows)
    console.log(`${String(row.gz).padStart(7)} B gz  ${String(row.raw).padStart(7)} B  ${row.name}`);
}
