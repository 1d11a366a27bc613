/**
 * Content script (and our own extension pages) → background: one schema per message, and what
 * the background answers each with. `parseContentMessage` is how the background decides whether
 * to act at all: anything that is not exactly one of these shapes is refused.
 */
import * as v from 'valibot';
import { isBlockKind } from '../core/analysis/block-kinds';
import type { BlockKind } from '../core/analysis/contract';
import { MAX_SNAPSHOT_PARTS, SNAPSHOT_PART_CHARS } from '../core/article/snapshot-parts';
import { exactObject, isPlainObject, parseWith, type AnySchema } from './kit';
import { isHeldId, MAX_SNAPSHOT_CHARS } from './page-reading';
import { WIKIPEDIA_REQUESTS } from './wikipedia';

/** The longest article text the background accepts for analysis (UTF-16 units). */
export const MAX_ANALYZE_CHARS = 5_000_000;
/** The most article blocks an analyze message may carry (a block is at least a character and a break). */
export const MAX_ANALYZE_BLOCKS = MAX_ANALYZE_CHARS / 3;
/** The longest text the background puts on the clipboard (a briefing is tens of kilobytes). */
export const MAX_COPY_CHARS = 4_000_000;

const only = <T extends string>(type: T) => exactObject({ type: v.literal(type) });
const count = v.pipe(v.number(), v.integer());
/** `later: true`, or left out. */
const later = v.optional(v.literal(true));

/**
 * An analyze message's block: { start, end, kind } with a known kind. (That the offsets lie in
 * the text is checked with the message; their order is the analyser's to check: it reads
 * malformed blocks as plain paragraphs.)
 */
const BlockSchema = exactObject({
  start: v.pipe(count, v.minValue(0)),
  end: count,
  kind: v.custom<BlockKind>(isBlockKind),
});

export const CONTENT_MESSAGES = {
  /**
   * The content script has started in this tab: the answer is a reader's click that reached the
   * background before the script could take it (src/platform/background/pending-clicks.ts), or null.
   */
  hello: only('hello'),
  /** The cheap check found an article (or not): the toolbar badge follows. */
  'article-status': exactObject({ type: v.literal('article-status'), found: v.boolean() }),
  /** The keyboard shortcuts as the browser has them now (the reader may have changed them). */
  'get-shortcuts': only('get-shortcuts'),
  'open-options': only('open-options'),
  'open-shortcut-settings': only('open-shortcut-settings'),
  /**
   * Put text on the clipboard from the extension's side, when the content script cannot: the
   * page's own copy command would hand the text to the page's copy listeners to change.
   */
  'copy-text': exactObject({ type: v.literal('copy-text'), text: v.pipe(v.string(), v.maxLength(MAX_COPY_CHARS)) }),
  /**
   * Analyse an article's text off the page's main thread, when the page found the article itself
   * (`detect` answers with the analysis already). The text goes from the content script to our own
   * background, inside the browser; nothing leaves it.
   */
  analyze: v.pipe(
    exactObject({
      type: v.literal('analyze'),
      text: v.pipe(v.string(), v.maxLength(MAX_ANALYZE_CHARS)),
      lang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
      blocks: v.optional(v.pipe(v.array(BlockSchema), v.maxLength(MAX_ANALYZE_BLOCKS))),
    }),
    v.check((m) => !m.blocks || m.blocks.every((b) => b.end <= m.text.length)),
  ),
  /**
   * Find the article in a snapshot of the page (src/core/article/snapshot.ts) and analyse it, in one
   * step off the page's main thread: Readability on a large page is one long task of a hundred
   * milliseconds and more, and the article's text need not come back to go out again.
   */
  detect: exactObject({
    type: v.literal('detect'),
    snapshot: v.pipe(v.string(), v.maxLength(MAX_SNAPSHOT_CHARS)),
    later,
  }),
  /**
   * A large snapshot in parts (src/core/article/snapshot-parts.ts), part 0 first: null until the last
   * part, which is answered as `detect` is.
   */
  'detect-part': v.pipe(
    exactObject({
      type: v.literal('detect-part'),
      id: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/)),
      part: v.pipe(count, v.minValue(0)),
      parts: v.pipe(count, v.maxValue(MAX_SNAPSHOT_PARTS)),
      text: v.pipe(v.string(), v.maxLength(SNAPSHOT_PART_CHARS)),
      later,
    }),
    v.check((m) => m.part < m.parts),
  ),
  /**
   * Analyse the article the background found for this tab and held (a `detect` marked `later`,
   * the idle pre-read: no analysis until the reader opens Gloss). The text does not travel again.
   * Refused when the background no longer holds it (it was restarted): the page then sends the
   * text with `analyze`.
   */
  'analyze-held': exactObject({ type: v.literal('analyze-held'), held: v.custom<string>(isHeldId) }),
  ...WIKIPEDIA_REQUESTS,
} satisfies Record<string, AnySchema>;

type Schemas = typeof CONTENT_MESSAGES;
export type ContentType = keyof Schemas;
export type ContentMessage<K extends ContentType = ContentType> = { [T in K]: v.InferOutput<Schemas[T]> }[K];

export type { ContentReplies } from './replies';

const isContentType = (t: unknown): t is ContentType => typeof t === 'string' && Object.hasOwn(CONTENT_MESSAGES, t);

/** The message if it is exactly one of the shapes above, else null. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  if (!isPlainObject(raw) || !isContentType(raw.type)) return null;
  return parseWith(CONTENT_MESSAGES[raw.type], raw);
}
