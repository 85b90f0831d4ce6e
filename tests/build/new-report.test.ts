/**
 * docs/series.md's steps for the next report, followed word for word on a copy of the site: every
 * command in the section's ```sh blocks runs as written, in order, and the prose step between them
 * (delete the `draft: true` line) is done as it says.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite } from '../support/site-copy';

const guide = readFileSync(new URL('../../docs/series.md', import.meta.url), 'utf8');
const section = guide.slice(guide.indexOf('## 新建下一篇报道'), guide.indexOf('## Old addresses'));
const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!.trim());

/** Runs one documented command in the copy, as an editor's shell would. */
function run(root: string, command: string) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  const result = spawnSync('sh', ['-c', command], {
    cwd: root,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://example.org', BASE_PATH: '', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('docs/series.md: adding the next report', () => {
  const site = copySite('xinzhi-new-report-');
  const id = 'gao-zhi-liang';
  const folder = path.join(site.root, 'content', 'reports', id);
  const results: { command: string; status: number | null; output: string; built: boolean; draftBuilt: boolean }[] = [];

  beforeAll(() => {
    for (const [index, command] of commands.entries()) {
      if (index === commands.length - 1) {
        // Step 5's prose: delete the draft line, then build.
        const report = path.join(folder, 'report.mdx');
        writeFileSync(report, readFileSync(report, 'utf8').replace(/^draft: true\n/m, ''));
      }
      const result = run(site.root, command);
      results.push({
        command,
        ...result,
        built: existsSync(path.join(site.root, 'dist', 'cong-xin-chu-fa', 'index.html')),
        draftBuilt: existsSync(path.join(site.root, 'dist', id, 'index.html')),
      });
      if (result.status !== 0) break;
    }
  }, 600_000);
  afterAll(() => site.remove());

  it('has the four commands the steps name, in order', () => {
    expect(commands).toEqual([
      `npm run new:report -- ${id}`,
      'npm run build',
      'SHOW_DRAFTS=1 npm run build',
      'npm run build',
    ]);
  });

  it('creates a draft report with the next number, placeholders marked as such, and says what to do next in Chinese', () => {
    const [scaffold] = results;
    expect(scaffold!.status, scaffold!.output).toBe(0);
    expect(scaffold!.output).toContain(`已新建第2篇报道（草稿）：content/reports/${id}/`);
    expect(scaffold!.output).toContain('接下来');
    const report = readFileSync(path.join(folder, 'report.mdx'), 'utf8');
    expect(report).toMatch(/^number: 2$/m);
    expect(report).toContain('【待填写】');
    expect(report).toContain('贯彻落实党的二十届三中全会精神主题报道之二');
    expect(existsSync(path.join(folder, 'data', 'example.json'))).toBe(true);
    expect(readFileSync(path.join(folder, 'data', 'example.json'), 'utf8')).toContain('【示例】');
  });

  it('builds the live site with the draft left out', () => {
    const build = results[1]!;
    expect(build.status, build.output).toBe(0);
    expect(build.built).toBe(true);
    expect(build.draftBuilt).toBe(false);
  });

  it('builds the draft, every figure checked, when asked to preview it', () => {
    const preview = results[2]!;
    expect(preview.status, preview.output).toBe(0);
    expect(preview.draftBuilt).toBe(true);
  });

  it('publishes it once the draft line is gone, next to report 1', () => {
    const publish = results[3]!;
    expect(publish.status, publish.output).toBe(0);
    expect(publish.built).toBe(true);
    expect(publish.draftBuilt).toBe(true);
    // Its example figure is linked to its sentence: the provenance check ran on it.
    expect(readFileSync(path.join(site.root, 'dist', id, 'section-1', 'index.html'), 'utf8')).toContain(
      'id="q-example-example"',
    );
    expect(readFileSync(path.join(site.root, 'dist', 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(2);
  });

  it('keeps deploying the live reports while a draft is half-written: YAML, MDX and JSON that do not parse', () => {
    // The published report becomes a draft again, and each of its kinds of file gets a mistake
    // that stops any build reading it (checked below: the preview fails on them).
    const report = path.join(folder, 'report.mdx');
    writeFileSync(
      report,
      readFileSync(report, 'utf8').replace(/^number: 2$/m, 'number: 2\ndraft: true\ndek: "写到一半'),
    );
    const chapter = path.join(folder, 'chapters', '01-section.mdx');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n<Figure id="example"\n`);
    writeFileSync(path.join(folder, 'data', 'example.json'), '{ "id": "example", ');
    const live = run(site.root, 'npm run build');
    expect(live.status, live.output).toBe(0);
    expect(existsSync(path.join(site.root, 'dist', 'cong-xin-chu-fa', 'index.html'))).toBe(true);
    expect(existsSync(path.join(site.root, 'dist', id))).toBe(false);
    expect(readFileSync(path.join(site.root, 'dist', 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(1);
    // Previewing the draft reads its files, and the editor is told what to fix.
    const preview = run(site.root, 'SHOW_DRAFTS=1 npm run build');
    expect(preview.status).not.toBe(0);
    expect(preview.output).toContain(`content/reports/${id}/`);
  }, 300_000);

  it('refuses an id that is taken or not a slug, in Chinese', () => {
    const taken = run(site.root, 'npm run new:report -- cong-xin-chu-fa');
    expect(taken.status).not.toBe(0);
    expect(taken.output).toContain('content/reports/cong-xin-chu-fa/ 已经存在');
    const reserved = run(site.root, 'npm run new:report -- full');
    expect(reserved.output).toContain('已占用');
    const bad = run(site.root, 'npm run new:report -- "Gao Zhi"');
    expect(bad.output).toContain('只能用小写英文字母');
  });
});
