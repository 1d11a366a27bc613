/**
 * A reader's click the background could not hand to the tab's content script waits for that
 * script to start and ask (src/platform/background/pending-clicks.ts; the background's `hello` answer), and a
 * click carries an id so that one delivered by both ways is acted on once.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createPendingClicks,
  PENDING_CLICK_MS,
  stillOnClickedPage,
} from '../../src/platform/background/pending-clicks';
import { parseBackgroundMessage, parseContentMessage, type SenderInfo } from '../../src/protocol';

const fake = vi.hoisted(() => {
  const b = {
    runtime: {
      id: 'gloss-test-id',
      getURL: (p: string) => `chrome-extension://gloss-test-id${p.startsWith('/') ? p : `/${p}`}`,
      getManifest: () => ({ version: '0.1.0' }),
      onMessage: { addListener: () => {}, removeListener: () => {} },
    },
    action: {
      onClicked: { addListener: () => {} },
      setBadgeText: vi.fn(async () => {}),
      setBadgeBackgroundColor: vi.fn(async () => {}),
      setTitle: vi.fn(async () => {}),
    },
    commands: { onCommand: { addListener: () => {} }, getAll: vi.fn(async () => []) },
    storage: {
      sync: { get: vi.fn(async () => ({})), set: vi.fn(async () => {}) },
      local: { get: vi.fn(async () => ({})), set: vi.fn(async () => {}), remove: vi.fn(async () => {}) },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
    tabs: {
      sendMessage: vi.fn(),
      query: vi.fn(async () => []),
      get: vi.fn(async (id: number) => ({ id, url: 'https://news.example/a' })),
    },
    scripting: { executeScript: vi.fn() },
  };
  (globalThis as { chrome?: unknown }).chrome = b;
  return { browser: b };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

describe('createPendingClicks', () => {
  it('keeps a click for its tab until taken once, and forgets a delivered one', () => {
    const p = createPendingClicks(() => 1000);
    const c = p.add(3, 'toggle-sidebar', 'https://news.example/a');
    expect(c.type).toBe('toggle-sidebar');
    expect(p.take(4, 'https://news.example/a')).toBeNull();
    expect(p.take(3, 'https://news.example/a#top')).toEqual(c);
    expect(p.take(3, 'https://news.example/a')).toBeNull();
    const d = p.add(3, 'toggle-highlights', null);
    p.delivered(3, d.click);
    expect(p.take(3, 'https://news.example/a')).toBeNull();
  });

  it('gives every click its own id; a newer click replaces an older one', () => {
    const p = createPendingClicks(() => 5);
    const a = p.add(1, 'toggle-sidebar', null);
    const b = p.add(1, 'toggle-sidebar', null);
    expect(a.click).not.toBe(b.click);
    p.delivered(1, a.click); // the older one's delivery does not drop the newer
    expect(p.take(1, null)).toEqual(b);
  });

  it('drops a click that waited too long, or that was made on another page', () => {
    let now = 0;
    const p = createPendingClicks(() => now);
    p.add(1, 'toggle-sidebar', 'https://news.example/a');
    now = PENDING_CLICK_MS + 1;
    expect(p.take(1, 'https://news.example/a')).toBeNull();
    now = 0;
    p.add(2, 'toggle-sidebar', 'https://news.example/a');
    expect(p.take(2, 'https://news.example/b')).toBeNull();
  });
});

describe('stillOnClickedPage', () => {
  it('is the same page up to the fragment, and another page otherwise', () => {
    expect(stillOnClickedPage('http://a.test/x.html', 'http://a.test/x.html#part')).toBe(true);
    expect(stillOnClickedPage('http://a.test/x.html', 'http://a.test/y.html')).toBe(false);
  });

  it('has left when the browser no longer tells the tab’s address (another site)', () => {
    expect(stillOnClickedPage('http://a.test/x.html', undefined)).toBe(false);
  });

  it('cannot tell, so does not stop a click, when the click’s page was not known', () => {
    expect(stillOnClickedPage(null, 'http://a.test/y.html')).toBe(true);
    expect(stillOnClickedPage('about:blank', 'http://a.test/y.html')).toBe(true);
  });
});

describe('the click ids in messages', () => {
  it('a toggle may name its click; anything else in it is refused', () => {
    expect(parseBackgroundMessage({ type: 'toggle-sidebar', click: 'mxcy-1' })).toEqual({
      type: 'toggle-sidebar',
      click: 'mxcy-1',
    });
    expect(parseBackgroundMessage({ type: 'toggle-highlights', click: 'a_b-2' })).toEqual({
      type: 'toggle-highlights',
      click: 'a_b-2',
    });
    expect(parseBackgroundMessage({ type: 'toggle-sidebar' })).toEqual({ type: 'toggle-sidebar' });
    // The shortcut says it is the shortcut (it takes focus into an open sidebar first).
    expect(parseBackgroundMessage({ type: 'toggle-sidebar', click: 'k-1', key: true })).toEqual({
      type: 'toggle-sidebar',
      click: 'k-1',
      key: true,
    });
    for (const m of [
      { type: 'toggle-sidebar', click: 'k-1', key: 1 },
      { type: 'toggle-highlights', click: 'k-1', key: true },
      { type: 'toggle-sidebar', key: true },
    ]) {
      expect(parseBackgroundMessage(m)).toBeNull();
    }
    for (const m of [
      { type: 'toggle-sidebar', click: 7 },
      { type: 'toggle-sidebar', click: 'a b' },
      { type: 'toggle-sidebar', click: 'x'.repeat(41) },
      { type: 'ping', click: 'a' },
      { type: 'toggle-sidebar', click: 'a', x: 1 },
    ]) {
      expect(parseBackgroundMessage(m)).toBeNull();
    }
    expect(parseContentMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseContentMessage({ type: 'hello', click: 'a' })).toBeNull();
  });
});

describe('the background: a click its tab could not take yet', () => {
  type Listener = (raw: unknown, sender: SenderInfo) => Promise<unknown> | undefined;
  let bg: { onMessage: Listener; toggleInTab(tabId: number, type?: string, url?: string | null): Promise<unknown> };
  beforeAll(async () => {
    class BrowserURL extends URL {
      override get origin(): string {
        return /^(chrome|moz)-extension:$/.test(this.protocol) ? `${this.protocol}//${this.host}` : super.origin;
      }
    }
    vi.stubGlobal('URL', BrowserURL);
    bg = (await import('../../src/platform/background/background')) as unknown as typeof bg;
  });
  const script = (tab: number, url = 'https://news.example/a'): SenderInfo => ({
    id: 'gloss-test-id',
    url,
    tab: { id: tab },
  });

  it('is handed to the content script that starts in that tab, once', async () => {
    fake.browser.tabs.sendMessage.mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    fake.browser.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await bg.toggleInTab(9, 'toggle-sidebar', 'https://news.example/a')).toBeNull();
    const sent = fake.browser.tabs.sendMessage.mock.calls[0]![1] as { type: string; click: string };
    expect(sent).toEqual({ type: 'toggle-sidebar', click: expect.any(String) });
    expect(await bg.onMessage({ type: 'hello' }, script(8))).toBeNull();
    expect(await bg.onMessage({ type: 'hello' }, script(9))).toEqual(sent);
    expect(await bg.onMessage({ type: 'hello' }, script(9))).toBeNull();
  }, 30_000);

  it('is not handed again once the tab took it', async () => {
    fake.browser.tabs.sendMessage.mockResolvedValue({ open: true });
    expect(await bg.toggleInTab(10, 'toggle-sidebar', 'https://news.example/a')).toEqual({ open: true });
    expect(await bg.onMessage({ type: 'hello' }, script(10))).toBeNull();
  });

  it('is not carried to the next page when the tab goes on while the click is on its way', async () => {
    // The click reached the page as the reader left it: Chromium fails the message, and the tab
    // now shows another page. Injecting there and sending again would toggle the next page.
    fake.browser.tabs.sendMessage.mockReset();
    fake.browser.scripting.executeScript.mockReset();
    fake.browser.tabs.sendMessage.mockRejectedValueOnce(
      new Error(
        'The page keeping the extension port is moved into back/forward cache, so the message channel is closed.',
      ),
    );
    fake.browser.tabs.sendMessage.mockResolvedValue({ open: true });
    fake.browser.scripting.executeScript.mockResolvedValue([]);
    fake.browser.tabs.get.mockImplementation(async (id: number) => ({
      id,
      url: fake.browser.tabs.sendMessage.mock.calls.length ? 'https://news.example/b' : 'https://news.example/a',
    }));
    try {
      expect(await bg.toggleInTab(11, 'toggle-sidebar', 'https://news.example/a')).toBeNull();
      expect(fake.browser.tabs.sendMessage).toHaveBeenCalledTimes(1);
      expect(fake.browser.scripting.executeScript).not.toHaveBeenCalled();
      // Nor by the next page's content script asking on start.
      expect(await bg.onMessage({ type: 'hello' }, script(11, 'https://news.example/b'))).toBeNull();
    } finally {
      fake.browser.tabs.get.mockImplementation(async (id: number) => ({ id, url: 'https://news.example/a' }));
    }
  });
});
