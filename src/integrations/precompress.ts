/**
 * Astro integration: after a build, writes a gzipped copy (`<file>.gz`) beside every text file a
 * host serves compressed (HTML, CSS, JS, SVG, JSON, CSV, XML, plain text), so a host that serves
 * precompressed files (nginx `gzip_static on;`, see deploy/nginx.conf) sends them at zlib's best
 * level without compressing on every request. nginx's own on-the-fly gzip uses level 1 by default,
 * which for /full/ is about 15 % more bytes.
 *
 * The compressor is the machine's GNU gzip where there is one (every Linux, macOS): its deflate packs
 * this site's HTML about 2.5 % tighter than Node's zlib (Chromium's fork, tuned for speed), which is
 * what brings /full/ (13.4 KB against 13.8 KB) under the ~14.6 KB a first round trip carries, and so its
 * first paint under 1 s in Lighthouse (issue 13). Without gzip, Node's zlib at its best level.
 *
 * The copies are byte-identical across builds: the gzip header carries no file name and a zero
 * modification time (`gzip -n`), and the input is the (reproducible) build output. Runs last, after
 * every integration that writes files.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** The file types that get a `.gz` copy: the text types a host would otherwise gzip on the fly. */
const PRECOMPRESSED_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.svg', '.json', '.csv', '.xml', '.txt'];

/**
 * The gzipped bytes Node's zlib makes of a file, used where the machine has no gzip command: best
 * compression, no name, zero time: the same input gives the same bytes.
 */
export function gzipForHost(content: Buffer): Buffer {
  return gzipSync(content, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
}

/** True when the machine has a gzip command (GNU gzip on Linux, gzip on macOS). */
export function hasSystemGzip(): boolean {
  return spawnSync('gzip', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Writes `<file>.gz` beside each file with the machine's gzip: best level, no name, no time, the file kept. */
function systemGzip(files: string[]): void {
  // A few hundred files per command, well inside any command-line length limit.
  for (let start = 0; start < files.length; start += 200) {
    const result = spawnSync('gzip', ['-9', '-n', '-k', '-f', '--', ...files.slice(start, start + 200)], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`gzip failed: ${result.stderr || result.error?.message}`);
  }
}

/**
 * Writes `<file>.gz` beside every file of `dir` with a precompressed extension; returns their paths
 * relative to `dir`, sorted, with `/` separators.
 */
export async function precompressDir(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && PRECOMPRESSED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  if (hasSystemGzip()) systemGzip(files);
  else for (const file of files) await writeFile(`${file}.gz`, gzipForHost(await readFile(file)));
  return files.map((file) => path.relative(dir, file).split(path.sep).join('/'));
}

export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await precompressDir(fileURLToPath(dir));
        logger.info(`${files.length} files: a .gz copy beside each, for hosts that serve precompressed files`);
      },
    },
  };
}
