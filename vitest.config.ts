/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import LongestFirstSequencer from './tests/support/sequencer.ts';

// getViteConfig lets tests import astro:* modules and render components with the Container API.
// Tests are split by what they cost (docs/testing.md): `unit` needs no build and runs in seconds
// (`npm run test:unit`); `build`, `browser` and `deploy` read the built site, which
// tests/support/site-builds.ts builds once per configuration for the whole run; `copies` builds copies of
// its own. `npm run test:quick` is `unit` and `build`.
const builtSite = ['tests/support/site-builds.ts'];
/** The files of tests/build/ that build copies of the site of their own (the `copies` project). */
const copyBuildingFiles = [
  'tests/build/atomic-swap.test.ts',
  'tests/build/bad-input.test.ts',
  'tests/build/hant-base.test.ts',
  'tests/build/new-report.test.ts',
  'tests/build/reproducible.test.ts',
  'tests/build/series.test.ts',
];

export default getViteConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // expect.poll waits for a signal of the page (an image loaded, a tooltip shown): on a busy machine that can
    // take longer than Vitest's 1 s default, which would fail a test by the clock rather than by the page.
    expect: { poll: { timeout: 15_000 } },
    // ASSERTION_TALLY=<file> counts each test's assertions (tests/support/assertion-tally.ts).
    setupFiles: ['tests/support/assertion-tally.ts'],
    // One file per core plus one: the browser and build files partly wait on Chromium and on child builds,
    // so one more than the cores keeps them busy (measured on 2 cores: 3 files beat 5; docs/testing.md).
    maxWorkers: availableParallelism() + 1,
    // Longest files first across the projects (tests/support/sequencer.ts), so child builds and browsers overlap.
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The unit files share no state and mock nothing, so one worker's module cache serves them all:
          // each file no longer re-imports Astro, Vite and the site's modules (half the project's time).
          isolate: false,
          include: [
            'tests/*.test.ts',
            'tests/{charts,client,components,content,data,hant,head,images,integrations,report,schemas,structure,typesetting}/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          // Like `unit`: the files share one worker's module cache (they read the built site and change nothing).
          isolate: false,
          include: ['tests/build/**/*.test.ts'],
          exclude: copyBuildingFiles,
          globalSetup: builtSite,
        },
      },
      // The build tests that make copies of the site and build them themselves (a mistake in each stage, the next
      // report, a second build, a killed swap): minutes, not seconds, so not in `npm run test:quick`.
      { extends: true, test: { name: 'copies', include: copyBuildingFiles, globalSetup: builtSite } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium for the whole run, which every browser file connects to.
          globalSetup: [...builtSite, 'tests/support/chromium-server.ts'],
        },
      },
      { extends: true, test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'], globalSetup: builtSite } },
    ],
  },
});
