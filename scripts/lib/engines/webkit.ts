/**
 * WebKit, as on every iPhone and in WeChat's in-app browser there: Debian's WebKitGTK MiniBrowser,
 * driven over W3C WebDriver (`webkit2gtk-driver`) on a virtual X display (`xvfb`).
 *
 * The client is Node's own fetch to the W3C endpoints, not an npm WebDriver client: the tests use
 * nine commands of the standard (new session, navigate, window rect, execute, actions, find element,
 * click, screenshot, delete), each one JSON request, and the clients on npm (webdriver, selenium-webdriver)
 * bring 20–60 packages for protocol layers this needs none of.
 *
 * MiniBrowser takes its WebKitSettings as arguments, so a tab with scripts off or with another user
 * agent is a session launched with `--enable-javascript=false` or `--user-agent=…`. WebKitWebDriver
 * serves one session at a time, so each tab is a session (about 1.5 s to launch), closed with the tab.
 * WebDriver classic has no init scripts: the test server adds the page probe to the HTML instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Engine, EngineKey, EngineTab, TabOptions } from './engine.ts';

export const webKitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const xvfbPath = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

/** Debian's multiarch folder for this machine (MiniBrowser lives under it). */
const multiarch: Record<string, string> = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' };

/** MiniBrowser's path on this machine's architecture. */
export function miniBrowserPath(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const triplet = multiarch[process.arch] ?? `${process.arch}-linux-gnu`;
  return `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`;
}

/** W3C WebDriver key code points (WebDriver §17.4.2). */
const keyCodes: Record<EngineKey, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** The W3C name of the key that identifies a web element in JSON. */
const elementKey = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * MiniBrowser's toolbar (back, forward, home, new tab, address, reload, find, menu) makes its window at
 * least 447 px wide, wider than a phone. This style sheet for its GTK widgets shrinks the buttons and
 * the address field so the window, and with it the page's viewport, can be 390 px; the page itself is
 * drawn by WebKit, not GTK, and is untouched.
 */
const narrowToolbarCss =
  'button, entry { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd), so parallel test files never collide. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${stderr.trim()}`)));
    let out = '';
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: child });
    });
  });
}

class WebDriverError extends Error {}

/** One W3C WebDriver command; throws the driver's error with the command that caused it. */
async function command<T>(base: string, method: 'GET' | 'POST' | 'DELETE', route: string, body?: unknown): Promise<T> {
  // A driver that never answers fails the command, naming it (a bare TimeoutError named nothing: a hung
  // 'at 1280 px' set-up in one full run could not be told apart from a hung page), instead of the hook timing out.
  const response = await fetch(base + route, {
    signal: AbortSignal.timeout(60_000),
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch((error: Error) => {
    throw new WebDriverError(`WebDriver ${method} ${route}: no answer (${error.name}: ${error.message})`);
  });
  const json = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok || (json.value && typeof json.value === 'object' && 'error' in json.value && json.value.error))
    throw new WebDriverError(`WebDriver ${method} ${route}: ${json.value?.error} ${json.value?.message ?? ''}`.trim());
  return json.value;
}

async function waitForDriver(base: string, driver: ChildProcess, log: () => string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${log()}`);
    try {
      const status = await command<{ ready: boolean }>(base, 'GET', '/status');
      if (status.ready !== undefined) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`WebKitWebDriver did not answer on ${base} within 15 s: ${log()}`);
}

export async function launchWebKitEngine(): Promise<Engine> {
  const binary = miniBrowserPath();
  for (const [file, pkg] of [
    [xvfbPath, 'xvfb'],
    [webKitDriverPath, 'webkit2gtk-driver'],
    [binary, 'webkit2gtk-driver'],
  ] as const)
    if (!existsSync(file)) throw new Error(`WebKit tests need ${file}: apt-get install -y ${pkg}`);

  const config = mkdtempSync(path.join(tmpdir(), 'xinzhi-webkit-'));
  mkdirSync(path.join(config, 'gtk-3.0'));
  writeFileSync(path.join(config, 'gtk-3.0', 'gtk.css'), narrowToolbarCss);
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(webKitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config, GDK_BACKEND: 'x11' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let driverLog = '';
  driver.stderr!.on('data', (chunk) => (driverLog = (driverLog + chunk).slice(-2000)));
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    driver.kill();
    xvfb.process.kill();
    rmSync(config, { recursive: true, force: true });
  };
  try {
    await waitForDriver(base, driver, () => driverLog);
  } catch (error) {
    stop();
    throw error;
  }

  let version = 'WebKitGTK MiniBrowser';
  let open: WebKitTab | undefined;

  return {
    name: 'webkit',
    get version() {
      return version;
    },
    async open(options: TabOptions) {
      // One session at a time: a new tab ends the previous one.
      await open?.close();
      const args = ['--automation'];
      if (options.scripts === false) args.push('--enable-javascript=false');
      if (options.userAgent) args.push(`--user-agent=${options.userAgent}`);
      const session = await command<{ sessionId: string; capabilities: { browserVersion: string } }>(
        base,
        'POST',
        '/session',
        {
          capabilities: {
            alwaysMatch: {
              browserName: 'MiniBrowser',
              'webkitgtk:browserOptions': { binary, args },
            },
          },
        },
      ).catch((error: Error) => {
        // What the driver said while it started the browser, with the command that failed.
        throw new Error(`${error.message}\nWebKitWebDriver's log: ${driverLog.slice(-1000)}`);
      });
      version = `WebKitGTK ${session.capabilities.browserVersion}`;
      open = new WebKitTab(`${base}/session/${session.sessionId}`, () => (open = undefined));
      await open.resize(options.width, options.height);
      return open;
    },
    async close() {
      await open?.close().catch(() => {});
      stop();
    },
  };
}

