import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isEditorError } from '../../src/errors';
import { isPreviewBuild, previewNotice, publishCheck } from '../../src/integrations/publish-check';
import { projectRoot } from '../support/build-site';

describe('previewNotice', () => {
  it('says plainly that a preview holds drafts and must not be published, naming the drafts', () => {
    const notice = previewNotice(['gao-zhi-liang', 'xin-ji-yuan']);
    expect(notice).toMatch(/^这是含草稿的预览构建（SHOW_DRAFTS=1），其中有草稿：gao-zhi-liang、xin-ji-yuan。/);
    expect(notice).toMatch(/不能发布/);
    expect(notice).not.toMatch(/可以发布/);
    expect(previewNotice([])).toMatch(/^这是含草稿的预览构建（SHOW_DRAFTS=1）。/);
  });

  it('is for SHOW_DRAFTS=1 only', () => {
    expect(isPreviewBuild({ SHOW_DRAFTS: '1' })).toBe(true);
    expect(isPreviewBuild({})).toBe(false);
    expect(isPreviewBuild({ SHOW_DRAFTS: '0' })).toBe(false);
  });
});

describe('publishCheck', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-publish-check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  const folder = path.join(root, 'content/reports/gao-zhi-liang');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'report.mdx'), '---\nheadline: 【待填写】标题\nnumber: 2\n---\n');

  const setup = (command: string) => {
    const warnings: string[] = [];
    const hook = publishCheck().hooks['astro:config:setup'] as (options: unknown) => void;
    hook({
      command,
      config: { root: pathToFileURL(`${root}/`) },
      logger: { warn: (message: string) => warnings.push(message) },
    });
    return warnings;
  };

  it('refuses a published report’s placeholders in a build, with the editors’ message', () => {
    let error: unknown;
    try {
      setup('build');
    } catch (caught) {
      error = caught;
    }
    expect(isEditorError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /✗ content\/reports\/gao-zhi-liang\/report\.mdx 第 2 行第 11 列\n {2}问题：字段 headline 里还留着新建报道时的占位文字“【待填写】”/,
    );
  });

  it('lets the dev server show a half-written report', () => {
    expect(setup('dev')).toEqual([]);
  });
});
