/**
 * The system clipboard's text in the browser under test: Chromium's read back from a page of the
 * test server (clipboard-read granted to its origin), Firefox's from the browser window's scope.
 */
import type { Session, TestServer } from './harness';

/** Firefox's clipboard text, read in the browser window's privileged scope over BiDi. */
export async function firefoxClipboard(session: Session): Promise<string> {
  const conn = (
    session.browser as unknown as { connection: { send(m: string, p: unknown): Promise<{ result: unknown }> } }
  ).connection;
  const tree = (await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as unknown as {
    result: { contexts: { context: string; url: string }[] };
  };
  const ctx = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!ctx) throw new Error('Firefox browser window not found');
  const expression = `(() => {
    const t = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
    t.init(null);
    t.addDataFlavor('text/plain');
    Services.clipboard.getData(t, Ci.nsIClipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
    const out = {};
    t.getTransferData('text/plain', out);
    return out.value.QueryInterface(Ci.nsISupportsString).data;
  })()`;
  const res = (await conn.send('script.evaluate', {
    expression,
    target: { context: ctx.context },
    awaitPromise: true,
  })) as unknown as {
    result: { type: string; result?: { value?: unknown } };
  };
  if (res.result.type !== 'success') throw new Error('could not read the clipboard');
  return String(res.result.result?.value ?? '');
}

/** Chromium: read from a fresh page of `server` (its origin must have clipboard-read granted). */
export async function chromiumClipboard(session: Session, server: TestServer): Promise<string> {
  const reader = await session.newPage();
  try {
    await reader.goto(server.url('/clipboard-reader'), { waitUntil: 'load' });
    await reader.bringToFront();
    return String(await reader.evaluate(() => navigator.clipboard.readText()));
  } finally {
    await reader.close();
  }
}

/** Grants what chromiumClipboard needs and serves its page (call once, before reading). */
export async function prepareClipboard(session: Session, server: TestServer): Promise<void> {
  if (session.name !== 'chromium') return;
  server.route('/clipboard-reader', '<!doctype html><title>clipboard</title><p>reads the clipboard</p>');
  await session.browser
    .defaultBrowserContext()
    .overridePermissions(server.origin, ['clipboard-read', 'clipboard-sanitized-write']);
}

export async function readClipboard(session: Session, server: TestServer): Promise<string> {
  return session.name === 'chromium' ? chromiumClipboard(session, server) : firefoxClipboard(session);
}
