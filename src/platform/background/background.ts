/**
 * The background: the toolbar button and keyboard shortcuts toggle the tab's sidebar; the badge
 * says an article was found; the content script asks for shortcuts and settings pages here.
 * It acts only on messages from this extension's own content scripts and pages.
 */
// First: its listeners are registered before the rest of the background is evaluated.
import { handleToolbarEvents } from './early-listeners';
import browser from 'webextension-polyfill';
import { SnapshotAssembler } from '../../core/article/snapshot-parts';
import { analysisJson, MAX_SNAPSHOT_CHARS } from '../../protocol/page-reading';
import { createRouter } from '../../protocol/router';
import { isOwnSender } from '../../protocol/senders';
import { parseContentMessage, type ContentMessage, type ContentReplies } from '../../protocol/to-background';
import type { BackgroundMessage } from '../../protocol/to-content';
import { analyzeText } from '../../core/analysis/analyze';
import { writeClipboard } from './clipboard';
import { analyzeHeld, forgetTab, readPage } from './read-page';
import { loadModel } from '../model-loader';
import { reachTab } from './reach-tab';
import { createPendingClicks, stillOnClickedPage, type ToggleType } from './pending-clicks';
import { TEST_BUILD } from '../../core/build-flags';
import { BROWSER } from './browser-target';
import { loadSettings } from '../storage/settings-store';
import { wikipediaService } from '../wikipedia/handler';

const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
/** Large page snapshots arrive in parts (see the detect-part message). */
const snapshotParts = new SnapshotAssembler(MAX_SNAPSHOT_CHARS);

async function send(tabId: number, msg: BackgroundMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
}

/** Clicks not yet handed to their tab's content script; it asks for them when it starts. */
const pendingClicks = createPendingClicks();

/**
 * Toggles the sidebar in a tab. When no Gloss content script answers (the tab was open before
 * Gloss was installed or updated), inject it, which the reader's click permits (activeTab). A
 * click that still does not get through waits for the tab's own content script to start.
 */
export async function toggleInTab(
  tabId: number,
  type: ToggleType = 'toggle-sidebar',
  url: string | null = null,
  byKey = false,
  /** Handled as it came (see TabChannel.fresh). */
  fresh = false,
): Promise<unknown> {
  const click = pendingClicks.add(tabId, type, url);
  const msg: BackgroundMessage =
    click.type === 'toggle-sidebar'
      ? { type: click.type, click: click.click, ...(byKey ? { key: true as const } : {}) }
      : { type: click.type, click: click.click };
  const reached = await reachTab({
    send: () => send(tabId, msg),
    inject: async () => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['content.js'] });
    },
    wait: (ms) => new Promise((r) => setTimeout(r, ms)),
    // Each try goes to the page the reader clicked on, not to the next page of the tab.
    onPage: async () => stillOnClickedPage(url, (await browser.tabs.get(tabId)).url),
    fresh,
  });
  if (reached.ok) {
    pendingClicks.delivered(tabId, click.click);
    return reached.reply;
  }
  console.info(reached.reason);
  return null;
}

export async function handleCommand(command: string, tab?: browser.Tabs.Tab, waited = true): Promise<unknown> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  if (command === 'toggle-sidebar' || command === 'toggle-highlights')
    return toggleInTab(tabId, command, tab?.url ?? null, true, !waited && tab?.url !== undefined);
  return null;
}

async function shortcuts(): Promise<{ toggleSidebar: string | null; toggleHighlights: string | null }> {
  const all = await browser.commands.getAll();
  const find = (name: string) => all.find((c) => c.name === name)?.shortcut || null;
  return { toggleSidebar: find('toggle-sidebar'), toggleHighlights: find('toggle-highlights') };
}

async function openShortcutSettings(): Promise<{ opened: boolean; hint: string }> {
  // A feature check: Firefox has had this since version 137, Chrome not at all.
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return { opened: true, hint: 'Firefox: Add-ons and themes → ⚙ → Manage Extension Shortcuts' };
  }
  if (BROWSER === 'firefox')
    return { opened: false, hint: 'Firefox: open about:addons, click ⚙, then Manage Extension Shortcuts' };
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return { opened: true, hint: 'Chrome: chrome://extensions/shortcuts' };
}

