/**
 * The typed messages between the content script and the background, one map per direction
 * (as Hypothesis and Dark Reader name theirs). Each entry gives the request and the response.
 * `parseContentMessage` is how the background decides whether to act at all: anything that is not
 * exactly one of these shapes is rejected.
 */

import type { ArticleBlock } from './analysis/contract';
import { isBlockKind } from './analysis/block-kinds';
import type { Analysis } from './analysis/contract';
import { isAnalysisOf } from './analysis/analysis-check';
import { isRemoteArticle, type RemoteArticle } from './article/remote';
import type { PageSnapshot } from './article/snapshot';
import { MAX_SNAPSHOT_PARTS, SNAPSHOT_PART_CHARS } from './article/snapshot-parts';
import type { WikipediaCancelRequest, WikipediaChooseRequest, WikipediaChooseResult, WikipediaLookupRequest, WikipediaResult } from './notes/wikipedia/protocol';

/** The longest article text the background accepts for analysis (UTF-16 units). */
export const MAX_ANALYZE_CHARS = 5_000_000;
/** The most article blocks an analyze message may carry (a block is at least a character and a break). */
export const MAX_ANALYZE_BLOCKS = MAX_ANALYZE_CHARS / 3;

/** A message with nothing but its type. */
type NoFields = Record<never, never>;

/** Content script (and our own extension pages) → background. */
export interface ContentToBackground {
  /**
   * The content script has started in this tab: the answer is a reader's click that reached the
   * background before the script could take it (extension/pending-clicks.ts), or null.
   */
  hello: { request: NoFields; response: { type: 'toggle-sidebar' | 'toggle-highlights'; click: string } | null };
  /** The cheap check found an article (or not): the toolbar badge follows. */
  'article-status': { request: { found: boolean }; response: void };
  /** The keyboard shortcuts as the browser has them now (the reader may have changed them). */
  'get-shortcuts': { request: NoFields; response: { toggleSidebar: string | null; toggleHighlights: string | null } };
  'open-options': { request: NoFields; response: void };
  'open-shortcut-settings': { request: NoFields; response: { opened: boolean; hint: string } };
  /**
   * Put text on the clipboard from the extension's side, when the content script cannot: the
   * page's own copy command would hand the text to the page's copy listeners to change.
   */
  'copy-text': { request: { text: string }; response: true };
  /**
   * Analyse an article's text off the page's main thread, when the page found the article itself
   * (`detect` answers with the analysis already). The text goes from the content script to our own
   * background, inside the browser; nothing leaves it. The answer is the Analysis as JSON text
   * (see `detect` below: a long article's analysis as an object tree cost the page a long task to
   * receive).
   */
  analyze: { request: { text: string; lang: string | null; blocks?: ArticleBlock[] }; response: string };
  /**
   * Find the article in a snapshot of the page (src/article/snapshot.ts) and analyse it, in one
   * step off the page's main thread: Readability on a large page is one long task of a hundred
   * milliseconds and more, and the article's text need not come back to go out again. Both ways
   * as JSON text (a PageSnapshot; a PageReading, read with parsePageReading): Chrome turns a
   * message's every array and string into its own value, a long task of hundreds of milliseconds
   * for a large page's tree, where one string costs next to nothing.
   */
  detect: { request: { snapshot: string; later?: true }; response: string };
  /**
   * A large snapshot in parts (src/article/snapshot-parts.ts), part 0 first: null until the last
   * part, which is answered as `detect` is.
   */
  'detect-part': { request: { id: string; part: number; parts: number; text: string; later?: true }; response: string | null };
  /**
   * Analyse the article the background found for this tab and held (a `detect` marked `later`,
   * the idle pre-read: no analysis until the reader opens Gloss). The text does not travel again;
   * the answer is the Analysis as JSON text. Refused when the background no longer holds it (it
   * was restarted): the page then sends the text with `analyze`.
   */
  'analyze-held': { request: { held: string }; response: string };
  // Wikipedia lookups. Validated by parseWikipediaRequest (src/notes/wikipedia/protocol.ts)
  // and answered by extension/wikipedia/handler.ts, not by parseContentMessage.
  'gloss/wikipedia/lookup': { request: Omit<WikipediaLookupRequest, 'type'>; response: WikipediaResult };
  'gloss/wikipedia/choose': { request: Omit<WikipediaChooseRequest, 'type'>; response: WikipediaChooseResult };
  'gloss/wikipedia/cancel': { request: Omit<WikipediaCancelRequest, 'type'>; response: { cancelled: boolean } };
}

