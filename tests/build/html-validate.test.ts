/**
 * html-validate (configured in .htmlvalidate.json) on every HTML file of both
 * builds: no errors. The messages name the file, line, column and rule.
 */
import { describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readPages } from '../support/dist';
import { projectRoot } from '../support/build-site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each([
  ['root build', inject('distDir')],
  ['BASE_PATH build', inject('subDistDir')],
])('html-validate on the %s', (_, distDir) => {
  const pages = readPages(distDir);

  it('finds the HTML files to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pages.map((page) => [page.file, page] as const))('%s is valid HTML', async (file, page) => {
    // Config is looked up from the project root, as `npx html-validate dist` would.
    const report = await validator.validateString(page.html, path.join(projectRoot, 'dist', file));
    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(errors).toEqual([]);
    expect(report.valid).toBe(true);
  });
});
