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
import * as cheerio from 'cheerio';
import siteJson from '../../content/site.json';

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
  const report = path.join(folder, 'report.mdx');
  const chapter = path.join(folder, 'chapters', '01-section.mdx');
  const example = path.join(folder, 'data', 'example.json');
  const results: { command: string; status: number | null; output: string; built: boolean; draftBuilt: boolean }[] = [];
  /** The preview build's cover of the draft and of the live report 1. */
  let previewPages = { draft: '', live: '' };
  /** The scaffold's report.mdx and example dataset right after `npm run new:report`. */
  let scaffolded = { report: '', example: '' };
  /** The publish build run with the draft line deleted but the placeholders left (it must refuse them). */
  let tooEarly: { status: number | null; output: string } | undefined;
  /** The output of step 2's live build, in which report 1's chapter 2 changed its slug. */
  let liveOutput = '';

  /** The live build of step 2 and the preview tried after it, both made while the draft was half-written. */
  let halfWritten: {
    live: { status: number | null; output: string };
    feedItems: number;
    preview: { status: number | null; output: string };
  };
  /** The draft's files as the scaffold wrote them, put back after the half-written builds. */
  let saved: [string, string][] = [];

  beforeAll(() => {
    for (const [index, command] of commands.entries()) {
      if (index === 1) {
        // Step 2 is made while the draft is half-written: its YAML, MDX and JSON each have a mistake that stops any
        // build reading them (the preview below fails on them). The live site must build all the same, and it is
        // the same build that shows the draft left out of it (one build, where two were made: issue 37).
        saved = [report, chapter, example].map((file) => [file, readFileSync(file, 'utf8')]);
        writeFileSync(report, saved[0]![1].replace(/^number: 2$/m, 'number: 2\ndek: "写到一半'));
        writeFileSync(chapter, `${saved[1]![1]}\n<Figure id="example"\n`);
        writeFileSync(example, '{ "id": "example", ');
        // In the same build, report 1's chapter 2 gets a new address (checked below, in the last build's dist/:
        // the address record keeps the old one working in every build after).
        const investment = path.join(site.root, 'content/reports/cong-xin-chu-fa/chapters/02-investment.mdx');
        writeFileSync(
          investment,
          readFileSync(investment, 'utf8').replace(/^slug: investment$/m, 'slug: zhao-shang-yin-zi'),
        );
      }
      if (index === commands.length - 1) {
        // Step 5's prose: delete the draft line. Built with the placeholders still there, it is refused;
        // then every 【待填写】 and 【示例】 is replaced (here: the mark goes, its words stand in for the article's).
        writeFileSync(report, readFileSync(report, 'utf8').replace(/^draft: true\n/m, ''));
        tooEarly = run(site.root, command);
        for (const name of [
          'report.mdx',
          'chapters/01-section.mdx',
          'chapters/02-reporters-note.mdx',
          'data/example.json',
        ]) {
          const file = path.join(folder, name);
          writeFileSync(file, readFileSync(file, 'utf8').replace(/【待填写】|【示例】/g, ''));
        }
      }
      const result = run(site.root, command);
      if (index === 1) {
        // Previewing the draft reads its files, and the editor is told what to fix; then the draft is whole again.
        const feed = path.join(site.root, 'dist', 'rss.xml');
        const feedItems = existsSync(feed) ? (readFileSync(feed, 'utf8').match(/<item>/g) ?? []).length : -1;
        halfWritten = { live: result, feedItems, preview: run(site.root, 'SHOW_DRAFTS=1 npm run build') };
        liveOutput = result.output.replace(/\x1b\[[0-9;]*m/g, '');
        for (const [file, text] of saved) writeFileSync(file, text);
      }
      results.push({
        command,
        ...result,
        built: existsSync(path.join(site.root, 'dist', 'cong-xin-chu-fa', 'index.html')),
        draftBuilt: existsSync(path.join(site.root, 'dist', id, 'index.html')),
      });
      // The preview's pages, before the publish build replaces dist/.
      if (command.startsWith('SHOW_DRAFTS=1'))
        previewPages = {
          draft: readFileSync(path.join(site.root, 'dist', id, 'index.html'), 'utf8'),
          live: readFileSync(path.join(site.root, 'dist', 'cong-xin-chu-fa', 'index.html'), 'utf8'),
        };
      // The scaffold as the editor first sees it (step 5 later replaces its placeholders).
      if (index === 0 && existsSync(folder))
        scaffolded = {
          report: readFileSync(path.join(folder, 'report.mdx'), 'utf8'),
          example: readFileSync(path.join(folder, 'data', 'example.json'), 'utf8'),
        };
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
    const { report, example } = scaffolded;
    expect(report).toMatch(/^number: 2$/m);
    expect(report).toContain('【待填写】');
    expect(report).toContain('贯彻落实党的二十届三中全会精神主题报道之二');
    // The record's fields (issue 35) written, commented: an editor fills only what the article gives.
    for (const field of ['published', 'updated', 'authors', 'editor', 'publisher', 'page', 'corrections'])
      expect(report, field).toMatch(new RegExp(`^# ${field}:`, 'm'));
    expect(report).not.toMatch(/^(?:published|updated|authors|editor|publisher|page|corrections):/m);
    expect(example).toContain('【示例】');
  });

  it('builds the live site with the draft left out', () => {
    const build = results[1]!;
    expect(build.status, build.output).toBe(0);
    expect(build.built).toBe(true);
    expect(build.draftBuilt).toBe(false);
  });

  it('builds the draft, every figure checked, when asked to preview it, and says it must not be published', () => {
    const preview = results[2]!;
    expect(preview.status, preview.output).toBe(0);
    expect(preview.draftBuilt).toBe(true);
    // Placeholders are allowed in a draft's preview, which says plainly that it is one.
    expect(preview.output).toContain('这是含草稿的预览构建（SHOW_DRAFTS=1），其中有草稿：gao-zhi-liang。');
    expect(preview.output).toMatch(/\n预览构建完成：.*不能发布/);
    expect(preview.output).not.toContain('可以发布');
  });

  it('marks the draft’s pages in the preview, visibly and for search engines, and only them', () => {
    const mark = (html: string) => cheerio.load(html)('aside[data-draft-mark]');
    const robots = (html: string) => cheerio.load(html)('meta[name="robots"]').attr('content');
    expect(mark(previewPages.draft).text().trim()).toBe(siteJson.ui.draftMark);
    expect(mark(previewPages.draft).attr('aria-label')).toBe(siteJson.ui.draftMark);
    expect(robots(previewPages.draft)).toBe('noindex');
    expect(mark(previewPages.live).length).toBe(0);
    expect(robots(previewPages.live)).toBeUndefined();
    // Published, the report carries neither.
    const published = readFileSync(path.join(site.root, 'dist', id, 'index.html'), 'utf8');
    expect(mark(published).length).toBe(0);
    expect(robots(published)).toBeUndefined();
  });

  it('refuses to publish the report while a placeholder is left, naming file, line and field', () => {
    expect(tooEarly!.status, tooEarly!.output).not.toBe(0);
    expect(tooEarly!.output).toContain(
      `✗ content/reports/${id}/report.mdx 第 2 行第 11 列\n  问题：字段 headline 里还留着新建报道时的占位文字“【待填写】”`,
    );
    expect(tooEarly!.output).toMatch(/\n构建失败：共 16 个问题，第一个：/);
    expect(tooEarly!.output).not.toMatch(/Stack trace|node_modules|An unhandled error/);
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
    // Its chapters' addresses are recorded, so a later change of a slug keeps them (src/report/slug-redirects.ts).
    expect(JSON.parse(readFileSync(path.join(folder, 'addresses.json'), 'utf8')).chapters).toEqual({
      'chapters/01-section.mdx': ['section-1'],
      'chapters/02-reporters-note.mdx': ['reporters-note'],
    });
  });

  it('keeps deploying the live reports while a draft is half-written: YAML, MDX and JSON that do not parse', () => {
    // Step 2's build, made with a mistake in each of the draft's kinds of file (see beforeAll).
    const { live, feedItems, preview } = halfWritten;
    expect(live.status, live.output).toBe(0);
    expect(results[1]!.built).toBe(true);
    expect(results[1]!.draftBuilt).toBe(false);
    expect(feedItems, 'the feed holds report 1 only').toBe(1);
    expect(live.output).toMatch(/\n构建完成：.*可以发布/);
    // Previewing the draft reads its files, and the editor is told what to fix.
    expect(preview.status).not.toBe(0);
    expect(preview.output).toContain(`content/reports/${id}/`);
  });

  it('keeps a chapter’s old address when its slug changes, says so in Chinese, and records the new one', () => {
    const dist = path.join(site.root, 'dist');
    const redirect = (page: string) =>
      cheerio
        .load(readFileSync(path.join(dist, page, 'index.html'), 'utf8'))('meta[http-equiv="refresh"]')
        .attr('content');
    const moved = '/cong-xin-chu-fa/zhao-shang-yin-zi/';
    expect(existsSync(path.join(dist, moved, 'index.html'))).toBe(true);
    // The old address, its 繁體 twin and the site's older root address each lead to the new page in one step.
    expect(redirect('cong-xin-chu-fa/investment')).toBe(`0; url=${moved}`);
    expect(redirect('zh-hant/cong-xin-chu-fa/investment')).toBe(`0; url=/zh-hant${moved}`);
    expect(redirect('investment')).toBe(`0; url=${moved}`);
    expect(readFileSync(path.join(dist, '_redirects'), 'utf8')).toContain(`/cong-xin-chu-fa/investment/ ${moved} 301`);
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/cong-xin-chu-fa/investment/');
    expect(liveOutput).toContain(
      '注意 content/reports/cong-xin-chu-fa/chapters/02-investment.mdx 的网址改了：旧网址 /cong-xin-chu-fa/investment/ 仍然可以打开，会自动跳转到新网址 /cong-xin-chu-fa/zhao-shang-yin-zi/（构建加了一个跳转页）。',
    );
    const record = path.join(site.root, 'content/reports/cong-xin-chu-fa/addresses.json');
    expect(JSON.parse(readFileSync(record, 'utf8')).chapters['chapters/02-investment.mdx']).toEqual([
      'investment',
      'zhao-shang-yin-zi',
    ]);
  });

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
