import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { blocksInParagraphs, contentPages, firstReport, reportOfPage } from '../support/dist';
import { datasets } from '../support/datasets';

const distDir = inject('distDir');
const pages = contentPages(distDir);
const byRoute = new Map(pages.map((page) => [page.route, page]));
const r = `/${firstReport}`;
const articlePages = ['/', '/industry-clusters/', '/investment/', '/innovation/', '/reporters-note/'].map((route) =>
  byRoute.get(`${r}${route}`)!,
);
const dataRoute = `${r}/data/`;
const dataDir = path.join(distDir, firstReport, 'data');

describe('charts and key figures in the chapters', () => {
  it('place every dataset exactly once, with at least six charts', () => {
    const placed = articlePages.flatMap((page) =>
      page
        .$('figure[data-dataset]')
        .map((_, f) => page.$(f).attr('data-dataset'))
        .get(),
    );
    expect([...placed].sort()).toEqual(datasets.map((dataset) => dataset.id).sort());
    const charts = articlePages.reduce((sum, page) => sum + page.$('figure chart-figure').length, 0);
    expect(charts).toBeGreaterThanOrEqual(6);
  });

  it('put no chart title or takeaway in a paragraph of running text (read from the raw HTML)', () => {
    // The check sees what a parsed tree hides: a figure written inside a paragraph.
    expect(blocksInParagraphs('<p>全区<figure data-dataset="x"></figure></p>')).toEqual(['<figure data-dataset="x">']);
    expect(blocksInParagraphs('<p>全区</p><figure><table></table></figure>')).toEqual([]);
    for (const page of articlePages) expect(blocksInParagraphs(page.html), page.route).toEqual([]);
  });

  it('give every canvas role="img" and a label that states the finding', () => {
    for (const page of articlePages) {
      page.$('chart-figure canvas').each((_, canvas) => {
        const id = page.$(canvas).closest('figure').attr('data-dataset');
        const dataset = datasets.find((candidate) => candidate.id === id)!;
        expect(page.$(canvas).attr('role')).toBe('img');
        expect(page.$(canvas).attr('aria-label')).toBe(dataset.takeaway);
      });
    }
  });
});

