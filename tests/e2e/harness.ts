/**
 * Real-browser test harness: a local HTTP server on 127.0.0.1 for test pages, and Chromium or
 * Firefox ESR with the built extension loaded (recipes: ../shared/notes/browser-testing.md).
 * Tests drive what a reader does: the toolbar button (the browser's own action path), the
 * keyboard command, clicks inside the sidebar's open shadow root.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type ElementHandle, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { FIXTURES, ROOT } from '../helpers/fixtures';
import { BROWSER_PATHS, missingBrowsersMessage, SKIP_VAR, skippingBrowserTests } from './browser-paths';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export const OUTPUT_DIR = resolve(ROOT, 'test-output');

const EXECUTABLES = BROWSER_PATHS;

/**
 * The built extension for a browser. Tests and benchmarks load the test build (dist-test/: the
 * shadow root open, the background's test hooks, performance marks); tests of what a page can
 * and cannot do to Gloss load the shipped build (dist/).
 */
export function distDir(name: BrowserName, build: 'test' | 'shipped' = 'test'): string {
  return resolve(ROOT, build === 'test' ? 'dist-test' : 'dist', name === 'chromium' ? 'chrome' : 'firefox');
}

/**
 * Why a browser's tests are skipped (GLOSS_SKIP_BROWSER_TESTS=1, or no build), or null. A missing
 * browser is an error that says how to install it, never a quiet skip.
 */
export function unavailable(name: BrowserName): string | null {
  if (skippingBrowserTests()) return `${SKIP_VAR}=1`;
  if (!existsSync(EXECUTABLES[name])) throw new Error(missingBrowsersMessage([name]));
  let why: string | null = null;
  if (!existsSync(resolve(distDir(name), 'manifest.json'))) why = `${distDir(name)} not built (npm run build:test)`;
  // On CI nothing may be skipped quietly: a missing build fails the run.
  if (why && process.env.CI) throw new Error(`browser tests cannot run: ${why}`);
  return why;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  origin: string;
  url(path: string): string;
  /** Serves `body` at `path` (HTML unless a content type is given), with optional extra headers. */
  route(path: string, body: string | Handler, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Serves tests/fixtures/pages/* and whatever tests route; loopback only. */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    const file = resolve(FIXTURES, 'pages', `.${decodeURIComponent(path)}`);
    if (file.startsWith(resolve(FIXTURES, 'pages')) && existsSync(file) && !file.endsWith('/')) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => `${origin}${p}`,
    route(path, body, headers = {}) {
      routes.set(
        path,
        typeof body === 'function'
          ? body
          : (_req, res) => {
              res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
              res.end(body);
            },
      );
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface Session {
  name: BrowserName;
  browser: Browser;
  extensionId: string;
  newPage(): Promise<Page>;
  /** Clicks Gloss's toolbar button for this page's tab, through the browser's own action code. */
  clickToolbar(page: Page): Promise<void>;
  /** Runs a keyboard command (as its shortcut would) for the active tab. */
  runCommand(page: Page, command: 'toggle-sidebar' | 'toggle-highlights'): Promise<void>;
  close(): Promise<void>;
}

// prettier-ignore
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function launch(name: BrowserName, build: 'test' | 'shipped' = 'test'): Promise<Session> {
  return name === 'chromium' ? launchChromium(build) : launchFirefox(build);
}

/**
 * Waits until the service worker has run its top-level code. Its target exists before that, and
 * on a fresh install Chromium drops an action click that arrives before the worker has first
 * registered its listeners (it has none on record yet): seen as a first toolbar click that
 * nothing answered.
 */
export async function backgroundReady(target: Target, timeout = 20_000): Promise<WebWorker> {
  const end = Date.now() + timeout;
  for (;;) {
    const w = await target.worker();
    // The toolbar listener is registered by the background's top-level code (in both builds).
    const ready = w
      ? await w
          .evaluate(() =>
            (
              globalThis as unknown as { chrome: { action: { onClicked: { hasListeners(): boolean } } } }
            ).chrome.action.onClicked.hasListeners(),
          )
          .catch(() => false)
      : false;
    if (w && ready) return w;
    if (Date.now() > end) throw new Error('the service worker never finished starting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function launchChromium(build: 'test' | 'shipped'): Promise<Session> {
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    enableExtensions: [distDir('chromium', build)],
    args: CHROMIUM_ARGS,
    defaultViewport: { width: 1280, height: 900 },
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
    { timeout: 20_000 },
  );
  const extensionId = new URL(worker.url()).host;
  await backgroundReady(worker);
  return chromiumSession(browser, extensionId);
}

function chromiumSession(browser: Browser, extensionId: string): Session {
  const serviceWorker = async () => {
    const t = await browser.waitForTarget(
      (x) => x.type() === 'service_worker' && x.url().startsWith(`chrome-extension://${extensionId}/`),
      { timeout: 20_000 },
    );
    const w = await t.worker();
    if (!w) throw new Error('no service worker');
    return w;
  };
  return {
    name: 'chromium',
    browser,
    extensionId,
    newPage: () => browser.newPage(),
    async clickToolbar(page) {
      const ext = (await browser.extensions()).get(extensionId);
      if (!ext) throw new Error('extension not loaded');
      await page.bringToFront();
      await ext.triggerAction(page);
    },
    async runCommand(page, command) {
      await page.bringToFront();
      const w = await serviceWorker();
      await w.evaluate(async (c) => {
        const bg = (globalThis as unknown as { glossBackground: { handleCommand(c: string): Promise<unknown> } })
          .glossBackground;
        await bg.handleCommand(c);
      }, command);
    },
    close: () => browser.close(),
  };
}

/**
 * A Chromium profile with the test build installed and its service worker run once, so that
 * Chromium has its listeners on record, as in a reader's browser (see `startChromiumWithPage`).
 */
export async function chromiumProfileWithGloss(userDataDir: string): Promise<string> {
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: true,
    args: [...CHROMIUM_ARGS, ...loadAtStart()],
  });
  try {
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
      { timeout: 20_000 },
    );
    await backgroundReady(worker);
    return new URL(worker.url()).host;
  } finally {
    await browser.close();
  }
}

/** Chromium's switches that load the test build as the browser starts (not after, as puppeteer's own install does). */
function loadAtStart(): string[] {
  return [`--load-extension=${distDir('chromium')}`, '--disable-features=DisableLoadExtensionCommandLineSwitch'];
}

/**
 * Starts Chromium on `profile` (from `chromiumProfileWithGloss`) with `url` as the page it opens
 * at start, as a browser restoring its tabs does: the page loads while Gloss's service worker is
 * starting. Returns at once with the page, which may not have loaded yet.
 */
export async function startChromiumWithPage(
  profile: string,
  extensionId: string,
  url: string,
): Promise<{ session: Session; page: Page }> {
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    userDataDir: profile,
    enableExtensions: true,
    args: [...CHROMIUM_ARGS, ...loadAtStart(), url],
    defaultViewport: { width: 1280, height: 900 },
  });
  const target = await browser.waitForTarget((t) => t.type() === 'page' && t.url() === url, { timeout: 20_000 });
  const page = await target.page();
  if (!page) throw new Error('the page at start has no page handle');
  return { session: chromiumSession(browser, extensionId), page };
}

