/**
 * The one reader of editors' files and the report loader read each file once while it is unchanged,
 * and again once it is saved (as `astro dev` needs); a file that cannot be decoded throws the same
 * message each time it is asked for.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editorFileReads, readEditorFile } from '../../src/files/editor-text';
import { derive, loadReport } from '../../src/files/report-loader';

const root = mkdtempSync(path.join(tmpdir(), 'report-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folder = path.join(root, 'content/reports/r');
const write = (name: string, text: string | Uint8Array) => {
  mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
  writeFileSync(path.join(folder, name), text);
};
const readsOf = (name: string) => editorFileReads().get(path.join(folder, name)) ?? 0;

describe('readEditorFile', () => {
  it('reads and decodes a file once while it is unchanged, and again after it is saved', () => {
    write('report.mdx', '\uFEFF---\r\ntitle: 一\r\n---\r\n');
    const first = readEditorFile(path.join(folder, 'report.mdx'), 'content/reports/r/report.mdx');
    expect(first).toBe('---\ntitle: 一\n---\n');
    expect(readEditorFile(path.join(folder, 'report.mdx'))).toBe(first);
    expect(readsOf('report.mdx')).toBe(1);
    write('report.mdx', '---\ntitle: 二二\n---\n');
    expect(readEditorFile(path.join(folder, 'report.mdx'))).toBe('---\ntitle: 二二\n---\n');
    expect(readsOf('report.mdx')).toBe(2);
  });

  it('throws the same editor message each time for a file that is not UTF-8, reading it once', () => {
    write('data/gbk.json', new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]));
    const ask = () => readEditorFile(path.join(folder, 'data/gbk.json'), 'content/reports/r/data/gbk.json');
    expect(ask).toThrow(/content\/reports\/r\/data\/gbk\.json\n {2}问题：文件的编码是 GBK/);
    expect(ask).toThrow(/GBK/);
    expect(readsOf('data/gbk.json')).toBe(1);
    rmSync(path.join(folder, 'data/gbk.json'));
  });
});

describe('loadReport', () => {
  it('lists a report’s files, reads each on first use, and gives the same answer until a file changes', () => {
    write('chapters/02-b.mdx', '---\nslug: b\n---\n');
    write('chapters/01-a.mdx', '---\nslug: a\n---\n');
    write('data/x.json', '{}');
    write('photos/lead.jpg', 'jpeg');
    const files = loadReport(root, 'r');
    expect(files.folder).toBe('content/reports/r');
    expect(files.chapters.map((chapter) => chapter.file)).toEqual([
      'content/reports/r/chapters/01-a.mdx',
      'content/reports/r/chapters/02-b.mdx',
    ]);
    expect(files.datasets.map((dataset) => dataset.name)).toEqual(['data/x.json']);
    expect(files.photos).toEqual(['photos/lead.jpg']);
    expect(readsOf('data/x.json')).toBe(0);
    expect(files.read('data/x.json')).toBe('{}');
    expect(files.read('data/missing.json')).toBeUndefined();
    expect(loadReport(root, 'r')).toBe(files);

    let computed = 0;
    const count = () => derive(loadReport(root, 'r'), 'count', () => ++computed);
    expect([count(), count()]).toEqual([1, 1]);

    // A saved file (a new modification time) gives a new answer, and what was derived is worked out again.
    const later = new Date(Date.now() + 5_000);
    utimesSync(path.join(folder, 'data/x.json'), later, later);
    expect(loadReport(root, 'r')).not.toBe(files);
    expect(count()).toBe(2);
    write('chapters/03-c.mdx', '---\nslug: c\n---\n');
    expect(loadReport(root, 'r').chapters).toHaveLength(3);
    expect(readsOf('data/x.json')).toBe(1);
    expect(loadReport(root, 'r').read('data/x.json')).toBe('{}');
    expect(readsOf('data/x.json')).toBe(2);
  });
});
