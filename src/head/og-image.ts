/**
 * Draws a page's share card (og:image): a 1200×630 PNG with the Chinese title set in Noto Serif SC.
 * The font comes from the npm registry (@expo-google-fonts/noto-serif-sc, SIL OFL) and is subset to
 * the glyphs of each card before satori lays the card out, so nothing depends on the build machine's
 * fonts. satori turns the text into SVG paths; resvg rasterises the SVG.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { palette } from '../styles/palette';
import { cardCharacters, shareCardHeight, shareCardWidth, type ShareCard } from './share-cards';

/** The light theme's colours, so the card looks like the site. */
const colours = palette.light;

const require = createRequire(import.meta.url);
const fontFiles = {
  title: '@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf',
  text: '@expo-google-fonts/noto-serif-sc/600SemiBold/NotoSerifSC_600SemiBold.ttf',
} as const;
const fontCache = new Map<string, Promise<Buffer>>();

/** Reads a whole font file once per build. */
function loadFont(specifier: string): Promise<Buffer> {
  let font = fontCache.get(specifier);
  if (!font) {
    font = readFile(require.resolve(specifier));
    fontCache.set(specifier, font);
  }
  return font;
}

/** The font reduced to the glyphs of `text` (a few kB instead of 15 MB), as TrueType for satori. */
export async function subsetFor(specifier: string, text: string): Promise<Buffer> {
  return subsetFont(await loadFont(specifier), text, { targetFormat: 'truetype' });
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The card's layout, as the element tree satori takes: each block placed absolutely, so nothing overflows. */
function layout(card: ShareCard): Node {
  const lines = card.title.split(/\s+/).filter(Boolean);
  const longest = Math.max(...lines.map((line) => [...line].length));
  // As large as fits: 1020 px of measure, the longest line's characters at one em each.
  const titleSize = Math.min(132, Math.floor(1020 / Math.max(longest, 1)));
  const left = 100;
  return h(
    'div',
    {
      width: shareCardWidth,
      height: shareCardHeight,
      display: 'flex',
      position: 'relative',
      backgroundColor: colours.paper,
      fontFamily: 'Noto Serif SC',
    },
    [
      h('div', {
        position: 'absolute',
        left: 0,
        top: 0,
        width: 24,
        height: shareCardHeight,
        backgroundColor: colours.accent,
      }),
      h(
        'div',
        {
          position: 'absolute',
          left,
          top: 56,
          right: 80,
          display: 'flex',
          fontSize: 32,
          fontWeight: 600,
          color: colours.accent,
        },
        card.eyebrow,
      ),
      h(
        'div',
        {
          position: 'absolute',
          left,
          right: 60,
          top: 120,
          height: 370,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
        },
        lines.map((line) =>
          h(
            'div',
            { display: 'flex', fontSize: titleSize, fontWeight: 900, color: colours.ink, lineHeight: 1.25 },
            line,
          ),
        ),
      ),
      h('div', { position: 'absolute', left, top: 506, width: 96, height: 8, backgroundColor: colours.accent }),
      h(
        'div',
        { position: 'absolute', left, top: 534, display: 'flex', fontSize: 28, fontWeight: 600, color: colours.muted },
        card.footer,
      ),
    ],
  );
}

/** Renders `card` to a 1200×630 PNG. */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const text = cardCharacters(card);
  const [title, body] = await Promise.all([subsetFor(fontFiles.title, text), subsetFor(fontFiles.text, text)]);
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
    width: shareCardWidth,
    height: shareCardHeight,
    fonts: [
      { name: 'Noto Serif SC', data: title, weight: 900, style: 'normal' },
      { name: 'Noto Serif SC', data: body, weight: 600, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: shareCardWidth } }).render().asPng();
}
