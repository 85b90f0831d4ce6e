/**
 * The browser gates visit a WeChat reader's pages on two pages only (tests/support/engine-checks.ts), because one
 * script of the site reads the user agent, for what 分享 says. A second script that reads it could make a page of
 * another kind differ in WeChat, and the gates would need that kind back: this test says so when it happens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const src = new URL('../../src/', import.meta.url).pathname;

it('reads the user agent in src/client/share-button.ts only', () => {
  const readers = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro|mjs|js)$/.test(file))
    .filter((file) => /\buserAgent\b|navigator\s*\[/.test(readFileSync(path.join(src, file), 'utf8')))
    .map((file) => file.split(path.sep).join('/'));
  expect(readers).toEqual(['client/share-button.ts']);
});
