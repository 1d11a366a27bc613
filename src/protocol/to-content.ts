/**
 * Background → content script: one schema per message, and what the content script answers.
 * The content script acts on nothing else.
 */
import * as v from 'valibot';
import { exactObject, isPlainObject, parseWith, type AnySchema } from './kit';

/** A click's id as the background makes them (src/platform/background/pending-clicks.ts). */
export function isClickId(x: unknown): x is string {
  return typeof x === 'string' && /^[\w-]{1,40}$/.test(x);
}
const clickId = v.custom<string>(isClickId);

export const BACKGROUND_MESSAGES = {
  /**
   * Toolbar button or keyboard shortcut: open or close the sidebar. `click` names the reader's
   * click: a click delivered again (a retry, or also in answer to `hello`) is acted on once.
   * `key`: it came from the keyboard shortcut, which first takes focus into an open sidebar that
   * does not have it (the reader's way back in from the page) and closes it only from there.
   * (`key` comes only with a click.)
   */
  'toggle-sidebar': v.union([
    exactObject({ type: v.literal('toggle-sidebar') }),
    exactObject({ type: v.literal('toggle-sidebar'), click: clickId }),
    exactObject({ type: v.literal('toggle-sidebar'), click: clickId, key: v.literal(true) }),
  ]),
  /** Keyboard shortcut: show or hide highlights in the page. */
  'toggle-highlights': v.union([
    exactObject({ type: v.literal('toggle-highlights') }),
    exactObject({ type: v.literal('toggle-highlights'), click: clickId }),
  ]),
  /** Is a Gloss content script alive in this tab? (the background asks before toggling) */
  ping: exactObject({ type: v.literal('ping') }),
} satisfies Record<string, AnySchema>;

type Schemas = typeof BACKGROUND_MESSAGES;
export type BackgroundType = keyof Schemas;
export type BackgroundMessage<K extends BackgroundType = BackgroundType> = { [T in K]: v.InferOutput<Schemas[T]> }[K];

/** What the content script answers each message with. */
export interface BackgroundReplies {
  'toggle-sidebar': { open: boolean };
  'toggle-highlights': { on: boolean };
  ping: { alive: true };
}

const isBackgroundType = (t: unknown): t is BackgroundType =>
  typeof t === 'string' && Object.hasOwn(BACKGROUND_MESSAGES, t);

/** The message if it is exactly one of the shapes above, else null. */
export function parseBackgroundMessage(raw: unknown): BackgroundMessage | null {
  if (!isPlainObject(raw) || !isBackgroundType(raw.type)) return null;
  return parseWith(BACKGROUND_MESSAGES[raw.type], raw);
}
