/**
 * The background rejects messages from web pages, from other extensions, and malformed ones:
 * isOwnSender, parseContentMessage / parseBackgroundMessage, and the background's exported
 * onMessage listener itself (extension/background.ts, with webextension-polyfill mocked).
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { isOwnSender, parseBackgroundMessage, parseContentMessage, type SenderInfo } from '../../src/protocol';

const OWN_ID = 'gloss-test-id';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}`;

const fake = vi.hoisted(() => {
  const listeners: unknown[] = [];
  const b = {
    runtime: {
      id: 'gloss-test-id',
      getURL: (p: string) => `chrome-extension://gloss-test-id${p.startsWith('/') ? p : `/${p}`}`,
      getManifest: () => ({ version: '0.1.0' }),
      onMessage: { addListener: (fn: unknown) => listeners.push(fn), removeListener: () => {} },
      openOptionsPage: vi.fn(async () => {}),
    },
    action: {
      onClicked: { addListener: () => {} },
      setBadgeText: vi.fn(async () => {}),
      setBadgeBackgroundColor: vi.fn(async () => {}),
      setTitle: vi.fn(async () => {}),
    },
    commands: {
      onCommand: { addListener: () => {} },
      getAll: vi.fn(async () => [
        { name: 'toggle-sidebar', shortcut: 'Alt+Shift+G' },
        { name: 'toggle-highlights', shortcut: '' },
      ]),
    },
    storage: {
      sync: { get: vi.fn(async () => ({})), set: vi.fn(async () => {}) },
      local: { get: vi.fn(async () => ({})), set: vi.fn(async () => {}), remove: vi.fn(async () => {}) },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
    tabs: {
      sendMessage: vi.fn(),
      query: vi.fn(async () => []),
      create: vi.fn(async () => ({})),
      onRemoved: { addListener: vi.fn() },
    },
    scripting: { executeScript: vi.fn() },
  };
  // src/platform/background/early-listeners.ts registers on the `chrome` global, as the browser provides it.
  (globalThis as { chrome?: unknown }).chrome = b;
  return { browser: b, listeners };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

type Listener = (raw: unknown, sender: SenderInfo) => Promise<unknown> | undefined;
let onMessage: Listener;

beforeAll(async () => {
  // Node's URL gives "null" as the origin of non-special schemes; browsers give the extension's
  // origin (chrome-extension://id), which is what background.ts relies on.
  class BrowserURL extends URL {
    override get origin(): string {
      return /^(chrome|moz)-extension:$/.test(this.protocol) ? `${this.protocol}//${this.host}` : super.origin;
    }
  }
  vi.stubGlobal('URL', BrowserURL);
  const bg = await import('../../src/platform/background/background');
  onMessage = bg.onMessage as unknown as Listener;
});

beforeEach(() => {
  vi.clearAllMocks();
});

const contentScript: SenderInfo = { id: OWN_ID, url: 'https://news.example/article', tab: { id: 7 } };
const ownPage: SenderInfo = { id: OWN_ID, url: `${OWN_ORIGIN}/extension/options/options.html` };
const webPage: SenderInfo = { url: 'https://evil.example/', origin: 'https://evil.example', tab: { id: 7 } };
const otherExtension: SenderInfo = {
  id: 'some-other-extension',
  url: 'chrome-extension://some-other-extension/bg.js',
  tab: { id: 7 },
};
const otherExtensionPage: SenderInfo = {
  id: 'some-other-extension',
  url: 'chrome-extension://some-other-extension/popup.html',
};
/** Our id claimed, but neither a tab nor our origin (a forged or odd sender). */
const ownIdForeignUrl: SenderInfo = { id: OWN_ID, url: 'https://evil.example/' };

describe('isOwnSender', () => {
  it('accepts our content scripts and our own pages', () => {
    expect(isOwnSender(contentScript, OWN_ID, OWN_ORIGIN)).toBe(true);
    expect(isOwnSender(ownPage, OWN_ID, OWN_ORIGIN)).toBe(true);
  });

  it('rejects web pages, other extensions and forged senders', () => {
    for (const s of [
      webPage,
      otherExtension,
      otherExtensionPage,
      ownIdForeignUrl,
      {},
      { id: OWN_ID, tab: {} },
      { id: OWN_ID, tab: { id: '7' as unknown as number } },
    ]) {
      expect(isOwnSender(s, OWN_ID, OWN_ORIGIN)).toBe(false);
    }
    expect(isOwnSender(null as unknown as SenderInfo, OWN_ID, OWN_ORIGIN)).toBe(false);
    // An origin that merely starts like ours is not ours.
    expect(isOwnSender({ id: OWN_ID, url: `${OWN_ORIGIN}.evil.example/x` }, OWN_ID, `${OWN_ORIGIN}/`)).toBe(false);
  });
});

