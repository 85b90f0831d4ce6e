/**
 * A Tailwind plugin (loaded by `@plugin` in global.css) that writes the reader's text sizes
 * (src/head/text-size.ts) as root font sizes: `data-text-size` on <html>, set before first paint by
 * the head script, scales every rem on the page. A percentage of the browser's own default, so a
 * reader's browser setting still counts.
 */
import plugin from 'tailwindcss/plugin';
import { textSizeChoices, textSizeScale } from '../head/text-size';

/** The rules the plugin adds, as Tailwind's CSS-in-JS objects. On screen only: paper keeps its 10.5 pt (print.css). */
export const textSizeRules = {
  '@media screen': Object.fromEntries(
    textSizeChoices
      .filter((choice) => choice !== 'standard')
      .map((choice) => [`:root[data-text-size='${choice}']`, { 'font-size': `${textSizeScale[choice] * 100}%` }]),
  ),
};

export default plugin(({ addBase }) => addBase(textSizeRules));