/** MiniBrowser's window around the page: learned once, the same for every session. */
let toolbar = { width: 0, height: 0 };

/**
 * Runs in the page: the viewport as soon as it is `width` × `height`; otherwise once the window has
 * stopped resizing (300 ms after its last `resize` event, or a second with none: the size was final).
 * Reading at once after Set Window Rect can see the old size, which failed a CI run.
 */
function viewportSettled(width: number, height: number) {
  return new Promise<[number, number]>((resolve) => {
    const done = () => resolve([innerWidth, innerHeight]);
    if (innerWidth === width && innerHeight === height) return done();
    let quiet = setTimeout(done, 1000);
    addEventListener('resize', () => {
      clearTimeout(quiet);
      if (innerWidth === width && innerHeight === height) done();
      else quiet = setTimeout(done, 300);
    });
  });
}

class WebKitTab implements EngineTab {
  #closed = false;
  private readonly session: string;
  private readonly onClose: () => void;
  constructor(session: string, onClose: () => void) {
    this.session = session;
    this.onClose = onClose;
  }

  #send<T>(method: 'GET' | 'POST' | 'DELETE', route: string, body?: unknown) {
    return command<T>(this.session, method, route, body);
  }

  /**
   * Sizes the window so the page's viewport is `width` × `height`. MiniBrowser's toolbar takes some of
   * the window; its size is learned on the first resize. The window manager applies a new size a little
   * later, so each reading waits for the page's own `resize` events (see viewportSettled).
   */
  async resize(width: number, height: number) {
    let seen: [number, number] = [0, 0];
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.#send('POST', '/window/rect', { width: width + toolbar.width, height: height + toolbar.height });
      seen = await this.evaluate(viewportSettled, width, height);
      if (seen[0] === width && seen[1] === height) return;
      toolbar = { width: toolbar.width + width - seen[0], height: toolbar.height + height - seen[1] };
    }
    throw new Error(`WebKit: asked for a ${width}×${height} viewport, got ${seen[0]}×${seen[1]}`);
  }

  async goto(url: string) {
    await this.#send('POST', '/url', { url });
  }

  async evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>> {
    // execute/async: the last argument is the callback; a thrown error or rejection comes back as { error }.
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String((error && error.stack) || error) }));`;
    const result = await this.#send<{ value?: Awaited<R>; error?: string }>('POST', '/execute/async', {
      script,
      args,
    });
    if (result.error) throw new Error(`in the page: ${result.error}`);
    return result.value as Awaited<R>;
  }

  async press(key: EngineKey) {
    const value = keyCodes[key];
    await this.#send('POST', '/actions', {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ],
        },
      ],
    });
    await this.#send('DELETE', '/actions');
  }

  async click(selector: string) {
    const element = await this.#send<Record<string, string>>('POST', '/element', {
      using: 'css selector',
      value: selector,
    });
    await this.#send('POST', `/element/${element[elementKey]}/click`, {});
  }

  async screenshot(file: string) {
    // WebDriver screenshots the viewport only (and WebKit's element screenshot of <html> as well): scroll
    // a viewport at a time and stack the pieces.
    const { height, viewport } = await this.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      viewport: innerHeight,
    }));
    const pieces: { input: Buffer; top: number; left: number }[] = [];
    for (let top = 0; top < height; top += viewport) {
      const scrolled = await this.evaluate(async (y: number) => {
        scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return scrollY;
      }, top);
      const png = await this.#send<string>('GET', '/screenshot');
      pieces.push({ input: Buffer.from(png, 'base64'), top: scrolled, left: 0 });
    }
    const { width = 0 } = await sharp(pieces[0]!.input).metadata();
    await sharp({ create: { width, height, channels: 3, background: '#ffffff' }, limitInputPixels: false })
      .composite(pieces)
      .png()
      .toFile(file);
    await this.evaluate(() => scrollTo(0, 0));
  }

  async close() {
    if (this.#closed) return;
    this.#closed = true;
    this.onClose();
    await this.#send('DELETE', '').catch(() => {});
  }
}
