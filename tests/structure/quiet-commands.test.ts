/**
 * The npm scripts run Astro with its telemetry off (scripts/astro.mjs, scripts/build.mjs): nothing is
 * sent about how the newsroom works, and a first run prints no notice about it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { quietAstroEnv } from '../../scripts/lib/quiet-astro.mjs';

const scripts = (
  JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/** Runs `node <args>` in the project as on an editor's machine where Astro has never run, without our opt-out. */
function firstRun(args: string[]): string {
  const config = mkdtempSync(path.join(tmpdir(), 'xinzhi-config-'));
  try {
    // Only what a shell on an editor's machine holds: a CI machine's variables (CI, BUILD_ID, …) make Astro
    // (ci-info) skip its notice, and ASTRO_TELEMETRY_DISABLED would turn telemetry off from outside.
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      XDG_CONFIG_HOME: config,
      NO_COLOR: '1',
    };
    const result = spawnSync(process.execPath, args, { cwd: projectRoot, env, encoding: 'utf8' });
    return `${result.stdout}${result.stderr}`;
  } finally {
    rmSync(config, { recursive: true, force: true });
  }
}

describe('Astro telemetry', () => {
  it('is off in every npm script that runs Astro', () => {
    const runsAstro = Object.entries(scripts).filter(([, command]) => /(?:^|&&\s*)(?:npx\s+)?astro\b/.test(command));
    expect(runsAstro, 'run Astro through node scripts/astro.mjs').toEqual([]);
    for (const name of ['dev', 'preview', 'check']) expect(scripts[name]).toMatch(/^node scripts\/astro\.mjs /);
    expect(scripts.start).toBe('npm run build && node scripts/astro.mjs preview');
    // `npm run build` (scripts/build.mjs) is checked by the bad-input catalogue's builds, run the same way.
  });

  it('prints no notice on a first run through scripts/astro.mjs, where Astro alone prints one', () => {
    const notice = /anonymous usage data/;
    expect(firstRun(['node_modules/astro/bin/astro.mjs', 'preview', '--help'])).toMatch(notice);
    const ours = firstRun(['scripts/astro.mjs', 'preview', '--help']);
    expect(ours).toMatch(/astro preview/);
    expect(ours).not.toMatch(notice);
    // Two starts of Astro's command line: about a second each on a quiet machine, far more on a busy one.
  }, 180_000);
});

describe('Astro’s update check', () => {
  // Astro's own decision (astro/dist/core/dev/update-check.js), asked as `astro dev` asks it: with a check
  // overdue and enabled in the preferences, under the environment our scripts give Astro, and without it.
  const preferences = { get: async (key: string) => (key === 'checkUpdates.enabled' ? true : 0) };
  const ask = async (env: Record<string, string | undefined>) => {
    const saved = { ...process.env };
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    try {
      const module = pathToFileURL(path.join(projectRoot, 'node_modules/astro/dist/core/dev/update-check.js')).href;
      const { shouldCheckForUpdates } = (await import(module)) as {
        shouldCheckForUpdates: (preferences: unknown) => Promise<boolean>;
      };
      return await shouldCheckForUpdates(preferences);
    } finally {
      for (const key of Object.keys(env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  };

  it('is off in the environment scripts/astro.mjs and scripts/build.mjs give Astro', async () => {
    expect(await ask(quietAstroEnv)).toBe(false);
    for (const script of ['scripts/astro.mjs', 'scripts/build.mjs'])
      expect(readFileSync(path.join(projectRoot, script), 'utf8')).toMatch(/quietAstroEnv/);
  });

  it('would run without it (outside CI, where Astro never checks)', async () => {
    const { isCI } = (await import('ci-info')).default as { isCI: boolean };
    expect(await ask({ ASTRO_DISABLE_UPDATE_CHECK: undefined })).toBe(!isCI);
  });
});
