/**
 * A Tailwind plugin (loaded by `@plugin` in global.css) that writes the palette as custom
 * properties: `--palette-<name>` for the site colours (global.css's @theme maps them to Tailwind's
 * `--color-*` tokens) and `--chart-<name>` for chart marks. Light by default; dark when the system
 * asks for it unless the reader chose light, and whenever the reader chose dark; light in print.
 */
import plugin from 'tailwindcss/plugin';
import { palette, type Palette } from './palette';

/** The custom property each palette entry is written to. */
export const paletteProperty = (name: keyof Palette): string =>
  name.startsWith('chart-') ? `--${name}` : `--palette-${name}`;

function properties(colours: Palette): Record<string, string> {
  return Object.fromEntries(
    Object.entries(colours).map(([name, value]) => [paletteProperty(name as keyof Palette), value]),
  );
}

/** The rules the plugin adds, as Tailwind's CSS-in-JS objects. */
export const paletteRules = {
  ':root': properties(palette.light),
  '@media (prefers-color-scheme: dark)': { ":root:not([data-theme='light'])": properties(palette.dark) },
  ":root[data-theme='dark']": properties(palette.dark),
  // Paper is white: print in the light palette whatever the reader's theme on screen (src/styles/print.css).
  '@media print': { ":root:root:not([data-theme='light']), :root:root[data-theme='dark']": properties(palette.light) },
};

export default plugin(({ addBase }) => addBase(paletteRules));
