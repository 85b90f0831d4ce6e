/**
 * The bad-input catalogue (tests/support/bad-input-catalogue.ts), in-process: each editor's mistake
 * is made in a copy of `content/` and run through the build's own checks, stage by stage
 * (tests/support/content-checks.ts). Each must stop at its stage, with a message that names the file
 * and line and says what is wrong, then the summary line `npm run build` ends with. The whole
 * message is kept as a snapshot, so a wrong word in a hint fails here. One mistake per stage is
 * also built for real (tests/build/bad-input.test.ts).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mistakes, notices, outside, type Mistake } from '../support/bad-input-catalogue';
import { takeEditorNotes } from '../../src/errors';
import { projectRoot } from '../support/build-site';
import { checkContent, failureStages } from '../support/content-checks';

const copies: string[] = [];
afterAll(() => {
  for (const root of [...copies, outside]) rmSync(root, { recursive: true, force: true });
});

/** A copy of the project's `content/` and `public/` with `group`'s mistakes made in it. */
async function copyWith(group: readonly Mistake[]): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-catalogue-'));
  copies.push(root);
  for (const folder of ['content', 'public'])
    cpSync(path.join(projectRoot, folder), path.join(root, folder), { recursive: true });
  for (const mistake of group) await mistake.make?.(root);
  return root;
}

/** Mistakes made together (`together`) share a copy: the check that finds them must report each. */
const groups = [...Map.groupBy(mistakes, (mistake) => mistake.together ?? mistake.name).values()];

describe('the unmodified content', () => {
  it('passes every in-process check, and prints no note', async () => {
    const root = await copyWith([]);
    takeEditorNotes();
    expect(await checkContent(root)).toBeUndefined();
    expect(takeEditorNotes()).toEqual([]);
  });
});

describe('the bad-input catalogue, checked in-process', () => {
  it('builds one mistake of each stage for real', () => {
    const built = new Set(mistakes.filter((mistake) => mistake.built).map((mistake) => mistake.stage));
    expect([...built].sort()).toEqual([...failureStages].sort());
    for (const group of groups) expect(new Set(group.map((mistake) => mistake.stage)).size).toBe(1);
  });

  it.each(
    groups.filter((group) => group[0]!.stage !== 'end of build').map((group) => [group[0]!.name, group] as const),
  )('%s: stops at its stage, says what and where, snapshot of the whole message', async (_, group) => {
    const root = await copyWith(group);
    const env = Object.assign({}, ...group.map((mistake) => mistake.env));
    const failure = await checkContent(root, env, true);
    expect(failure, 'the checks find the mistake').toBeDefined();
    expect(failure!.stage).toBe(group[0]!.stage);
    for (const mistake of group) {
      const patterns = typeof mistake.expect === 'function' ? mistake.expect(root) : mistake.expect;
      for (const pattern of patterns) expect(failure!.output).toMatch(pattern);
      for (const pattern of mistake.absent ?? []) expect(failure!.output).not.toMatch(pattern);
    }
    if (!['environment', 'config'].includes(group[0]!.stage)) {
      expect(failure!.output).toMatch(
        /\n构建失败：共 \d+ 个问题，第一个：.+：.+。dist\/ 保持原样，没有半成品可以发布。\(Build failed: dist\/ was left as it was; nothing half-built to deploy\.\)$/,
      );
    }
    expect(failure!.message).toMatchSnapshot();
  });

  it.each(
    mistakes.filter((mistake) => mistake.stage === 'end of build').map((mistake) => [mistake.name, mistake] as const),
  )('%s: passes the in-process checks (only the built pages show it)', async (_, mistake) => {
    expect(await checkContent(await copyWith([mistake]))).toBeUndefined();
  });
});

describe('the notes: what the build corrects or points out without stopping', () => {
  it.each(notices.map((notice) => [notice.name, notice] as const))(
    '%s: passes every check, and a note says what and where, snapshot of the whole notes',
    async (_, notice) => {
      const root = mkdtempSync(path.join(tmpdir(), 'xinzhi-notice-'));
      copies.push(root);
      for (const folder of ['content', 'public'])
        cpSync(path.join(projectRoot, folder), path.join(root, folder), { recursive: true });
      await notice.make(root);
      takeEditorNotes();
      expect(await checkContent(root)).toBeUndefined();
      const notes = takeEditorNotes().join('\n');
      const patterns = typeof notice.expect === 'function' ? notice.expect(root) : notice.expect;
      for (const pattern of patterns) expect(notes).toMatch(pattern);
      expect(notes.replaceAll(root, '<copy>')).toMatchSnapshot();
    },
  );
});
