// Makes sure the system packages the tests use are installed: Debian's Chromium and a CJK font
// (browser tests), nginx (the deploy-recipe test), poppler-utils (reading printed PDFs back) and
// zbar-tools (reading QR codes as a phone does). Installs them with apt-get when running as root;
// otherwise says what to do.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasFont = () => spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.includes('CJK');
const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
if (existsSync(chromium) && hasFont() && existsSync(nginx) && onPath('pdftoppm') && onPath('zbarimg')) process.exit(0);

const packages = ['chromium', 'fonts-noto-cjk', 'nginx', 'poppler-utils', 'zbar-tools'];
if (process.getuid?.() !== 0) {
  console.error(
    `The tests need Chromium at ${chromium}, a CJK font, nginx at ${nginx}, pdftoppm and zbarimg. Run: sudo apt-get install -y ${packages.join(' ')}`,
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
