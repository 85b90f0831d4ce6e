/**
 * SITE_URL and BASE_PATH reach the site's code through one channel (src/report/deploy.ts), which no
 * other environment variable can change: the build without SITE_URL runs with a stray SITE and
 * BASE_URL in its environment (tests/support/site-builds.ts), as a CI machine may have. Astro copies
 * every variable into import.meta.env, so code reading import.meta.env.SITE wrote a feed with an
 * invalid URL (the build failed) and code reading BASE_URL linked every page under /stray/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { strayEnv } from '../support/site-builds';

describe('the deploy settings come from SITE_URL and BASE_PATH only', () => {
  const dist = inject('plainDistDir');
  const texts = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:html|xml|json|txt)$/.test(file))
    .map((file) => ({ file, text: readFileSync(path.join(dist, file), 'utf8') }));

  it('writes no feed without SITE_URL, whatever SITE holds', () => {
    expect(existsSync(path.join(dist, 'rss.xml'))).toBe(false);
  });

  it('links no page under a stray BASE_URL or to a stray SITE', () => {
    expect(texts.length).toBeGreaterThan(20);
    const stray = texts.filter(
      ({ text }) => text.includes(`"${strayEnv.BASE_URL}`) || text.includes(new URL(strayEnv.SITE).host),
    );
    expect(stray.map(({ file }) => file)).toEqual([]);
  });
});
