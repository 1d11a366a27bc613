/** Who may send messages to Gloss's receivers. */

/** Who sent a message, as the extension runtime reports it (runtime.MessageSender's fields we use). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

/**
 * Whether a message comes from this extension's own content scripts or pages. Web pages cannot
 * reach runtime.onMessage without externally_connectable, but other extensions can through
 * onMessageExternal, and a compromised page could try to impersonate: check anyway.
 */
export function isOwnSender(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  if (!sender || sender.id !== ownId) return false;
  // A content script has a tab; an extension page has our origin as its URL's origin.
  if (sender.tab && typeof sender.tab.id === 'number') return true;
  const url = sender.url ?? '';
  // Compare whole origins: a prefix test would let 'chrome-extension://<id>x/' through.
  const origin = ownOrigin.endsWith('/') ? ownOrigin : `${ownOrigin}/`;
  return url.startsWith(origin);
}
