/**
 * Background → offscreen document (Chrome only): the background (a service worker, no DOM)
 * hands page snapshots to an offscreen document of ours, which rebuilds them and finds the
 * article (src/platform/background/article-finder.ts), and text to put on the clipboard (a service worker has
 * no clipboard).
 */
import * as v from 'valibot';
import { exactObject, isPlainObject, parseWith, type AnySchema } from './kit';

import { OFFSCREEN_TARGET } from './offscreen-names';

export { OFFSCREEN_PATH, OFFSCREEN_TARGET } from './offscreen-names';

const target = v.literal(OFFSCREEN_TARGET);

export const OFFSCREEN_MESSAGES = {
  /** A PageSnapshot as JSON text; the answer is the article in it (or null), as JSON text. */
  extract: exactObject({ target, type: v.literal('extract'), snapshot: v.string() }),
  /** Text for the clipboard; the answer is true. */
  copy: exactObject({ target, type: v.literal('copy'), text: v.string() }),
} satisfies Record<string, AnySchema>;

type Schemas = typeof OFFSCREEN_MESSAGES;
export type OffscreenType = keyof Schemas;
export type OffscreenRequest<K extends OffscreenType = OffscreenType> = { [T in K]: v.InferOutput<Schemas[T]> }[K];

export type { OffscreenReplies } from './offscreen-replies';

const isOffscreenType = (t: unknown): t is OffscreenType =>
  typeof t === 'string' && Object.hasOwn(OFFSCREEN_MESSAGES, t);

/** The request if `raw` is exactly one for the offscreen document, else null (not ours to answer). */
export function parseOffscreenRequest(raw: unknown): OffscreenRequest | null {
  if (!isPlainObject(raw) || raw.target !== OFFSCREEN_TARGET || !isOffscreenType(raw.type)) return null;
  return parseWith(OFFSCREEN_MESSAGES[raw.type], raw);
}
