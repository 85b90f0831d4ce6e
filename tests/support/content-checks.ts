/**
 * The build's own checks of editors' files, run in-process on a copy of `content/`, stage by stage
 * in the order `npm run build` meets them:
 *
 * 0. start: no other build running in the checkout (scripts/build-lock.mjs, before Astro starts);
 * 1. environment: `readDeployEnv` (astro.config.mjs);
 * 2. config: no symbolic link in content/ or public/, every editor's file readable (one message for all:
 *    src/report/readable-files.ts), `content/site.json` and the 繁體 exceptions
 *    (`content/zh-hant-exceptions.json`) read and parsed (astro.config.mjs), no scaffold placeholder in a
 *    report that is not a draft or in site.json (src/integrations/publish-check.ts);
 * 3. content loading: every file decoded (`readEditorFile`), its frontmatter or JSON syntax checked
 *    (`checkEntrySyntax`) and its data checked with its collection's schema (`checkEntryData`, the
 *    collections' loader);
 * 4. compile: every MDX file's syntax (`checkMdxSyntax`) and Markdown (`markdownProblems`);
 * 5. render: site.json's schema, chapter order and slugs, the provenance check, and the props of
 *    the components editors write (<Figure>'s photo and its size, <Chart>'s and <KeyFigures>'s dataset).
 *
 * The sixth stage, the end of the build (the link check over the built pages), needs a build.
 * Each stage stops at the first file that fails, as the build does. The bad-input catalogue
 * (tests/build/bad-input.test.ts) checks every mistake here and builds one per stage for real.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sharp from 'sharp';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { failureSummary, problemsIn } from '../../scripts/lib/build-summary.mjs';
import { lockedMessage, takeBuildLock } from '../../scripts/build-lock.mjs';
import { checkedDatasets, pickDataset } from '../../src/data/datasets';
import { checkProps, editorError, isEditorError } from '../../src/errors';
import { readDeployEnv } from '../../src/integrations/deploy-env';
import { checkEntryData, checkEntrySyntax, checkMdxSyntax } from '../../src/integrations/editor-files';
import { hantExceptionsFile, parseHantExceptions } from '../../src/hant/convert';
import { readEditorFile } from '../../src/files/editor-text';
import { mdxWithNotes } from '../../src/files/editor-notes';
import { frontmatterCaptions, markdownProblems } from '../../src/integrations/remark-editor-markdown';
import { refuseSymlinks } from '../../src/integrations/symlinks';
import { refuseUnreadableFiles } from '../../src/report/readable-files';
import { noteUnusedHantExceptions } from '../../src/report/hant-exception-use';
import { noteTraditionalCharacters } from '../../src/report/traditional-characters';
import { remarkSourceFile } from '../../src/integrations/remark-source-file';
import { draftFolders } from '../../src/report/drafts';
import { publishedPlaceholderProblems } from '../../src/report/placeholders';
import { reportFolder } from '../../src/files/report-files';
import { figurePhotoProblem, lookupPhoto, photoSizeProblem, unsupportedImagePattern } from '../../src/report/photos';
import { orderChapters } from '../../src/report/report-structure';
import { checkRecord } from '../../src/report/record';
import { checkSiteJson, parseSiteJson } from '../../src/report/site-json';
import { chapterSchema } from '../../src/schemas/chapter';
import { chartPropsSchema, figurePropsSchema, keyFiguresPropsSchema } from '../../src/schemas/components';
import { datasetSchema } from '../../src/schemas/dataset';
import { reportSchema } from '../../src/schemas/report';

/** The stages a build can fail in, in order. */
export const failureStages = [
  'start',
  'environment',
  'config',
  'content loading',
  'compile',
  'render',
  'end of build',
] as const;
export type FailureStage = (typeof failureStages)[number];

/** What the checks found: the stage that failed, the error, and the text the build prints for it. */
export interface CheckFailure {
  stage: FailureStage;
  error: Error;
  /** The error as the build prints it (message, then hint), then the summary line `npm run build` ends with. */
  output: string;
  /** The error alone: message and hint, no summary (what the snapshots hold). */
  message: string;
}

interface MdxFile {
  /** Path relative to the project (`content/reports/<report>/chapters/01-x.mdx`). */
  file: string;
  text: string;
  data: Record<string, unknown>;
}

const imagePattern = /\.(?:jpe?g|png|webp|avif)$/i;
const unsupportedPattern = unsupportedImagePattern;

/** Files under `dir` (recursive), relative to it, sorted; none when it does not exist. */
const filesIn = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : ([] as string[]);

/** Frontmatter lines blanked, not removed, so the body's line numbers stay the file's (as the MDX compiler sees it). */
const bodyOf = (text: string) =>
  mdxWithNotes(text).replace(/^---\n[\s\S]*?\n---(?=\n|$)/, (frontmatter) => frontmatter.replace(/[^\n]/g, ''));

/**
 * The MDX tree of a file's body; `withSource`: with the props our remark plugin gives components
 * (sourceFile, sourceLine), which it adds after the Markdown check, as in astro.config.mjs.
 */
function mdxTree(root: string, mdx: MdxFile, withSource = false) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const tree = processor.parse(bodyOf(mdx.text));
  if (withSource) remarkSourceFile({ root })(tree as never, { path: path.join(root, mdx.file) });
  return tree as unknown as MdNode;
}

interface MdNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
}

/** A component's props as MDX passes them: strings, numbers from `{…}` expressions, `true` for a bare name. */
function propsOf(node: MdNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value = attribute.value;
    props[attribute.name] =
      value === null || value === undefined
        ? true
        : typeof value === 'string'
          ? value
          : JSON.parse((value as { value: string }).value);
  }
  return props;
}