/** Background → content script. */
export interface BackgroundToContent {
  /**
   * Toolbar button or keyboard shortcut: open or close the sidebar. `click` names the reader's
   * click: a click delivered again (a retry, or also in answer to `hello`) is acted on once.
   * `key`: it came from the keyboard shortcut, which first takes focus into an open sidebar that
   * does not have it (the reader's way back in from the page) and closes it only from there.
   */
  'toggle-sidebar': { request: { click?: string; key?: true }; response: { open: boolean } };
  /** Keyboard shortcut: show or hide highlights in the page. */
  'toggle-highlights': { request: { click?: string }; response: { on: boolean } };
  /** Is a Gloss content script alive in this tab? (the background asks before toggling) */
  ping: { request: NoFields; response: { alive: true } };
}

export type MessageOf<M> = { [K in keyof M]: { type: K } & (M[K] extends { request: infer R } ? R : never) }[keyof M];
export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

export type ContentMessage = MessageOf<ContentToBackground>;
export type BackgroundMessage = MessageOf<BackgroundToContent>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

function onlyKeys(v: Record<string, unknown>, keys: string[]): boolean {
  return Object.keys(v).every((k) => keys.includes(k));
}

/** The message if it is exactly a ContentToBackground shape, else null. */
export function parseContentMessage(msg: unknown): ContentMessage | null {
  if (!isPlainObject(msg) || typeof msg.type !== 'string') return null;
  switch (msg.type) {
    case 'article-status':
      return typeof msg.found === 'boolean' && onlyKeys(msg, ['type', 'found']) ? { type: 'article-status', found: msg.found } : null;
    case 'analyze': {
      if (
        typeof msg.text !== 'string' ||
        msg.text.length > MAX_ANALYZE_CHARS ||
        !(msg.lang === null || (typeof msg.lang === 'string' && msg.lang.length <= 35)) ||
        !onlyKeys(msg, ['type', 'text', 'lang', 'blocks'])
      ) {
        return null;
      }
      if (msg.blocks === undefined) return { type: 'analyze', text: msg.text, lang: msg.lang as string | null };
      const blocks = parseBlocks(msg.blocks, msg.text.length);
      return blocks ? { type: 'analyze', text: msg.text, lang: msg.lang as string | null, blocks } : null;
    }
    case 'detect':
      return typeof msg.snapshot === 'string' && msg.snapshot.length <= MAX_SNAPSHOT_CHARS && onlyKeys(msg, ['type', 'snapshot', 'later']) && (msg.later === undefined || msg.later === true)
        ? { type: 'detect', snapshot: msg.snapshot, ...(msg.later ? { later: true as const } : {}) }
        : null;
    case 'analyze-held':
      return isHeldId(msg.held) && onlyKeys(msg, ['type', 'held']) ? { type: 'analyze-held', held: msg.held } : null;
    case 'detect-part':
      return typeof msg.id === 'string' && /^[\w-]{1,64}$/.test(msg.id) &&
        Number.isInteger(msg.part) && Number.isInteger(msg.parts) &&
        (msg.part as number) >= 0 && (msg.part as number) < (msg.parts as number) && (msg.parts as number) <= MAX_SNAPSHOT_PARTS &&
        typeof msg.text === 'string' && msg.text.length <= SNAPSHOT_PART_CHARS &&
        onlyKeys(msg, ['type', 'id', 'part', 'parts', 'text', 'later']) && (msg.later === undefined || msg.later === true)
        ? { type: 'detect-part', id: msg.id, part: msg.part as number, parts: msg.parts as number, text: msg.text, ...(msg.later ? { later: true as const } : {}) }
        : null;
    case 'copy-text':
      return typeof msg.text === 'string' && msg.text.length <= MAX_COPY_CHARS && onlyKeys(msg, ['type', 'text']) ? { type: 'copy-text', text: msg.text } : null;
    case 'hello':
    case 'get-shortcuts':
    case 'open-options':
    case 'open-shortcut-settings':
      return onlyKeys(msg, ['type']) ? ({ type: msg.type } as ContentMessage) : null;
    default:
      return null;
  }
}

/**
 * An analyze message's blocks, copied, if each is exactly { start, end, kind } with offsets in the
 * text and a known kind; else null. (Their order is the analyser's to check: it reads malformed
 * blocks as plain paragraphs.)
 */
