/**
 * The JSON texts that carry a page between the content script, the background and the offscreen
 * document: the page's snapshot one way, the article found in it and its analysis the other.
 */
import * as v from 'valibot';
import type { Analysis } from '../core/analysis/contract';
import type { RemoteArticle } from '../core/article/remote';
import { isAnalysisOf, isRemoteArticle } from './payloads';
import type { PageSnapshot } from '../core/article/snapshot';
import { asJsonText, decodeJson, encodeJson, exactObject, isPlainObject, parseWith, type JsonText } from './kit';

/** The longest page snapshot the background accepts, as JSON text (runtime messages stop at 64 MiB). */
export const MAX_SNAPSHOT_CHARS = 48_000_000;

const lang = v.nullable(v.pipe(v.string(), v.maxLength(35)));

/**
 * A snapshot's outer shape. Its tree is checked node by node as it is rebuilt (buildSnapshot
 * refuses anything else).
 */
const SnapshotSchema = exactObject({
  root: v.custom<PageSnapshot['root']>((r) => Array.isArray(r) && typeof r[0] === 'string' && Array.isArray(r[1])),
  title: v.pipe(v.string(), v.maxLength(10_000)),
  lang,
  origin: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  partial: v.optional(
    exactObject({ elementsRead: v.pipe(v.number(), v.integer()), elementsTotal: v.pipe(v.number(), v.integer()) }),
  ),
}) satisfies v.GenericSchema<unknown, PageSnapshot>;

/** A page snapshot from its JSON text, or null. */
export function parseSnapshotJson(json: string): PageSnapshot | null {
  return decodeJson(json, (x) => parseWith(SnapshotSchema, x));
}

/** The id of an article the background holds (read-page.ts makes them). */
export function isHeldId(x: unknown): x is string {
  return typeof x === 'string' && /^[\w-]{1,40}$/.test(x);
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
export function pageReadingJson(
  articleJson: JsonText<RemoteArticle | null> | string,
  analysis: Analysis | null,
  held?: string,
): JsonText<PageReading> {
  return asJsonText(
    `{"article":${articleJson},"analysis":${analysis ? JSON.stringify(analysis) : 'null'}${held ? `,"held":${JSON.stringify(held)}` : ''}}`,
  );
}

/**
 * A PageReading from the background's answer, or null when the answer is not one (the page then
 * reads the snapshot itself). An analysis that does not fit its article is dropped (analysis null:
 * the page analyses the article itself) rather than trusted.
 */
export function parsePageReading(answer: unknown): PageReading | null {
  return decodeJson(answer, (x) => {
    if (!isPlainObject(x) || !('article' in x) || !('analysis' in x)) return null;
    if (x.article === null) return { article: null, analysis: null };
    if (!isRemoteArticle(x.article)) return null;
    const analysis = isAnalysisOf(x.analysis, x.article.text.length) ? x.analysis : null;
    return { article: x.article, analysis, ...(!analysis && isHeldId(x.held) ? { held: x.held } : {}) };
  });
}

/** The article (or null) the article finder found, as JSON text. */
export const remoteArticleJson = (article: RemoteArticle | null): JsonText<RemoteArticle | null> => encodeJson(article);

/** The article in the article finder's JSON text; null for "no article" and for anything malformed. */
export function parseRemoteArticleJson(json: JsonText<RemoteArticle | null>): RemoteArticle | null {
  return decodeJson(json, (x) => (isRemoteArticle(x) ? x : null));
}

/** An analysis as JSON text (the answer to `analyze` and `analyze-held`). */
export const analysisJson = (analysis: Analysis): JsonText<Analysis> => encodeJson(analysis);

/** The analysis in an `analyze` or `analyze-held` answer, if it is one of a text this long; else null. */
export function parseAnalysisJson(json: JsonText<Analysis>, textLength: number): Analysis | null {
  return decodeJson(json, (x) => (isAnalysisOf(x, textLength) ? x : null));
}
