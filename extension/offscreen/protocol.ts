/**
 * Chrome only: the background (a service worker, no DOM) hands page snapshots to an offscreen
 * document of ours, which rebuilds them and finds the article (see article-finder.ts).
 */
/** Where the built offscreen page is, inside the extension. */
export const OFFSCREEN_PATH = 'extension/offscreen/offscreen.html';
/** Marks a message for the offscreen document (every extension page hears runtime messages). */
export const OFFSCREEN_TARGET = 'gloss-offscreen';

export interface OffscreenRequest {
  target: typeof OFFSCREEN_TARGET;
  type: 'extract';
  /** A PageSnapshot as JSON text (the answer is a RemoteArticle or null, as JSON text). */
  snapshot: string;
}

export function isOffscreenRequest(v: unknown): v is OffscreenRequest {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const m = v as Record<string, unknown>;
  return m.target === OFFSCREEN_TARGET && m.type === 'extract' && typeof m.snapshot === 'string' && Object.keys(m).length === 3;
}
