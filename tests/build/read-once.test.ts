/**
 * A real build reads each editor's file once (issue 25): every reader of content/ (the collections'
 * loader, the MDX compiler, the draft check, the rehype plugin's datasets, the provenance check, the
 * data pages, the chart images, the link check, the 繁體 edition) goes through the one reader,
 * `readEditorFile` (src/files/editor-text.ts), which reads and decodes a file once while it is
 * unchanged. The build of https://example.org writes its counts (EDITOR_READS_LOG, set by
 * tests/support/site-builds.ts); this test reads them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { editorReadsLog } from '../support/site-builds';

/** Every file an editor writes: the MDX and JSON files under content/. */
const editorFiles = readdirSync(path.join(projectRoot, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(?:mdx|json)$/.test(file))
  .map((file) => `content/${file.split(path.sep).join('/')}`)
  .sort();

describe('a build reads each editor file once', () => {
  const log = editorReadsLog(inject('distDir'));

  it('writes the counts of its one reader', () => {
    expect(existsSync(log), log).toBe(true);
  });

  it('reads every MDX and JSON file under content/ exactly once', () => {
    const counts = JSON.parse(readFileSync(log, 'utf8')) as Record<string, number>;
    expect(editorFiles.length).toBeGreaterThan(20);
    // Every file read, each once; no other file read through the editors' reader.
    expect(Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))).toEqual(
      Object.fromEntries(editorFiles.map((file) => [file, 1])),
    );
  });
});
