// Makes sure the system packages the tests use are installed: Debian's Chromium, Firefox ESR and WebKitGTK
// driver on a virtual display (the browser tests run in all three engines), a CJK font, nginx (the
// deploy-recipe test), poppler-utils (printed PDFs) and zbar-tools (QR codes). Installs the missing ones with apt-get when running as root; otherwise names them
// and stops: a browser test never skips for want of a browser.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { arch } from 'node:process';

const hasFont = () => spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.includes('CJK');
const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[arch] ?? `${arch}-linux-gnu`;
const file = (path) => () => existsSync(path);
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Each package, with what shows it is installed (the paths the tests use; the same overrides apply). */
const needs = [
  { pkg: 'chromium', what: 'Chromium', present: file(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { pkg: 'firefox-esr', what: 'Firefox', present: file(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') },
  {
    pkg: 'webkit2gtk-driver',
    what: 'WebKitWebDriver and MiniBrowser',
    present: () =>
      existsSync(process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver') &&
      existsSync(process.env.MINIBROWSER_PATH ?? `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`),
  },
  { pkg: 'xvfb', what: 'Xvfb (the display WebKit runs on)', present: file(process.env.XVFB_PATH ?? '/usr/bin/Xvfb') },
  { pkg: 'fonts-noto-cjk', what: 'a CJK font', present: hasFont },
  { pkg: 'nginx', what: 'nginx', present: file(process.env.NGINX_PATH ?? '/usr/sbin/nginx') },
  { pkg: 'poppler-utils', what: 'pdftoppm (reading printed PDFs back)', present: () => onPath('pdftoppm') },
  { pkg: 'zbar-tools', what: 'zbarimg (reading QR codes as a phone does)', present: () => onPath('zbarimg') },
];

const missing = needs.filter((need) => !need.present());
if (missing.length === 0) process.exit(0);

const packages = missing.map((need) => need.pkg);
if (process.getuid?.() !== 0) {
  console.error(
    [
      `测试缺少系统软件包：${packages.join('、')}。请运行：`,
      `The tests need ${missing.map((need) => `${need.what} (${need.pkg})`).join(', ')}, which are not installed. Run:`,
      '',
      `  sudo apt-get install -y ${packages.join(' ')}`,
      '',
      'then npm test again. (Run as root, npm test installs them itself.)',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Installing ${packages.join(' ')} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', ...packages],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const still = needs.filter((need) => !need.present());
if (still.length) {
  console.error(`apt-get finished, but ${still.map((need) => need.what).join(', ')} still cannot be found.`);
  process.exit(1);
}
