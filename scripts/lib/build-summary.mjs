// The summary line `npm run build` (scripts/build.mjs) ends a failed build with, worked out from what
// the build printed. A module of its own so the bad-input catalogue checks the same line in-process.

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
 */
export function failureSummary({ count, first }, hadDist) {
  const kept = hadDist ? 'dist/ 保持原样' : 'dist/ 没有生成';
  return (
    `构建失败：共 ${count} 个问题，第一个：${first}。${kept}，没有半成品可以发布。` +
    `(Build failed: dist/ was left as it was${hadDist ? '' : ' (absent)'}; nothing half-built to deploy.)`
  );
}
