/**
 * A copy of the site in which every field an editor or translator writes holds what an attacker
 * would try: markup that closes a script and runs one, both quotation marks, a `String.replace`
 * pattern and a spreadsheet formula; every MDX file ends with a `##` heading in Chinese. The article's
 * quotes stay as they are (the provenance check needs them in the text), so the copy still builds.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copySite, type SiteCopy } from './site-copy';

/**
 * The hostile text appended to (or put in front of) every field. It holds no digit: every number an editor
 * writes beside the bars must stand in the article (issue 32), so a stray 1 would stop the build there, before
 * the markup reached a page.
 */
export const hostile = `</script><img src=x onerror=alert(document.domain)>"'$&=cmd`;
/** Spreadsheet formula put at the start of every dataset label, for the CSV check (no digit, as above). */
export const formula = "=cmd|' /C calc'!A ";

/** Frontmatter fields that are free text (ids, slugs, numbers and paths are left alone). */
const frontmatterText = ['headline', 'kicker', 'description', 'title', 'standfirst', 'label', 'caption', 'name'];

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => path.join(dir, file));

/** Puts the hostile text into every free-text frontmatter field (as JSON strings, which YAML reads as they are). */
function hostileFrontmatter(source: string): string {
  return source.replace(/^---\n([\s\S]*?)\n---/, (_, frontmatter: string) => {
    const lines = frontmatter.split('\n').map((line) => {
      const match = /^(\s*)([\w]+):\s*(\S.*)$/.exec(line);
      if (!match || !frontmatterText.includes(match[2]!)) return line;
      const value = match[3]!.replace(/^"(.*)"$/, '$1');
      return `${match[1]}${match[2]}: ${JSON.stringify(`${value}${hostile}`)}`;
    });
    return `---\n${lines.join('\n')}\n---`;
  });
}

/** A paragraph for the body of an MDX file: the markup as character references, so MDX reads it as text. */
const hostileParagraph = '\n\n&lt;/script&gt;&lt;img src=x onerror=alert(document.domain)&gt;&quot;&#39;$&amp;=cmd\n';

/**
 * A `##` heading in Chinese, added to every MDX file: it gets a Chinese id (`investment-涵养发展新动能`), whose
 * characters OpenCC would change (涵養發展新動能). Issue 34, L3: the 繁體 page's id differed, so the #anchor
 * the 繁/简 switch carries led nowhere.
 */
export const chineseHeading = '涵养发展新动能';

/**
 * A link an editor may write to a page in another language (issue 34, M1): once clicked, the head script stored its
 * hreflang as the reader's edition, and every page then sent the reader to its twin and back, for ever.
 */
export const editorLanguageLink = '<a href="https://example.com/en/" hreflang="en">英文版</a>';

/** Makes the hostile copy. */
export function hostileSiteCopy(): SiteCopy {
  const copy = copySite('xinzhi-hostile-');
  const content = path.join(copy.root, 'content');

  const sitePath = path.join(content, 'site.json');
  const site = JSON.parse(readFileSync(sitePath, 'utf8')) as { series: { name: string }; ui: Record<string, string> };
  site.series.name += hostile;
  for (const key of Object.keys(site.ui)) site.ui[key] += hostile;
  writeFileSync(sitePath, JSON.stringify(site, null, 2));

  for (const file of mdxFiles(content)) {
    const text = hostileFrontmatter(readFileSync(file, 'utf8'));
    writeFileSync(file, `${text.trimEnd()}\n\n## ${chineseHeading}${hostileParagraph}\n${editorLanguageLink}\n`);
  }

  // Every report's datasets (content/reports/<report>/data/).
  const reportsDir = path.join(content, 'reports');
  const dataFiles = readdirSync(reportsDir).flatMap((report) => {
    const dataDir = path.join(reportsDir, report, 'data');
    return existsSync(dataDir)
      ? readdirSync(dataDir)
          .filter((file) => file.endsWith('.json'))
          .map((name) => path.join(dataDir, name))
      : [];
  });
  for (const file of dataFiles) {
    const dataset = JSON.parse(readFileSync(file, 'utf8'));
    for (const field of ['title', 'takeaway', 'description']) {
      if (typeof dataset[field] === 'string') dataset[field] += hostile;
    }
    dataset.notes = [...(dataset.notes ?? []).map((note: string) => note + hostile), hostile];
    for (const value of [...dataset.values, ...(dataset.derived ?? [])])
      value.label = `${formula}${value.label}${hostile}`;
    writeFileSync(file, JSON.stringify(dataset, null, 2));
  }
  return copy;
}
