/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets tests import astro:* modules and render components with the Container API.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/build/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The browser and bad-input tests mostly wait on Chromium and on child builds, so three files at a
    // time keep a 2-core machine busy (Vitest's default here is one file at a time).
    maxWorkers: 3,
  },
});
