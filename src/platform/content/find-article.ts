/**
 * Finding the article from the page's side, without one long task on its main thread: the page
 * is read into a snapshot in slices of a few milliseconds, the background (or Chrome's offscreen
 * document) runs Readability on it and analyses the article in the same step, and the answer
 * comes back mapped onto the live text nodes, with its analysis. If the background cannot answer,
 * the same reading runs here (without an analysis: the caller has it made); if the page changed
 * while it was read, it is read again.
 */
import { loadExtraction, type Extraction } from './page-modules';
import { mark } from './marks';
import type { Analysis } from '../../core/analysis/contract';
import type { ArticleText } from '../../core/article';
import { articleFromRemote, type RemoteArticle } from '../../core/article/remote';
import { parsePageReading } from '../../protocol/page-reading';
import type { PageSnapshot } from '../../core/article/snapshot';
import { takeSnapshot } from '../../page/take-snapshot';
import { SNAPSHOT_PART_CHARS } from '../../core/article/snapshot-parts';
import { DEFAULT_MAX_ELEMENTS } from '../../core/article/words';
import { pauseBriefly } from './pause';

export { stillOnPage } from '../../core/article/remote';

/**
 * An element's shadow root, closed ones included: a content script may reach those (Chrome's
 * chrome.dom.openOrClosedShadowRoot, Firefox's element.openOrClosedShadowRoot), and an article
 * inside a closed component is still the article. Asked only of custom elements, where closed
 * roots live in practice: asking of every element would cost an API call per element.
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = el.shadowRoot;
  if (open || !el.localName.includes('-')) return open;
  try {
    const viaChrome = (
      globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } }
    ).chrome?.dom?.openOrClosedShadowRoot;
    if (typeof viaChrome === 'function') return viaChrome(el) ?? null;
    return (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  } catch {
    return null;
  }
}

/**
 * Sends a snapshot to the background and returns its answer (JSON text): in one message, or, for
 * a large page, in parts with a pause between them (one big message is one long task in Chrome).
 */
export async function sendSnapshot(
  snapshot: PageSnapshot,
  send: (
    msg:
      | { type: 'detect'; snapshot: string; later?: true }
      | { type: 'detect-part'; id: string; part: number; parts: number; text: string; later?: true },
  ) => Promise<unknown>,
  later = false,
): Promise<unknown> {
  // The snapshot's last slice ran in this task: writing a large page's snapshot out is the next one.
  await pauseBriefly();
  const json = JSON.stringify(snapshot);
  // `later`: an idle pre-read; the background holds the article and analyses it when asked.
  const mark = later ? { later: true as const } : {};
  if (json.length <= SNAPSHOT_PART_CHARS) return send({ type: 'detect', snapshot: json, ...mark });
  const parts = Math.ceil(json.length / SNAPSHOT_PART_CHARS);
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  let answer: unknown = null;
  for (let part = 0; part < parts; part++) {
    if (part > 0) await pauseBriefly();
    answer = await send({
      type: 'detect-part',
      id,
      part,
      parts,
      text: json.slice(part * SNAPSHOT_PART_CHARS, (part + 1) * SNAPSHOT_PART_CHARS),
      ...mark,
    });
  }
  return answer;
}

/** Where the article was read: in the background, or here from the snapshot, or here at once. */
export type ReadBy = 'background' | 'page' | 'page-direct';

/** An article found on the page, with the analysis the background made of it in the same step. */
export interface FoundArticle {
  article: ArticleText;
  /** Null when the article was read here, or the background could not analyse it. */
  analysis: Analysis | null;
  /** The background holds the article to analyse when asked (an idle pre-read), under this id. */
  held?: string;
}

/**
 * The article in `doc`, or null. `ask` sends a snapshot to the background and resolves to its
 * answer (a PageReading as JSON text); `readBy` learns where the reading was done (the browser
 * tests check it).
 */
export async function findArticle(
  doc: Document,
  ask: (snapshot: PageSnapshot) => Promise<unknown>,
  readBy: (by: ReadBy) => void = () => {},
  extraction: () => Promise<Extraction> = loadExtraction,
): Promise<FoundArticle | null> {
  mark('read-start');
  try {
    return await readOnce(doc, ask, readBy, extraction);
  } finally {
    mark('read-end');
  }
}

/** How long a failed ask waits before it asks once more. */
export const ASK_AGAIN_AFTER_MS = 300;

/**
 * The background's answer, asked once more after a moment when the message fails. A failed
 * message means the extension is being reloaded or updated: either the background is starting
 * again (the second ask reaches it) or this copy of the script is being orphaned, and the browser
 * tells it so (its runtime loses its id) a moment after messages start failing. Reading the page
 * here at once would then request a file from an extension that is gone: a failed request in the
 * page's console.
 */
async function askAgainOnce(ask: () => Promise<unknown>): Promise<unknown> {
  try {
    return await ask();
  } catch {
    await new Promise((r) => setTimeout(r, ASK_AGAIN_AFTER_MS));
    return ask();
  }
}

async function readOnce(
  doc: Document,
  ask: (snapshot: PageSnapshot) => Promise<unknown>,
  readBy: (by: ReadBy) => void,
  extraction: () => Promise<Extraction>,
): Promise<FoundArticle | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const taken = await takeSnapshot(doc, { maxElements: DEFAULT_MAX_ELEMENTS, pause: pauseBriefly, shadowRootOf });
    let remote: RemoteArticle | null;
    let analysis: Analysis | null = null;
    let held: string | undefined;
    try {
      // A malformed answer is not trusted: the snapshot is read here instead.
      const reading = parsePageReading(await askAgainOnce(() => ask(taken.snapshot)));
      if (!reading) throw new Error('unexpected answer');
      remote = reading.article;
      analysis = reading.analysis;
      held = reading.held;
      readBy('background');
    } catch {
      // The background is being updated or cannot read pages: read the snapshot here.
      const { extractFromSnapshot } = await extraction();
      await pauseBriefly();
      remote = extractFromSnapshot(taken.snapshot, () => doc.implementation.createHTMLDocument(''));
      readBy('page');
    }
    if (!remote) return null;
    const article = articleFromRemote(remote, taken.texts);
    if (article) return { article, analysis, ...(held ? { held } : {}) };
    // The page changed while it was being read: read it again.
  }
  readBy('page-direct');
  const article = (await extraction()).extractArticle(doc);
  return article && { article, analysis: null };
}
