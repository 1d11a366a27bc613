/**
 * A reader's click (or shortcut) the background could not yet hand to the tab's content script.
 * Seen in a browser that has just started with the page: the click reaches the background while
 * the page's content script has not started, and Chromium refuses to inject one for a moment
 * ("Cannot access contents of the page") while the declared one starts by itself just after.
 * The click is kept here for a few seconds; the content script asks for it when it starts.
 *
 * Each click has an id that goes with every delivery of it (the background's retries, the
 * content script's question on start): the content script acts once per id, so a click that
 * arrives by both ways, or twice by one, toggles the sidebar once.
 *
 * Free of extension APIs so it is unit-tested.
 */
export type ToggleType = 'toggle-sidebar' | 'toggle-highlights';

export interface Click {
  type: ToggleType;
  click: string;
}

/** How long a click waits for its tab's content script. */
export const PENDING_CLICK_MS = 10_000;

interface Pending extends Click {
  /** The page the reader clicked on, when the browser said (a later page must not get the click). */
  url: string | null;
  at: number;
}

export interface PendingClicks {
  /** A new click on a tab: its id, kept as the tab's pending click until delivered. */
  add(tabId: number, type: ToggleType, url: string | null): Click;
  /** The click reached the tab's content script. */
  delivered(tabId: number, click: string): void;
  /** The tab's content script started: the click waiting for it on this page, taken, or null. */
  take(tabId: number, url: string | null): Click | null;
}

const sameDocument = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

/**
 * Whether a tab now at `tabUrl` still shows the page a click at `clickUrl` was made on. Unknown
 * when the browser did not say where the click was (null), or named only the blank document a
 * tab holds before its first page commits: then yes. A tab whose address the
 * browser no longer tells us (undefined: the click's activeTab grant ends when the tab goes to
 * another site) has left.
 */
export function stillOnClickedPage(clickUrl: string | null, tabUrl: string | undefined): boolean {
  if (clickUrl === null || clickUrl.startsWith('about:')) return true;
  return tabUrl !== undefined && sameDocument(clickUrl, tabUrl);
}

export function createPendingClicks(now: () => number = Date.now, keepMs = PENDING_CLICK_MS): PendingClicks {
  const byTab = new Map<number, Pending>();
  let count = 0;
  return {
    add(tabId, type, url) {
      const click = `${now().toString(36)}-${++count}`;
      // A newer click replaces an older one: the reader clicked again because nothing happened.
      byTab.set(tabId, { type, click, url, at: now() });
      return { type, click };
    },
    delivered(tabId, click) {
      if (byTab.get(tabId)?.click === click) byTab.delete(tabId);
    },
    take(tabId, url) {
      const p = byTab.get(tabId);
      if (!p) return null;
      byTab.delete(tabId);
      if (now() - p.at > keepMs) return null;
      if (p.url && url && !sameDocument(p.url, url)) return null;
      return { type: p.type, click: p.click };
    },
  };
}
