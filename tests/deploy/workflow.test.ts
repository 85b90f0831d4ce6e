/**
 * .github/workflows/deploy.yml: actions pinned by commit, and no write permission in a job that runs
 * the project's install scripts or build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const workflow = readFileSync(new URL('../../.github/workflows/deploy.yml', import.meta.url), 'utf8');

/** Each job's text, by name (jobs are the two-space-indented keys under `jobs:`). */
function jobs(): Map<string, string> {
  const body = workflow.slice(workflow.indexOf('\njobs:\n') + 7);
  const found = new Map<string, string>();
  for (const part of body.split(/\n(?=  [\w-]+:\n)/)) {
    const name = /^ {2}([\w-]+):/.exec(part.replace(/^(\s*#.*\n)*/, ''))?.[1];
    if (name) found.set(name, part);
  }
  return found;
}

describe('the GitHub Pages workflow', () => {
  it('pins every action by a full commit hash', () => {
    const uses = [...workflow.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)/gm)].map((match) => match[1]!);
    expect(uses.length).toBeGreaterThan(3);
    for (const action of uses) expect(action, action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('gives no permission at the top level, and none that writes to a job running npm', () => {
    expect(workflow).toMatch(/^permissions: \{\}$/m);
    const all = jobs();
    expect([...all.keys()]).toEqual(['configure', 'build', 'deploy']);
    for (const [name, text] of all) {
      if (/\bnpm\b/.test(text)) {
        expect(text, name).not.toMatch(/:\s*write\b/);
        expect(text, name).toMatch(/persist-credentials: false/);
      }
    }
    expect(all.get('deploy')).toMatch(/pages: write/);
    expect(all.get('deploy')).not.toMatch(/\bnpm\b|checkout/);
  });
});
