/**
 * Copies the sidebar's text. Never through the page's copy command: that fires the page's copy
 * listeners, which can put other text on the clipboard. The content script's own clipboard first;
 * where the page does not allow it (http pages, a permissions policy), the extension copies.
 */
import browser from 'webextension-polyfill';
import { askBackground } from '../../src/protocol/client';

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    /* no clipboard for this page: ask the extension */
  }
  try {
    await askBackground((m) => browser.runtime.sendMessage(m))({ type: 'copy-text', text });
    return;
  } catch {
    /* said below */
  }
  throw new Error('the browser did not let Gloss use the clipboard');
}