async function launchFirefox(build: 'test' | 'shipped'): Promise<Session> {
  const browser = await startFirefox();
  const extensionId = await browser.installExtension(distDir('firefox', build));
  return firefoxSession(browser, extensionId);
}

/**
 * Starts Firefox, then loads `url` in its first tab while installing the test build, so that the
 * page loads while Gloss's background is starting (a temporary add-on does not outlive a restart,
 * so this is the nearest Firefox comes to a browser restoring its tabs). Returns once the add-on
 * is installed, with the page, which may not have loaded yet.
 */
export async function startFirefoxWithPage(url: string): Promise<{ session: Session; page: Page }> {
  const browser = await startFirefox();
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // Not awaited: the caller waits for the page's load event itself.
  void page.goto(url).catch(() => null);
  const extensionId = await browser.installExtension(distDir('firefox'));
  return { session: firefoxSession(browser, extensionId), page };
}

async function startFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'browser.aboutwelcome.enabled': false,
    },
  });
}

/**
 * Runs `expression` in Firefox's browser window (the chrome scope), where Firefox's own toolbar
 * and keys run their commands and where its preferences can be set (needs
 * --remote-allow-system-access, which startFirefox passes).
 */
export async function inFirefoxChrome(browser: Browser, expression: string): Promise<void> {
  const conn = (browser as unknown as { connection: { send(m: string, p: unknown): Promise<{ result: unknown }> } })
    .connection;
  const tree = (await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as unknown as {
    result: { contexts: { context: string; url: string }[] };
  };
  const ctx = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!ctx) throw new Error('Firefox browser window not found');
  const res = (await conn.send('script.evaluate', {
    expression,
    target: { context: ctx.context },
    awaitPromise: true,
  })) as unknown as {
    result: { type: string; exceptionDetails?: { text: string } };
  };
  if (res.result.type === 'exception')
    throw new Error(`chrome-scope script failed: ${res.result.exceptionDetails?.text}`);
}

