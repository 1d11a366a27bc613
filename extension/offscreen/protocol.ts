/**
 * Chrome only: the background (a service worker, no DOM) hands page snapshots to an offscreen
 * document of ours, which rebuilds them and finds the article (see article-finder.ts), and text
 * to put on the clipboard (a service worker has no clipboard).
 */
/** Where the built offscreen page is, inside the extension. */
export const OFFSCREEN_PATH = 'extension/offscreen/offscreen.html';
/** Marks a message for the offscreen document (every extension page hears runtime messages). */
export const OFFSCREEN_TARGET = 'gloss-offscreen';

export type OffscreenRequest =
  | {
      target: typeof OFFSCREEN_TARGET;
      type: 'extract';
      /** A PageSnapshot as JSON text (the answer is a RemoteArticle or null, as JSON text). */
      snapshot: string;
    }
  | {
      target: typeof OFFSCREEN_TARGET;
      type: 'copy';
      /** Text for the clipboard (the answer is true, or an { error }). */
      text: string;
    };

export function isOffscreenRequest(v: unknown): v is OffscreenRequest {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const m = v as Record<string, unknown>;
  if (m.target !== OFFSCREEN_TARGET || Object.keys(m).length !== 3) return false;
  return (m.type === 'extract' && typeof m.snapshot === 'string') || (m.type === 'copy' && typeof m.text === 'string');
}
