import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../src/data/dataset-files';
import { projectRoot } from '../support/build-site';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A data folder holding one real dataset under `name`. */
function folderWith(name: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'xinzhi-data-'));
  dirs.push(dir);
  writeFileSync(
    path.join(dir, name),
    readFileSync(path.join(projectRoot, 'content/reports/cong-xin-chu-fa/data/project-counts.json')),
  );
  return dir;
}

describe('readDatasetFiles: file names', () => {
  it('accepts a lowercase-hyphen name and makes it the id', () => {
    expect(readDatasetFiles(folderWith('project-counts.json'), 'content/reports/r/data').map((d) => d.id)).toEqual([
      'project-counts',
    ]);
  });

  it('rejects any other name, in Chinese first, naming the file and the name to use', () => {
    for (const [name, suggestion] of [
      ['Project-Counts2.json', 'project-counts2'],
      ['project counts.json', 'project-counts'],
      ['project_counts.json', 'project-counts'],
      ['项目.json', 'dataset'],
    ] as const) {
      expect(() => readDatasetFiles(folderWith(name), 'content/reports/r/data'), name).toThrow(
        new RegExp(
          `✗ content/reports/r/data/${name.replace('.', '\\.')}\n {2}问题：文件名不合规.*"${suggestion}\\.json"`,
        ),
      );
    }
  });
});
