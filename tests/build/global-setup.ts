/**
 * Builds the site three times before the build tests: as deployed at the root of
 * https://example.org, under BASE_PATH=/sub/, and without SITE_URL. The tests read the HTML.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    subDistDir: string;
    plainDistDir: string;
  }
}

export default function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-build-'));
  const builds = {
    distDir: { dir: path.join(root, 'dist'), env: { SITE_URL: 'https://example.org' } },
    subDistDir: { dir: path.join(root, 'dist-sub'), env: { SITE_URL: 'https://example.org', BASE_PATH: '/sub/' } },
    plainDistDir: { dir: path.join(root, 'dist-plain'), env: {} },
  };
  // GATES_SITE_ROOT builds another checkout (e.g. a copy with a deliberate fault, to see a gate bite).
  const siteRoot = process.env.GATES_SITE_ROOT || undefined;
  for (const [key, { dir, env }] of Object.entries(builds)) {
    const result = buildSite(dir, env, siteRoot);
    if (result.status !== 0) throw new Error(`astro build (${key}) failed:\n${result.output}`);
    project.provide(key as keyof typeof builds, dir);
  }
  return () => rmSync(root, { recursive: true, force: true });
}