async function setBadge(tabId: number, found: boolean): Promise<void> {
  const { autoOpen } = await loadSettings();
  const show = found && !autoOpen;
  await browser.action.setBadgeText({ tabId, text: show ? '•' : '' });
  if (show) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b6e6e' });
  await browser.action.setTitle({
    tabId,
    title: show ? 'Gloss: article found. Open the briefing' : 'Gloss: open the article briefing',
  });
}

/** Set only by the test build's hook: the page must then read and analyse the article itself. */
let pageWorkRefused = false;
/** The test build's count of well-formed content messages by type (read by the browser tests). */
const messagesSeen: Record<string, number> = {};

function refuseIfTold(): void {
  if (pageWorkRefused) throw new Error('the background refuses page work (test build)');
}

/** The background's router: a handler for every message our content scripts and pages send. */
const router = createRouter<ContentMessage, ContentReplies, browser.Runtime.MessageSender>(
  parseContentMessage,
  {
    hello: (_msg, sender) =>
      sender.tab?.id === undefined ? null : pendingClicks.take(sender.tab.id, sender.url ?? sender.tab.url ?? null),
    'article-status': async (msg, sender) => {
      if (sender.tab?.id !== undefined) await setBadge(sender.tab.id, msg.found);
    },
    'get-shortcuts': () => shortcuts(),
    'open-options': () => browser.runtime.openOptionsPage(),
    'open-shortcut-settings': () => openShortcutSettings(),
    'copy-text': (msg) => writeClipboard(msg.text),
    analyze: async (msg) => {
      refuseIfTold();
      // An article the page found itself. Here, not in the page: the page's main thread stays
      // free, and the model is parsed once for every tab rather than once per tab.
      return analysisJson(
        analyzeText(msg.text, { ner: await loadModel() }, { declaredLang: msg.lang, blocks: msg.blocks }),
      );
    },
    'detect-part': (msg, sender) => {
      refuseIfTold();
      const tab = `${sender.tab?.id ?? 'extension'}`;
      const json = snapshotParts.add(tab, msg.id, msg.part, msg.parts, msg.text);
      return json === null ? null : readPage(json, msg.later ? { tab } : undefined);
    },
    'analyze-held': (msg, sender) => {
      refuseIfTold();
      return analyzeHeld(`${sender.tab?.id ?? 'extension'}`, msg.held);
    },
    detect: (msg, sender) => {
      refuseIfTold();
      // Readability on a large page is a long task: here (Firefox) or in our offscreen document
      // (Chrome), not on the page's main thread; the article is analysed in the same step
      // (read-page.ts). The snapshot stays inside the browser.
      return readPage(msg.snapshot, msg.later ? { tab: `${sender.tab?.id ?? 'extension'}` } : undefined);
    },
    // Wikipedia lookups: the service checks the reader's consent and runs them (wikipedia/service.ts).
    'gloss/wikipedia/lookup': (msg) => wikipediaService.lookup(msg),
    'gloss/wikipedia/choose': (msg) => wikipediaService.choose(msg),
    'gloss/wikipedia/cancel': (msg) => wikipediaService.cancel(msg),
  },
  (msg) => {
    if (TEST_BUILD) messagesSeen[msg.type] = (messagesSeen[msg.type] ?? 0) + 1;
  },
);

/** The runtime.onMessage listener: rejects anything not from us or not a known message shape. */
export function onMessage(raw: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isOwnSender(sender, browser.runtime.id, ownOrigin)) return undefined;
  return router.route(raw, sender) ?? Promise.reject(new Error('Gloss: malformed message'));
}

browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
// A closed tab's held article (read-page.ts) goes with it.
browser.tabs.onRemoved?.addListener((tabId) => forgetTab(`${tabId}`));
handleToolbarEvents({
  click: (tab, waited) =>
    void (tab.id !== undefined && toggleInTab(tab.id, 'toggle-sidebar', tab.url ?? null, false, !waited)),
  command: (command, tab, waited) => void handleCommand(command, tab, waited),
});

// For the browser tests (test build only): the command path as the shortcut drives it (synthetic
// key presses do not reach the browser's shortcut handling in headless Chromium).
if (TEST_BUILD) {
  (globalThis as Record<string, unknown>).glossBackground = {
    handleCommand,
    toggleInTab,
    onMessage,
    /** Makes the background fail to read and analyse pages, as while it is being updated. */
    refusePageWork: (on: boolean) => void (pageWorkRefused = on),
    /** How many well-formed content messages of each type arrived since the background started. */
    messagesSeen: () => ({ ...messagesSeen }),
  };
}
