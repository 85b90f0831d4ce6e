/**
 * The QR codes in the built HTML (src/head/qr-code.ts, src/components/qr/): every page with an address
 * carries one code of its canonical URL, defined once and drawn by the share control and, on the
 * chapters, the reporter's note and /full/, by the printed figure. The code is drawn from the page's
 * own HTML with sharp and read with zbarimg, so what is checked is what a phone reads. Without SITE_URL
 * there is no code at all.
 */
import { expectedHant, isHantPage } from '../support/hant';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { contentPages, firstReport, type BuiltPage } from '../support/dist';
import { decodeQr } from '../support/qr';

const r = `/${firstReport}`;
/** The pages that print a code: every chapter (the reporter's note among them) and the one-page edition. */
const printedRoutes = ['/industry-clusters/', '/investment/', '/innovation/', '/reporters-note/', '/full/'].map(
  (route) => `${r}${route}`,
);
/** Interface words as the page's edition writes them (docs/zh-hant.md). */
const words = (page: BuiltPage, text: string) => (isHantPage(page) ? expectedHant(text) : text);
/** Pages without a code: the 404 page (served at any wrong address) and the charts' embed pages, in either edition. */
const withoutCode = (page: BuiltPage) => /^\/(zh-hant\/)?(404\.html$|embed\/)/.test(page.route);

/** The page's QR symbol, drawn alone as a 400 px PNG. */
async function drawSymbol(page: BuiltPage): Promise<Buffer> {
  const symbol = page.$('symbol#page-qr-code');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${symbol.attr('viewBox')}" width="400" height="400" shape-rendering="crispEdges">${symbol.html()}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe.each([
  { name: 'at the root', dist: inject('distDir'), base: '/' },
  { name: 'under BASE_PATH=/sub/', dist: inject('subDistDir'), base: '/sub/' },
])('the QR codes of a build $name', ({ dist, base }) => {
  const pages = contentPages(dist);
  const coded = pages.filter((page) => !withoutCode(page));
  const cases = coded.map((page) => [page.route, page] as const);

  it('covers the series page, the cover, the data page, every chapter and /full/', () => {
    const routes = coded.map((page) => page.route);
    expect(routes).toEqual(expect.arrayContaining(['/', `${r}/`, `${r}/data/`, ...printedRoutes]));
  });

  it.each(cases)('%s: one code, of its canonical address, which zbarimg reads', async (route, page) => {
    const address = `https://example.org${base}${route.slice(1)}`;
    expect(page.$('link[rel="canonical"]').attr('href')).toBe(address);
    expect(page.$('symbol#page-qr-code')).toHaveLength(1);
    expect(decodeQr(await drawSymbol(page))).toEqual([address]);
  });

  it.each(cases)('%s: the symbol is one path of dark modules on a light square, after the page', (_, page) => {
    const symbol = page.$('symbol#page-qr-code');
    const paths = symbol.find('path');
    expect(paths).toHaveLength(2);
    expect(paths.eq(0).attr('fill')).toBeTruthy();
    expect(paths.eq(1).attr('stroke')).toBeTruthy();
    // One path, not a rect per module: a page address fits in well under 2 KB (a 繁體 address, 8
    // characters longer, may take the next QR version: 2.5 KB).
    expect(paths.eq(1).attr('d')!.length).toBeLessThan(isHantPage(page) ? 2500 : 2000);
    // Defined at the end of the body, after the first screen; hidden from assistive technology.
    expect(page.$('body > svg:last-child symbol#page-qr-code')).toHaveLength(1);
    expect(symbol.parent().attr('aria-hidden')).toBe('true');
  });

  it.each(cases)('%s: the share control offers the code, named 二维码, in a closed popover', (route, page) => {
    const address = `https://example.org${base}${route.slice(1)}`;
    const button = page.$('.qr-share button[popovertarget]').first();
    expect(button.text()).toContain(words(page, '二维码'));
    const panel = page.$(`#${button.attr('popovertarget')}`);
    expect(panel.attr('popover')).toBe('');
    const image = panel.find('svg[role="img"]');
    expect(image.attr('aria-label')).toContain(address);
    expect(image.find('use').attr('href')).toBe('#page-qr-code');
  });

  it.each(cases)('%s: prints the code only on the chapters, the reporter’s note and /full/', (route, page) => {
    const printed = page.$('[data-print-qr-code]');
    expect(printed).toHaveLength(printedRoutes.includes(route.replace(/^\/zh-hant/, '')) ? 1 : 0);
    if (!printed.length) return;
    expect(printed.text()).toContain(words(page, '扫码阅读网络版，查看交互图表'));
    expect(printed.find('use').attr('href')).toBe('#page-qr-code');
  });

  it('puts no code on the 404 page or on a chart’s embed page', () => {
    const others = pages.filter(withoutCode);
    expect(others.length).toBeGreaterThan(3);
    for (const page of others) expect(page.html, page.route).not.toMatch(/page-qr-code|qr-share|data-print-qr-code/);
  });
});

describe('a build without SITE_URL', () => {
  const pages = contentPages(inject('plainDistDir'));
  it.each(pages.map((page) => [page.route, page] as const))(
    '%s has no QR code, and no localhost address',
    (_, page) => {
      expect(page.html).not.toMatch(/page-qr-code|qr-share|data-print-qr-code|<symbol/);
      expect(page.html).not.toMatch(/localhost|127\.0\.0\.1/);
    },
  );
});
