/**
 * The content script's only door to the extension's messaging: every runtime.sendMessage and
 * runtime.onMessage of the page side goes through here. The rest of the content script gets a
 * `ContentMessenger` handed in (a test double in the browser tests of the sidebar).
 */
import browser from 'webextension-polyfill';
import { askBackground, askWith, type AskType } from '../../protocol/client';
import { HELLO_REPLY, NO_REPLY, type ContentReplies } from '../../protocol/replies';
import type { ContentMessage } from '../../protocol/to-background';

export interface ContentMessenger {
  /** A typed message to the background; resolves to its answer, checked against the protocol. */
  ask<K extends AskType>(msg: ContentMessage<K> & { type: K }): Promise<ContentReplies[K]>;
  /** A message whose answer the caller validates itself (page snapshots, Wikipedia lookups). */
  send(msg: unknown): Promise<unknown>;
}

const send = (msg: unknown): Promise<unknown> => browser.runtime.sendMessage(msg);

/** The content app's messenger: any message, every answer checked (pure: the loader drops it). */
export const runtimeMessenger: ContentMessenger = { ask: /* @__PURE__ */ askBackground(send), send };

/**
 * The loader's two messages, with their answers' schemas only: content.js, which every page
 * gets, does not carry the schemas of the answers only the app reads.
 */
export const askFromLoader = askWith(send, { hello: HELLO_REPLY, 'article-status': NO_REPLY });

type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

/**
 * Listens to the background's messages: `handle` answers with a promise, or undefined for a
 * message it does not take. Returns the way to stop listening (which an orphaned copy, whose
 * runtime is gone, may not have: that throws, and is ignored).
 */
export function listenToBackground(handle: (raw: unknown) => Promise<unknown> | undefined): () => void {
  const listener = handle as Listener;
  browser.runtime.onMessage.addListener(listener);
  return () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      /* orphaned: the runtime is gone */
    }
  };
}

/** Whether this copy's extension runtime is still there (it is gone once Gloss is reloaded or updated). */
export function runtimeAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}
