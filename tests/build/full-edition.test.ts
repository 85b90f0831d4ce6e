/**
 * The one-page edition /full/ keeps each chart and key-figure group but not its table, quotes, source
 * line and downloads: one 查看数据 link to the figure's table on the data page instead (issue 13),
 * and the data page carries every table in full.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPages } from '../support/dist';

const distDir = inject('distDir');
const pages = readPages(distDir);
const byRoute = new Map(pages.map((page) => [page.route, page]));
/** Report 1: its cover and chapters against its one-page edition and data page. */
const report = '/cong-xin-chu-fa/';
const full = byRoute.get(`${report}full/`)!;
const dataPage = byRoute.get(`${report}data/`)!;
const chapters = pages.filter(
  (page) => page.route.startsWith(report) && ![`${report}full/`, `${report}data/`].includes(page.route),
);

const figureIds = (page: (typeof pages)[number]) =>
  page
    .$('main .data-figure')
    .map((_, figure) => page.$(figure).attr('id'))
    .get();

describe('the one-page edition /full/', () => {
  it('shows every chart and key-figure group the chapter pages show, in their order', () => {
    const onChapters = chapters.flatMap(figureIds);
    expect(onChapters.length).toBeGreaterThan(10);
    expect(new Set(figureIds(full))).toEqual(new Set(onChapters));
    expect(full.$('main chart-figure canvas').length).toBe(
      chapters.reduce((n, page) => n + page.$('main chart-figure canvas').length, 0),
    );
  });

  it('carries no data table, no 查看数据 toggle and no downloads: the data page has them', () => {
    expect(full.$('main table').length).toBe(0);
    expect(full.$('main details.data-toggle').length).toBe(0);
    expect(full.$('main a[download]').length).toBe(0);
    // The chapter pages still have them behind 查看数据.
    expect(byRoute.get(`${report}investment/`)!.$('main details.data-toggle table').length).toBeGreaterThan(0);
  });

  it('links each figure to its table on the data page, which carries the table and the quotes', () => {
    full.$('main .data-figure').each((_, figure) => {
      const id = full.$(figure).attr('id')!;
      const links = full.$(figure).find(`a[href^="${report}data/#"]`);
      expect(links.length, id).toBe(1);
      expect(links.text().trim()).toBe('查看数据');
      expect(links.attr('href')).toBe(`${report}data/#${id}`);
      // Named by the figure's title for screen readers (several links read 查看数据).
      expect(
        full
          .$(`#${links.attr('aria-describedby')}`)
          .text()
          .trim(),
      ).toBe(full.$(figure).find('.data-figure__title').text().trim());
      const target = dataPage.$(`#${id}`);
      expect(target.length, id).toBe(1);
      expect(target.find('table tbody tr').length, id).toBeGreaterThan(0);
      expect(target.find('table td a').length, id).toBeGreaterThan(0);
    });
  });

  it('keeps each figure’s notes next to it', () => {
    const withNotes = (page: (typeof pages)[number]) =>
      page
        .$('main .data-figure .data-meta ol li')
        .map((_, li) => page.$(li).text().trim())
        .get();
    expect(withNotes(full).sort()).toEqual(chapters.flatMap(withNotes).sort());
    expect(withNotes(full).length).toBeGreaterThan(0);
  });

  it('fetches each chart’s input from /data/<id>.chart.json: the same JSON a chapter page carries inline', () => {
    const figures = full.$('main chart-figure');
    expect(figures.length).toBeGreaterThan(0);
    figures.each((_, figure) => {
      const href = full.$(figure).attr('data-input')!;
      const id = full.$(figure).closest('.data-figure').attr('data-dataset')!;
      expect(href).toBe(`${report}data/${id}.chart.json`);
      expect(full.$(figure).find('script').length).toBe(0);
      const chapter = chapters.find((page) => page.$(`chart-figure`).closest(`[data-dataset="${id}"]`).length)!;
      const inline = chapter.$(`[data-dataset="${id}"] chart-figure script[type="application/json"]`).text();
      expect(JSON.parse(inline).dataset.id).toBe(id);
      expect(readFileSync(path.join(distDir, href), 'utf8')).toBe(inline);
    });
  });
});
