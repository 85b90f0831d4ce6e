/**
 * A mistake in a dataset or in a chart's placement fails the build with a
 * message naming the file. Builds a copy of the project with one mistake each.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../support/build-site';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project (sources only; node_modules linked), changed by `edit`. */
function projectCopy(edit: (root: string) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-broken-'));
  copies.push(root);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'content', 'src', 'public']) {
    cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  edit(root);
  return root;
}

const replaceIn = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
};

describe('a broken build', () => {
  it('names the MDX file when <Chart> has an unknown id', () => {
    const mdx = 'content/chapters/cong-xin-chu-fa/02-investment.mdx';
    const root = projectCopy((dir) =>
      replaceIn(path.join(dir, mdx), '<Chart id="project-counts" />', '<Chart id="project-count" />'),
    );
    const result = buildSite(path.join(root, 'dist'), {}, root);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${mdx}: <Chart> prop "id": no dataset "project-count" in content/data/`);
  });

  it('names the file, dataset and value when a number does not match its quote', () => {
    const root = projectCopy((dir) =>
      replaceIn(path.join(dir, 'content/data/hub-port.json'), '"value": 66.34', '"value": 66.43'),
    );
    const result = buildSite(path.join(root, 'dist'), {}, root);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/data/hub-port.json: dataset "hub-port": value "output": 66.43亿元 is not stated in its quote',
    );
  });
});
