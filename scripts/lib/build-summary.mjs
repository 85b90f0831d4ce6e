// The summary line `npm run build` (scripts/build.mjs) ends with: a failed build's, worked out from what
// the build printed, and a finished build's. A module of its own so the bad-input catalogue checks the
// same line in-process. A preview build with drafts (SHOW_DRAFTS=1) never says 可以发布: its dist/ holds
// unfinished reports.

/** The problems in a failed build's output: the distinct ✗ blocks, or Astro's own first error. */
export function problemsIn(text) {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  const lines = plain.split('\n');
  const blocks = new Set();
  const firsts = [];
  lines.forEach((line, index) => {
    // `✗ <file> 第 N 行` (perhaps after Astro's `[ErrorName] `), then `  问题：…` on the next line.
    const match = line.match(/(?:^|\]\s)✗ (.+)$/);
    const next = lines[index + 1] ?? '';
    if (!match || !/^\s*问题：/.test(next)) return;
    const what = next.replace(/^\s*问题：/, '').trim();
    const block = `${match[1].trim()}：${what}`;
    if (!blocks.has(block)) firsts.push(block);
    blocks.add(block);
  });
  if (blocks.size) return { count: blocks.size, first: firsts[0] };
  // Not one of ours: Astro's or the bundler's own error. Its message is the line before
  // "Location:" / "Stack trace:", or the [ERROR] line.
  const noise = /^\s*(?:at |Location:|Stack trace:|Hint:|\[\.\.\.\]|\/)|^\s*$/;
  const end = lines.findIndex((line) => /^\s*(?:Location|Stack trace):/.test(line));
  const before = (end >= 0 ? lines.slice(0, end) : lines).filter((line) => !noise.test(line));
  const error = lines.find((line) => /\[ERROR\]/.test(line));
  const first = ((end >= 0 ? before.at(-1) : error) ?? before.at(-1) ?? '（没有输出）')
    .replace(/^\d\d:\d\d:\d\d\s*/, '')
    .replace(/\[ERROR\]\s*/, '')
    .trim();
  return { count: 1, first };
}

/**
 * The Chinese summary of a failed build (English gist in brackets): how many problems, the first,
 * and what became of dist/ (`hadDist`: whether an earlier deploy is there, kept as it was).
 * `preview`: a preview build with drafts (SHOW_DRAFTS=1), whose output is never for publishing.
 */
export function failureSummary({ count, first }, hadDist, preview = false) {
  const kept = hadDist ? 'dist/ 保持原样' : 'dist/ 没有生成';
  if (preview)
    return (
      `预览构建失败：共 ${count} 个问题，第一个：${first}。${kept}。这是含草稿的预览构建，改好了也只能预览，不能发布。` +
      `(Preview build with drafts failed: dist/ was left as it was${hadDist ? '' : ' (absent)'}; a preview is never deployed.)`
    );
  return (
    `构建失败：共 ${count} 个问题，第一个：${first}。${kept}，没有半成品可以发布。` +
    `(Build failed: dist/ was left as it was${hadDist ? '' : ' (absent)'}; nothing half-built to deploy.)`
  );
}

/**
 * The Chinese summary of a finished build (English gist in brackets): pages, charts and seconds, and
 * whether dist/ may be published. A preview build with drafts (`preview`) says it may not.
 */
export function successSummary({ pages, charts, seconds }, preview = false) {
  const counts = `${pages} 个页面，${charts} 张图表，用时 ${seconds} 秒`;
  if (preview)
    return (
      `预览构建完成：${counts}。这是含草稿的预览（SHOW_DRAFTS=1），dist/ 只能用来查看，不能发布；` +
      `要发布：草稿写完后删掉它的 draft: true 一行，再不带 SHOW_DRAFTS=1 运行 npm run build。` +
      `(Preview build with drafts complete: do not deploy this dist/.)`
    );
  return `构建完成：${counts}，dist/ 可以发布了。(Build complete: dist/ is ready to deploy.)`;
}