function firefoxSession(browser: Browser, extensionId: string): Session {
  const inChrome = (expression: string) => inFirefoxChrome(browser, expression);
  return {
    name: 'firefox',
    browser,
    extensionId,
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      return page;
    },
    async clickToolbar(page) {
      await page.bringToFront();
      await inChrome(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
        ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(window);
      })()`);
    },
    async runCommand(page, command) {
      await page.bringToFront();
      const keysetId = `ext-keyset-id-${extensionId.replace(/[@.]/g, '_')}`;
      // Firefox's <key> elements carry no id or command name, only their key: found by the
      // manifest's suggested key for the command.
      const letter = suggestedKey(command);
      await inChrome(`(() => {
        const keyset = document.getElementById(${JSON.stringify(keysetId)});
        const key = [...keyset.children].find((k) => k.getAttribute('key') === ${JSON.stringify(letter)}) || [...keyset.children].find((k) => k.getAttribute('oncommand') === null && k.id.includes(${JSON.stringify(command)})) || null;
        const target = key || [...keyset.children].find((k) => (k.getAttribute('data-l10n-args') || k.id || '').includes(${JSON.stringify(command)}));
        (target || keyset.firstElementChild).doCommand();
      })()`);
    },
    close: () => browser.close(),
  };
}

/** The key of a command's suggested shortcut in the manifest ("Alt+Shift+H" -> "H"). */
function suggestedKey(command: string): string | null {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as {
    commands?: Record<string, { suggested_key?: { default?: string } }>;
  };
  return manifest.commands?.[command]?.suggested_key?.default?.split('+').pop() ?? null;
}

/**
 * Finds the first element matching a selector in the document or any open shadow root. Kept as
 * source text: tools that transform TypeScript (tsx adds name helpers) must not touch code that
 * runs in the page.
 */
const DEEP_FIND = `(function deepFind(sel) {
  function find(root) {
    var hit = root.querySelector(sel);
    if (hit) return hit;
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) {
      if (all[i].shadowRoot) { var inner = find(all[i].shadowRoot); if (inner) return inner; }
    }
    return null;
  }
  return find(document);
})`;

/**
 * Waits for an element inside open shadow roots. Polls on a timer: puppeteer's own pierce/
 * waiting watches document mutations, which do not fire for changes inside a shadow root.
 */
export async function pierce(page: Page, selector: string, timeout = 15_000): Promise<ElementHandle<Element>> {
  try {
    const handle = await page.waitForFunction(`${DEEP_FIND}(${JSON.stringify(selector)})`, { timeout, polling: 100 });
    return handle as ElementHandle<Element>;
  } catch (e) {
    throw new Error(`${selector} did not appear; Gloss showed: ${await glossText(page)}`, { cause: e });
  }
}

export async function pierceGone(page: Page, selector: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(`!${DEEP_FIND}(${JSON.stringify(selector)})`, { timeout, polling: 100 });
}

/** The text of Gloss's UI in the page (for failure messages). */
export async function glossText(page: Page): Promise<string> {
  return page
    .evaluate(
      `(function () {
      var hosts = Array.prototype.filter.call(document.querySelectorAll('*'), function (e) { return e.tagName.toLowerCase().indexOf('gloss-root') === 0; });
      if (!hosts.length) return '(no gloss-root element)';
      return hosts.map(function (h) { return (h.shadowRoot ? h.shadowRoot.textContent : '(no shadow root)').replace(/\\s+/g, ' ').slice(0, 400); }).join(' | ');
    })()`,
    )
    .then((t) => String(t))
    .catch((e: unknown) => `(could not read: ${String(e)})`);
}

/**
 * The tab whose document is at `path`. Found by asking each tab for its location: Firefox's
 * WebDriver BiDi reports extension pages as about:blank.
 */
export async function tabAt(session: Session, path: string, timeout = 15_000): Promise<Page> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    for (const p of await session.browser.pages()) {
      const href = await p.evaluate('location.href').catch(() => '');
      if (String(href).includes(path)) return p;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no tab at ${path}`);
}

/**
 * Runs `fn` (source text of a function of the background's global object, returning JSON) in
 * the background of the test build. Chromium: in the service worker. Firefox, whose background
 * page BiDi cannot reach: from the settings page, opened as a reader would from the sidebar
 * (which must be open in `page`), through runtime.getBackgroundPage().
 */
export async function inBackground(session: Session, page: Page, fn: string): Promise<unknown> {
  if (session.name === 'chromium') {
    for (let i = 0; ; i++) {
      const t = await session.browser.waitForTarget(
        (x) => x.type() === 'service_worker' && x.url().includes(session.extensionId),
      );
      const got = await (await t.worker())!.evaluate(`(${fn})(globalThis)`).catch(() => undefined);
      if (got !== undefined && got !== false) return got;
      if (i > 100) return got;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await (await pierce(page, '.gl-open-options')).click();
  const options = await tabAt(session, '/extension/options/options.html');
  const got = await options.evaluate(`browser.runtime.getBackgroundPage().then((bg) => (${fn})(bg))`);
  await options.close();
  await page.bringToFront();
  return got;
}

export async function textOf(el: ElementHandle<Element>): Promise<string> {
  return el.evaluate((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = resolve(OUTPUT_DIR, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}