describe('linked numbers', () => {
  it('link every table row to a marked sentence in the text, and that sentence back to its figure', () => {
    let links = 0;
    for (const page of [...articlePages, byRoute.get(dataRoute)!]) {
      page.$('table.data-table a[href]').each((_, a) => {
        const url = new URL(page.$(a).attr('href')!, 'https://example.org' + page.route);
        const target = byRoute.get(url.pathname)!;
        const marker = target.$(`[id="${url.hash.slice(1)}"]`);
        expect(marker, `${page.route} → ${url.pathname}${url.hash}`).toHaveLength(1);
        const sentence = marker.closest('.source-sentence');
        expect(sentence).toHaveLength(1);
        const back = sentence.find('a.source-number').first().attr('href')!;
        const figure = back.startsWith('#') ? target.$(back) : byRoute.get(dataRoute)!.$(back.replace(/^.*#/, '#'));
        expect(figure, `${url.pathname}: ${back}`).toHaveLength(1);
        links++;
      });
    }
    // Each stated value has one row in its chapter and one on the data page.
    expect(links).toBe(2 * datasets.reduce((n, d) => n + d.values.length, 0));
  });

  it('highlight a sentence with the quote’s words unchanged inside it', () => {
    const page = byRoute.get(`${r}/innovation/`)!;
    const sentence = page.$('#q-nexteer-output-per-mu-nexteer').closest('.source-sentence');
    expect(sentence.text()).toBe(
      '行业亩均产值500万至600万元，该企业为8752万元；行业人均产值50万至60万元，该公司为355万元。',
    );
    expect(sentence.closest('p').parent().is('.prose-zh')).toBe(true);
  });
});

describe('the data page', () => {
  const page = byRoute.get(dataRoute)!;

  it('is titled 数据与来源 and linked from the footer of every page of its report', () => {
    expect(page.$('h1').text()).toBe('数据与来源');
    for (const other of pages.filter((candidate) => reportOfPage(candidate) === firstReport))
      expect(other.$(`footer a[href="${dataRoute}"]`).text().trim(), other.route).toBe('数据与来源');
  });

  it('shows every dataset with its table open, its quotes, notes and downloads', () => {
    for (const dataset of datasets) {
      const entry = page.$(`#dataset-${dataset.id}`);
      expect(entry, dataset.id).toHaveLength(1);
      expect(entry.find('details')).toHaveLength(0);
      for (const value of dataset.values) expect(entry.find('table').text()).toContain(value.quote);
      for (const note of dataset.notes) expect(entry.text()).toContain(note);
      expect(entry.find(`a[href="${dataRoute}${dataset.id}.csv"]`)).toHaveLength(1);
    }
  });
});

describe('downloads', () => {
  it.each(datasets.map((dataset) => dataset.id))(
    '%s: the CSV is UTF-8 with a byte-order mark and the JSON parses',
    (id) => {
      const csv = readFileSync(path.join(dataDir, `${id}.csv`));
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.toString('utf8')).toContain('key,label,kind,value');
      const json = JSON.parse(readFileSync(path.join(dataDir, `${id}.json`), 'utf8'));
      expect(json.id).toBe(id);
    },
  );

  it('datapackage.json lists a resource for every dataset, each path a file next to it', () => {
    const pkg = JSON.parse(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8'));
    expect(pkg.profile).toBe('data-package');
    expect(pkg.resources.map((resource: { name: string }) => resource.name).sort()).toEqual(
      datasets.map((dataset) => dataset.id).sort(),
    );
    for (const resource of pkg.resources) expect(existsSync(path.join(dataDir, resource.path))).toBe(true);
  });
});

describe('the JavaScript budget', () => {
  it.each(pages.map((page) => [page.route, page] as const))(
    '%s loads at most 2 KB of gzipped JavaScript before a chart is near',
    (_, page) => {
      let bytes = 0;
      page.$('script[src], link[rel="modulepreload"]').each((_, element) => {
        const src = page.$(element).attr('src') ?? page.$(element).attr('href')!;
        bytes += gzipSync(readFileSync(path.join(distDir, src))).length;
      });
      page.$('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').each((_, script) => {
        bytes += gzipSync(page.$(script).text()).length;
      });
      expect(bytes).toBeLessThanOrEqual(2048);
      if (page.$('chart-figure').length) expect(bytes).toBeGreaterThan(0);
    },
  );

  it('keeps chart.js out of the first script: it is only reached through a dynamic import', () => {
    const page = byRoute.get(`${r}/investment/`)!;
    const entry = page
      .$('script[src]')
      .map((_, script) => readFileSync(path.join(distDir, page.$(script).attr('src')!), 'utf8'))
      .get()
      .find((code) => code.includes('chart-figure'))!;
    expect(entry).toMatch(/import\(/);
    expect(entry).not.toContain('Canvas is already in use');
  });

  it('keeps the 听全文 player out of the first script, and Vite’s preload helper out of every script', () => {
    const page = byRoute.get(`${r}/investment/`)!;
    const first = page
      .$('script[src]')
      .map((_, script) => readFileSync(path.join(distDir, page.$(script).attr('src')!), 'utf8'))
      .get();
    const tools = first.find((code) => code.includes('read-aloud'))!;
    // The button's module reaches the player only through import(); the player's own code is not in it.
    expect(tools).toMatch(/import\(`\.\/read-aloud\.[\w-]+\.js`\)/);
    expect(tools).not.toContain('speechSynthesis.speak');
    expect(tools).not.toContain('SpeechSynthesisUtterance');
    // No script imports a chunk of its own before it can run (src/integrations/no-preload-helper.ts).
    for (const code of first) expect(code).not.toMatch(/^import\b|preload-helper|modulepreload/);
  });
});
