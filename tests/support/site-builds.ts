/**
 * Global set-up of the `build`, `browser` and `deploy` test projects: builds the site in the
 * configurations their tests read (as deployed at the root of https://example.org, under
 * BASE_PATH=/sub/, and without SITE_URL) and provides each folder's path to the tests.
 *
 * Each configuration is built once per test run, however many projects ask for it: the builds are
 * kept on `globalThis` of Vitest's main process, where every project's global set-up runs. They run
 * side by side, the first in the checkout and the others in copies of it: two builds in one folder
 * would share Astro's `.astro/` working files.
 *
 * The build without SITE_URL is made the way an editor makes one, with `npm run build`
 * (scripts/build.mjs) in a copy whose dist/ holds an earlier deploy: it is also the bad-input
 * catalogue's control build (tests/build/bad-input.test.ts), which must replace that dist/.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteAsync, projectRoot } from './build-site';
import { copySite, previousDeploy, runBuildScript } from './site-copy';

/** Variables a deploy machine may hold for its own reasons, set in the build without SITE_URL. */
export const strayEnv = { SITE: 'https://stray.example', BASE_URL: '/stray/' };

export const siteConfigurations = {
  distDir: { SITE_URL: 'https://example.org' },
  subDistDir: { SITE_URL: 'https://example.org', BASE_PATH: '/sub/' },
  // A machine's stray SITE and BASE_URL (Astro copies every variable into import.meta.env): the build must not
  // take them for SITE_URL or BASE_PATH (src/report/deploy.ts; tests/build/deploy-channel.test.ts).
  plainDistDir: { SITE: strayEnv.SITE, BASE_URL: strayEnv.BASE_URL },
} satisfies Record<string, Record<string, string>>;

type Configuration = keyof typeof siteConfigurations;

/** The configuration built with `npm run build` over an earlier deploy (`previousDeploy`). */
const scriptBuilt: Configuration = 'plainDistDir';

/** What `npm run build` printed and returned for the `scriptBuilt` configuration. */
export interface ScriptBuild {
  status: number | null;
  output: string;
}

declare module 'vitest' {
  export interface ProvidedContext extends Record<Configuration, string> {
    plainBuild: ScriptBuild;
    /** A value set in every build's environment (as `buildCanaryVariable`) that must reach neither dist/ nor the log. */
    buildCanary: string;
  }
}

/** The variable holding `buildCanary`, named like the secrets a CI machine holds. */
const buildCanaryVariable = 'XIN_ZHI_DEPLOY_TOKEN';

/** Which configurations each project's tests read. */
const needed: Record<string, Configuration[]> = {
  build: ['distDir', 'subDistDir', 'plainDistDir'],
  copies: ['distDir', 'plainDistDir'],
  browser: ['distDir', 'subDistDir'],
  deploy: ['distDir', 'subDistDir'],
};

interface BuildCache {
  root: string;
  canary: string;
  builds: Map<Configuration, Promise<string>>;
  script?: ScriptBuild;
}

function cache(): BuildCache {
  const holder = globalThis as { __siteBuilds?: BuildCache };
  if (!holder.__siteBuilds) {
    const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-build-'));
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    holder.__siteBuilds = { root, canary: `canary-${randomUUID()}`, builds: new Map() };
  }
  return holder.__siteBuilds;
}

/** Where the build into `dir` writes how often it read each editor's file (src/files/editor-text.ts). */
export const editorReadsLog = (dir: string) => `${dir}.editor-reads.json`;

/** Builds `key` unless this run already has (or is building) it; resolves to its output folder. */
function built(key: Configuration): Promise<string> {
  const holder = cache();
  const { root, builds } = holder;
  let build = builds.get(key);
  if (!build) {
    const dir = path.join(root, key);
    // EDITOR_READS_LOG: the build writes how often it read each editor's file (tests/build/read-once.test.ts).
    const env = {
      ...siteConfigurations[key],
      [buildCanaryVariable]: holder.canary,
      EDITOR_READS_LOG: editorReadsLog(dir),
    };
    // GATES_SITE_ROOT builds another checkout (e.g. a copy with a deliberate fault, to see a gate bite).
    const checkout = process.env.GATES_SITE_ROOT || projectRoot;
    if (key === scriptBuilt) {
      // A copy kept for the whole run: its dist/ is the build the tests read.
      const copy = copySite('xinzhi-build-script-', checkout);
      process.once('exit', () => copy.remove());
      mkdirSync(path.join(copy.root, 'dist'));
      writeFileSync(path.join(copy.root, 'dist/index.html'), previousDeploy);
      build = runBuildScript(copy.root, env).then((result) => {
        holder.script = { status: result.status, output: result.output };
        if (result.status !== 0) throw new Error(`npm run build (${key}) failed:\n${result.output}`);
        return path.join(copy.root, 'dist');
      });
    } else {
      const copy = builds.size === 0 ? undefined : copySite('xinzhi-build-copy-', checkout);
      build = buildSiteAsync(dir, env, copy?.root ?? checkout).then((result) => {
        copy?.remove();
        if (result.status !== 0) throw new Error(`astro build (${key}) failed:\n${result.output}`);
        return dir;
      });
    }
    builds.set(key, build);
  }
  return build;
}

export default async function setup(project: TestProject) {
  const keys = needed[project.name];
  if (!keys) throw new Error(`tests/support/site-builds.ts: no configurations listed for project "${project.name}"`);
  // Start every configuration any project needs, so they build side by side while the first is awaited.
  Object.values(needed)
    .flat()
    .forEach((key) => void built(key).catch(() => {}));
  for (const key of keys) project.provide(key, await built(key));
  project.provide('buildCanary', cache().canary);
  if (keys.includes(scriptBuilt)) project.provide('plainBuild', cache().script!);
}
