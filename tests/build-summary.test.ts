import { describe, expect, it } from 'vitest';
import { failureSummary, successSummary } from '../scripts/lib/build-summary.mjs';

describe('the summary line npm run build ends with', () => {
  it('says a finished build may be published', () => {
    expect(successSummary({ pages: 50, charts: 8, seconds: '12.3' })).toBe(
      '构建完成：50 个页面，8 张图表，用时 12.3 秒，dist/ 可以发布了。(Build complete: dist/ is ready to deploy.)',
    );
  });

  it('never says a preview with drafts may be published, finished or failed', () => {
    const done = successSummary({ pages: 50, charts: 8, seconds: '12.3' }, true);
    expect(done).toMatch(
      /^预览构建完成：50 个页面，8 张图表，用时 12\.3 秒。这是含草稿的预览（SHOW_DRAFTS=1），dist\/ 只能用来查看，不能发布；/,
    );
    expect(done).toMatch(/\(Preview build with drafts complete: do not deploy this dist\/\.\)$/);
    const failed = failureSummary({ count: 2, first: 'a.mdx 第 1 行：错了' }, true, true);
    expect(failed).toMatch(
      /^预览构建失败：共 2 个问题，第一个：a\.mdx 第 1 行：错了。dist\/ 保持原样。这是含草稿的预览构建/,
    );
    for (const line of [done, failed]) expect(line).not.toMatch(/可以发布/);
  });

  it('keeps a publish build’s failure line as it was', () => {
    expect(failureSummary({ count: 1, first: 'x' }, false)).toBe(
      '构建失败：共 1 个问题，第一个：x。dist/ 没有生成，没有半成品可以发布。(Build failed: dist/ was left as it was (absent); nothing half-built to deploy.)',
    );
  });
});