function parseBlocks(v: unknown, textLength: number): ArticleBlock[] | null {
  if (!Array.isArray(v) || v.length > MAX_ANALYZE_BLOCKS) return null;
  const out: ArticleBlock[] = [];
  for (const b of v as unknown[]) {
    if (!isPlainObject(b) || !onlyKeys(b, ['start', 'end', 'kind'])) return null;
    const { start, end, kind } = b;
    if (!Number.isInteger(start) || !Number.isInteger(end) || !isBlockKind(kind)) return null;
    if ((start as number) < 0 || (end as number) > textLength) return null;
    out.push({ start: start as number, end: end as number, kind });
  }
  return out;
}

/** The longest text the background puts on the clipboard (a briefing is tens of kilobytes). */
export const MAX_COPY_CHARS = 4_000_000;

/** The longest page snapshot the background accepts, as JSON text (runtime messages stop at 64 MiB). */
export const MAX_SNAPSHOT_CHARS = 48_000_000;

/**
 * A page snapshot from its JSON text, or null. The outer shape is checked here; its tree is
 * checked node by node as it is rebuilt (buildSnapshot refuses anything else).
 */
export function parseSnapshotJson(json: string): PageSnapshot | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  return isSnapshotShape(v) ? v : null;
}

function isSnapshotShape(v: unknown): v is PageSnapshot {
  if (!isPlainObject(v) || !onlyKeys(v, ['root', 'title', 'lang', 'partial'])) return false;
  const { root, title, lang, partial } = v;
  const partialOk =
    partial === undefined ||
    (isPlainObject(partial) && Number.isInteger(partial.elementsRead) && Number.isInteger(partial.elementsTotal) && onlyKeys(partial, ['elementsRead', 'elementsTotal']));
  return (
    Array.isArray(root) && typeof root[0] === 'string' && Array.isArray(root[1]) &&
    typeof title === 'string' && title.length <= 10_000 &&
    (lang === null || (typeof lang === 'string' && lang.length <= 35)) &&
    partialOk
  );
}

/**
 * The answer to `detect` (and to the last `detect-part`): the article found in the snapshot, or
 * null, and its analysis, or null when there is no article or the background could not analyse it.
 */
export interface PageReading {
  article: RemoteArticle | null;
  analysis: Analysis | null;
  /** Set when the background holds the article to analyse later (`analyze-held`). */
  held?: string;
}

/** The JSON text of a PageReading, from the article's JSON text (as found) and its analysis. */
export function pageReadingJson(articleJson: string, analysis: Analysis | null, held?: string): string {
  return `{"article":${articleJson},"analysis":${analysis ? JSON.stringify(analysis) : 'null'}${held ? `,"held":${JSON.stringify(held)}` : ''}}`;
}

/** The id of an article the background holds (read-page.ts makes them). */
export function isHeldId(v: unknown): v is string {
  return typeof v === 'string' && /^[\w-]{1,40}$/.test(v);
}

/**
 * A PageReading from the background's answer, or null when the answer is not one (the page then
 * reads the snapshot itself). An analysis that does not fit its article is dropped (analysis null:
 * the page analyses the article itself) rather than trusted.
 */
export function parsePageReading(answer: unknown): PageReading | null {
  if (typeof answer !== 'string') return null;
  let v: unknown;
  try {
    v = JSON.parse(answer);
  } catch {
    return null;
  }
  if (!isPlainObject(v) || !('article' in v) || !('analysis' in v)) return null;
  if (v.article === null) return { article: null, analysis: null };
  if (!isRemoteArticle(v.article)) return null;
  const analysis = isAnalysisOf(v.analysis, v.article.text.length) ? v.analysis : null;
  return { article: v.article, analysis, ...(!analysis && isHeldId(v.held) ? { held: v.held } : {}) };
}

/** The message if it is exactly a BackgroundToContent shape, else null. */
export function parseBackgroundMessage(msg: unknown): BackgroundMessage | null {
  if (!isPlainObject(msg) || typeof msg.type !== 'string') return null;
  if (msg.type === 'ping') return onlyKeys(msg, ['type']) ? { type: 'ping' } : null;
  if (msg.type !== 'toggle-sidebar' && msg.type !== 'toggle-highlights') return null;
  if (msg.click === undefined) return onlyKeys(msg, ['type']) ? { type: msg.type } : null;
  if (msg.type === 'toggle-sidebar' && msg.key === true) {
    return isClickId(msg.click) && onlyKeys(msg, ['type', 'click', 'key']) ? { type: msg.type, click: msg.click, key: true } : null;
  }
  return isClickId(msg.click) && onlyKeys(msg, ['type', 'click']) ? { type: msg.type, click: msg.click } : null;
}

/** A click's id as the background makes them (extension/pending-clicks.ts). */
export function isClickId(v: unknown): v is string {
  return typeof v === 'string' && /^[\w-]{1,40}$/.test(v);
}

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
