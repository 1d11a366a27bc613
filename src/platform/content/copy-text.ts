/**
 * Copies the sidebar's text. Never through the page's copy command: that fires the page's copy
 * listeners, which can put other text on the clipboard. The content script's own clipboard first;
 * where the page does not allow it (http pages, a permissions policy), the extension copies.
 */
import type { ContentMessenger } from './messaging';

export async function copyText(text: string, messages: Pick<ContentMessenger, 'ask'>): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    /* no clipboard for this page: ask the extension */
  }
  try {
    if ((await messages.ask({ type: 'copy-text', text })) === true) return;
  } catch {
    /* said below */
  }
  throw new Error('the browser did not let Gloss use the clipboard');
}