function* components(node: MdNode): Generator<MdNode> {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? ''))
    yield node;
  for (const child of node.children ?? []) yield* components(child);
}

/** Runs the build's checks on the project at `root` (its `content/` and `public/`) with environment `env`. */
export async function checkContent(
  root: string,
  env: Record<string, string> = {},
  hadDist = false,
): Promise<CheckFailure | undefined> {
  // A production build leaves drafts out (src/report/drafts.ts).
  const drafts = draftFolders(path.join(root, 'content/reports'));
  const reports = readdirSync(path.join(root, 'content/reports')).filter(
    (entry) => existsSync(path.join(root, 'content/reports', entry, 'report.mdx')) && !drafts.includes(entry),
  );
  const read = (file: string) => readEditorFile(path.join(root, file), file);
  const mdxFiles: MdxFile[] = [];
  const stages: [FailureStage, () => void | Promise<void>][] = [
    [
      'start',
      () => {
        const lock = takeBuildLock(root);
        if ('holder' in lock) throw new Error(lockedMessage(lock.holder));
        lock.release();
      },
    ],
    ['environment', () => void readDeployEnv(env)],
    [
      'config',
      () => {
        refuseSymlinks(root);
        refuseUnreadableFiles(root);
        parseSiteJson(read('content/site.json'));
        noteUnusedHantExceptions(root, parseHantExceptions(read(hantExceptionsFile)));
        noteTraditionalCharacters(root);
        const placeholders = publishedPlaceholderProblems(root);
        if (placeholders.length) throw editorError(placeholders);
      },
    ],
    [
      'content loading',
      () => {
        for (const [pattern, schema] of [
          [/^[^/]+\/report\.mdx$/, reportSchema],
          [/^[^/]+\/chapters\/[^/]+\.mdx$/, chapterSchema],
          [/^[^/]+\/data\/[^/]+\.json$/, datasetSchema],
        ] as const) {
          const entries = filesIn(path.join(root, 'content/reports')).filter(
            (name) => pattern.test(name) && reports.includes(name.split('/')[0]!),
          );
          for (const entry of entries) {
            const file = `content/reports/${entry}`;
            const text = read(file);
            // Frontmatter and JSON syntax, before Astro's parsers (src/files/syntax-problems.ts).
            checkEntrySyntax(text, file);
            let data: unknown;
            if (file.endsWith('.json')) data = JSON.parse(text);
            else {
              data = parseFrontmatter(text).frontmatter;
              mdxFiles.push({ file, text, data: data as Record<string, unknown> });
            }
            checkEntryData(file, text, data, schema);
          }
        }
      },
    ],
    [
      'compile',
      () => {
        for (const mdx of mdxFiles) {
          checkMdxSyntax(mdx.text, mdx.file);
          const problems = markdownProblems(mdxTree(root, mdx), mdx.file, frontmatterCaptions(mdx.text));
          if (problems.length) throw editorError(problems);
        }
      },
    ],
    [
      'render',
      async () => {
        checkSiteJson(read('content/site.json'));
        for (const report of reports) {
          const folder = reportFolder(report);
          const chapters = orderChapters(
            mdxFiles
              .filter((mdx) => mdx.file.startsWith(`${folder}/chapters/`))
              .map((mdx) => ({ id: mdx.file, filePath: mdx.file, data: chapterSchema.parse(mdx.data) })),
          );
          // The report's record against its chapters (src/report/series.ts calls it as the pages render).
          const reportFile = `${folder}/report.mdx`;
          checkRecord(
            {
              id: report,
              filePath: reportFile,
              data: reportSchema.parse(mdxFiles.find((mdx) => mdx.file === reportFile)!.data),
            },
            chapters,
            () => read(reportFile),
            read,
          );
          const datasets = checkedDatasets(root, report);
          const files = filesIn(path.join(root, folder));
          const images = files.filter((file) => imagePattern.test(file));
          const unsupported = files.filter((file) => unsupportedPattern.test(file));
          for (const mdx of mdxFiles.filter((candidate) => candidate.file.startsWith(`${folder}/`))) {
            for (const node of components(mdxTree(root, mdx, true))) {
              const props = propsOf(node);
              if (node.name === 'Figure') {
                const figure = checkProps('Figure', figurePropsSchema, props);
                const lookup = figure.image ? lookupPhoto(report, figure.image, images, unsupported) : undefined;
                const problem = figurePhotoProblem({ ...props, alt: figure.alt }, lookup);
                if (problem) throw editorError(problem);
                if (lookup && 'key' in lookup) {
                  // The photo's size as Astro reads it: from the file's header, nothing decoded.
                  const file = lookup.key.slice(1);
                  const { width = 0, height = 0 } = await sharp(path.join(root, file), {
                    limitInputPixels: false,
                  }).metadata();
                  const tooLarge = photoSizeProblem(props, file, {
                    width,
                    height,
                    bytes: statSync(path.join(root, file)).size,
                  });
                  if (tooLarge) throw editorError(tooLarge);
                }
              } else if (node.name === 'Chart' || node.name === 'KeyFigures') {
                const schema = node.name === 'Chart' ? chartPropsSchema : keyFiguresPropsSchema;
                const { id } = checkProps(node.name, schema, props) as { id: string };
                pickDataset(node.name, id, props, report, datasets);
              }
            }
          }
        }
      },
    ],
  ];
  for (const [stage, check] of stages) {
    try {
      await check();
    } catch (caught) {
      const error = caught as Error;
      const message = isEditorError(error)
        ? `${error.message}\n${(error as Error & { hint?: string }).hint ?? ''}`
        : error.message;
      return {
        stage,
        error,
        message,
        output: `${message}\n${failureSummary(problemsIn(message), hadDist)}`,
      };
    }
  }
  return undefined;
}
