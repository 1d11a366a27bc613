/**
 * The background's clipboard, for text the content script could not copy itself (an http page,
 * a page whose permissions policy forbids clipboard writes). Firefox's background page has the
 * clipboard (clipboardWrite permission); Chrome's service worker has none, so its offscreen
 * document copies. Either way the page is not involved.
 */
import { copyInOffscreen } from '../offscreen/chrome-offscreen';
import { BROWSER } from './browser-target';

export async function writeClipboard(text: string): Promise<true> {
  if (BROWSER === 'firefox') await navigator.clipboard.writeText(text);
  else await copyInOffscreen(text);
  return true;
}
