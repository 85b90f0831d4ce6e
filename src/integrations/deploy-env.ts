/**
 * Reads the deployment settings from the environment and fails early, with a
 * clear message, on a value that would build a broken site.
 *
 * - `SITE_URL` is where the site is published. A path in it (GitHub Pages project sites:
 *   `https://user.github.io/repo`) is the base path; `BASE_PATH`, when also set, must agree.
 * - `BASE_PATH` is the folder the site is served from. Each part of it is letters, digits
 *   (any script, so `/中文/` works) or `- . _ ~`; nothing a browser would read as another
 *   host (`//evil.example/`), a parent folder (`..`) or an escape (`%20`).
 */
import { editorError } from '../errors';

/**
 * A setting that would build a broken site, through the one error path: `where` is the variable,
 * Chinese first (what is wrong, what to write), the English gist after.
 */
function envError(variable: string, message: string, hint: string, en: string): Error {
  return editorError({ file: `环境变量 ${variable}`, message, hint, en });
}

interface DeployEnv {
  /** The origin, e.g. `https://news.example.org`; absent: no canonical URLs, share cards or sitemap. */
  site?: string;
  /** The base path, with leading and trailing `/`. */
  base: string;
  /** Things that build but are probably not meant (e.g. `http://`), for the build to print. */
  warnings: string[];
}

/** One folder name of a base path: Unicode letters and digits, and `- . _ ~` (URL-safe without escaping). */
const segmentPattern = /^[\p{L}\p{N}\p{M}._~-]+$/u;

/** Checks a base path and adds the slashes it needs; throws naming the variable on a bad one. */
function normaliseBase(raw: string, variable: string, label: string = variable): string {
  const example = 'e.g. /reports/xin-zhi/';
  const zh = label === variable ? variable : `${variable} 的路径`;
  const hint =
    variable === 'BASE_PATH'
      ? '写成 / 开头、/ 结尾的文件夹路径，例如 BASE_PATH=/reports/xin-zhi/。'
      : '网址里域名后面的部分是文件夹路径，例如 SITE_URL=https://user.github.io/repo/。';
  if (!raw.startsWith('/'))
    throw envError(
      variable,
      `${zh} "${raw}" 要以 / 开头`,
      hint,
      `${label}: "${raw}" must be a path starting with "/", ${example}`,
    );
  if (raw.startsWith('//') || raw.includes('\\'))
    throw envError(
      variable,
      `${zh} "${raw}" 以 // 开头或含有 \\，浏览器会把它当成另一个网站的地址`,
      `路径只以一个 / 开头，后面是文件夹名；${hint}`,
      `${label}: "${raw}" starts like an address on another host ("//" or "\\"); a base path is one "/" and folder names, ${example}`,
    );
  const segments = raw.split('/').filter(Boolean);
  for (const segment of segments) {
    if (segment === '.' || segment === '..')
      throw envError(
        variable,
        `${zh} "${raw}" 里有 "${segment}" 这一级`,
        `直接写文件夹本身的路径；${hint}`,
        `${label}: "${raw}" has a "${segment}" folder; write the folder path itself, ${example}`,
      );
    if (segment.includes('%'))
      throw envError(
        variable,
        `${zh} "${raw}" 里有 %-转义（"${segment}"）`,
        `直接写字符本身（字母、数字和 - . _ ~，中文也可以）；${hint}`,
        `${label}: "${raw}" has a %-escape ("${segment}"); write the characters themselves (letters, digits, - . _ ~), ${example}`,
      );
    if (!segmentPattern.test(segment))
      throw envError(
        variable,
        `${zh} "${raw}" 的文件夹名 "${segment}" 只能用字母、数字和 - . _ ~（不能有空格、?、# 等符号）`,
        hint,
        `${label}: "${raw}": folder "${segment}" may hold only letters, digits and - . _ ~ (no spaces, ?, # or other signs), ${example}`,
      );
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

const siteHint =
  '写成完整的网址，例如 SITE_URL=https://news.example.org（GitHub Pages 的项目网站：https://用户名.github.io/仓库名）。';

export function readDeployEnv(env: Record<string, string | undefined>): DeployEnv {
  const warnings: string[] = [];
  const rawSite = env.SITE_URL?.trim();
  let site: string | undefined;
  let sitePath = '/';
  if (rawSite) {
    let url: URL;
    try {
      url = new URL(rawSite);
    } catch {
      throw envError(
        'SITE_URL',
        `SITE_URL "${rawSite}" 不是完整的网址`,
        siteHint,
        `SITE_URL: "${rawSite}" is not an absolute URL; expected e.g. https://news.example.org`,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw envError(
        'SITE_URL',
        `SITE_URL "${rawSite}" 要以 https:// 或 http:// 开头`,
        siteHint,
        `SITE_URL: "${rawSite}" must start with https:// or http://`,
      );
    }
    if (url.username || url.password || url.search || url.hash) {
      throw envError(
        'SITE_URL',
        `SITE_URL "${rawSite}" 里有用户名、密码、?参数或 #锚点`,
        `只写网站的地址；${siteHint}`,
        `SITE_URL: "${rawSite}" holds a user name, password, ?query or #fragment; give only the address, e.g. https://news.example.org`,
      );
    }
    if (url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
      warnings.push(
        `SITE_URL "${rawSite}" 用的是 http://：规范链接、分享卡片和网站地图会把读者引到不加密的地址。除非网站确实不用 TLS，请改用 https://。` +
          `(SITE_URL: "${rawSite}" uses http://: canonical links, share cards and the sitemap will point readers to an unencrypted address. Use https:// unless the site really is served without TLS.)`,
      );
    }
    site = url.origin;
    let decoded: string;
    try {
      decoded = decodeURI(url.pathname);
    } catch {
      throw envError(
        'SITE_URL',
        `SITE_URL "${rawSite}" 的路径里有不完整的 %-转义`,
        `直接写路径里的字符本身；${siteHint}`,
        `SITE_URL: "${rawSite}" has a malformed %-escape in its path`,
      );
    }
    sitePath = normaliseBase(decoded, 'SITE_URL', 'SITE_URL (its path)');
  }
  const rawBase = env.BASE_PATH?.trim();
  let base = sitePath;
  if (rawBase) {
    base = normaliseBase(rawBase, 'BASE_PATH');
    if (sitePath !== '/' && base !== sitePath) {
      throw envError(
        'BASE_PATH',
        `SITE_URL（"${rawSite}"）的路径是 ${sitePath}，BASE_PATH 却是 ${base}`,
        '路径只在其中一个里写，或者两个写成一样。',
        `SITE_URL ("${rawSite}") has the path ${sitePath} but BASE_PATH is ${base}: give the path in one of them only, or the same in both`,
      );
    }
  }
  return { site, base, warnings };
}
