/**
 * Global set-up of the `browser` test project: one Chromium for the whole run. Each browser test
 * file connects to it (`connectChromium` in browser-suite.ts) instead of starting its own, so the
 * run pays for one browser start-up, not one per file; each file still works in browser contexts
 * of its own, which share nothing (cookies, storage, cache).
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket address of the run's Chromium. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const server: BrowserServer = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