describe('parseContentMessage / parseBackgroundMessage', () => {
  it('accept exactly the known shapes', () => {
    expect(parseContentMessage({ type: 'article-status', found: true })).toEqual({
      type: 'article-status',
      found: true,
    });
    expect(parseContentMessage({ type: 'get-shortcuts' })).toEqual({ type: 'get-shortcuts' });
    expect(parseBackgroundMessage({ type: 'toggle-sidebar' })).toEqual({ type: 'toggle-sidebar' });
  });

  it('reject malformed messages', () => {
    const bad: unknown[] = [
      null,
      undefined,
      0,
      'get-shortcuts',
      [],
      ['get-shortcuts'],
      { type: 'nope' },
      { type: 7 },
      {},
      { type: 'article-status' },
      { type: 'article-status', found: 'yes' },
      { type: 'article-status', found: true, extra: 1 },
      { type: 'get-shortcuts', payload: '<img src=x onerror=alert(1)>' },
      JSON.parse('{"type":"get-shortcuts","__proto__":{"polluted":true}}'),
      Object.assign(Object.create(null), { type: 'get-shortcuts' }),
      new (class Msg {
        type = 'get-shortcuts';
      })(),
      { type: 'toggle-sidebar' }, // a background message sent the wrong way
    ];
    for (const m of bad) expect(parseContentMessage(m), JSON.stringify(m) ?? String(m)).toBeNull();
    for (const m of [
      { type: 'toggle-sidebar', x: 1 },
      { type: 'get-shortcuts' },
      null,
      'ping',
      { type: 'ping', __proto__: null },
    ]) {
      expect(parseBackgroundMessage(m)).toBeNull();
    }
  });

  it('anything at all parses to null or to a fresh object of an exact known shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withObjectString: true, withNullPrototype: true }),
          fc.record(
            {
              type: fc.constantFrom('article-status', 'get-shortcuts', 'open-options', 'toggle-sidebar', 'ping'),
              found: fc.anything(),
            },
            { requiredKeys: ['type'] },
          ),
        ),
        (m) => {
          const c = parseContentMessage(m);
          if (c) {
            expect(c).not.toBe(m);
            expect(['article-status', 'get-shortcuts', 'open-options', 'open-shortcut-settings']).toContain(c.type);
            if (c.type === 'article-status') expect(Object.keys(c).sort()).toEqual(['found', 'type']);
            else expect(Object.keys(c)).toEqual(['type']);
          }
          const b = parseBackgroundMessage(m);
          if (b) expect(Object.keys(b)).toEqual(['type']);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("the background's onMessage listener", () => {
  it('registers itself with runtime.onMessage', () => {
    expect(fake.listeners).toContain(onMessage);
  });

  it('acts on a well-formed message from our content script', async () => {
    await onMessage({ type: 'article-status', found: true }, contentScript);
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '•' });
    await expect(onMessage({ type: 'get-shortcuts' }, contentScript)).resolves.toEqual({
      toggleSidebar: 'Alt+Shift+G',
      toggleHighlights: null,
    });
    await onMessage({ type: 'open-options' }, ownPage);
    expect(fake.browser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('ignores messages from web pages', async () => {
    expect(onMessage({ type: 'article-status', found: true }, webPage)).toBeUndefined();
    expect(onMessage({ type: 'open-options' }, webPage)).toBeUndefined();
    expect(onMessage({ type: 'gloss/wikipedia/lookup', name: 'Maduro' }, webPage)).toBeUndefined();
    await Promise.resolve();
    expect(fake.browser.action.setBadgeText).not.toHaveBeenCalled();
    expect(fake.browser.runtime.openOptionsPage).not.toHaveBeenCalled();
  });

  it('ignores messages from other extensions', async () => {
    for (const s of [otherExtension, otherExtensionPage, ownIdForeignUrl]) {
      expect(onMessage({ type: 'open-options' }, s)).toBeUndefined();
      expect(onMessage({ type: 'article-status', found: true }, s)).toBeUndefined();
      expect(onMessage({ type: 'gloss/wikipedia/lookup', name: 'Maduro' }, s)).toBeUndefined();
    }
    await Promise.resolve();
    expect(fake.browser.runtime.openOptionsPage).not.toHaveBeenCalled();
    expect(fake.browser.action.setBadgeText).not.toHaveBeenCalled();
    expect(fake.browser.storage.local.get).not.toHaveBeenCalled();
  });

  it('rejects malformed messages from our own scripts, and does nothing for them', async () => {
    for (const m of [
      null,
      'open-options',
      { type: 'open-options', extra: 1 },
      { type: 'article-status', found: 'yes' },
      { type: 'toggle-sidebar' },
      { type: 'nope' },
    ]) {
      await expect(onMessage(m, contentScript)).rejects.toThrow(/malformed/);
    }
    expect(fake.browser.runtime.openOptionsPage).not.toHaveBeenCalled();
    expect(fake.browser.action.setBadgeText).not.toHaveBeenCalled();
  });

  it('rejects malformed Wikipedia messages from our own scripts without a lookup', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in tests'));
    for (const m of [
      { type: 'gloss/wikipedia/lookup' },
      { type: 'gloss/wikipedia/lookup', name: 42 },
      { type: 'gloss/wikipedia/lookup', name: 'x'.repeat(100_000) },
    ]) {
      const r = onMessage(m, contentScript);
      expect(r).toBeInstanceOf(Promise);
      await r!.then(
        (v) => expect(JSON.stringify(v)).toMatch(/invalid|error|malformed/i),
        (e: unknown) => expect(String(e)).toMatch(/invalid|malformed|Gloss/i),
      );
    }
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});
