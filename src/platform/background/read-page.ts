/**
 * The background's one step for a page: find the article in the page's snapshot and analyse it
 * right away, so the page gets the article and its analysis in one answer and the article's text
 * never goes back out to be analysed. Where each part runs is unchanged: the article is found
 * in Firefox's background page or Chrome's offscreen document (article-finder.ts), and analysed
 * here in the background (Chrome: the service worker), where the model is parsed once for all
 * tabs.
 */
import { analyzeText } from '../../core/analysis/analyze';
import type { Analysis } from '../../core/analysis/contract';
import type { RemoteArticle } from '../../core/article/remote';
import type { NerModel } from '../../core/nlp/ner/model';
import type { JsonText } from '../../protocol/kit';
import { analysisJson, pageReadingJson, parseRemoteArticleJson, type PageReading } from '../../protocol/page-reading';
import { findArticleInSnapshot } from './article-finder';
import { loadModel } from '../model-loader';

/**
 * Articles found by an idle pre-read (`later`), one per tab, kept until the reader opens Gloss
 * there: then `analyzeHeld` analyses the copy kept here, and the text need not come back out of
 * the page. A pre-read does not analyse: a reader who never opens Gloss on a page costs no
 * analysis. The background may be stopped meanwhile (Chrome stops idle service workers): then
 * nothing is held and the page sends the text itself.
 */
const held = new Map<string, { id: string; article: RemoteArticle }>();
const MAX_HELD = 16;
let heldCount = 0;

/** The PageReading (article and analysis) of a page snapshot, both as JSON text. */
export async function readPage(snapshotJson: string, later?: { tab: string }): Promise<JsonText<PageReading>> {
  if (later) {
    const articleJson = await findArticleInSnapshot(snapshotJson);
    const article = parseRemoteArticleJson(articleJson);
    held.delete(later.tab);
    if (!article) return pageReadingJson(articleJson, null);
    const id = `h${++heldCount}-${Math.random().toString(36).slice(2, 10)}`;
    held.set(later.tab, { id, article });
    // The oldest tabs' articles go first (a Map keeps insertion order).
    for (const key of held.keys()) if (held.size > MAX_HELD) held.delete(key);
    return pageReadingJson(articleJson, null, id);
  }
  // The model loads (when this background has not loaded it yet) while the article is found: in
  // Chrome the offscreen document finds it meanwhile, so the wait for both is the longer one.
  const model = loadModel();
  model.catch(() => {}); // a failure is met below, or does not matter when there is no article
  const articleJson = await findArticleInSnapshot(snapshotJson);
  const article = parseRemoteArticleJson(articleJson);
  return pageReadingJson(articleJson, article && (await analyseFound(article, model)));
}

/** The analysis (JSON text) of the article held for `tab` as `id`; throws when it is not held. */
export async function analyzeHeld(tab: string, id: string): Promise<JsonText<Analysis>> {
  const h = held.get(tab);
  if (!h || h.id !== id) throw new Error('Gloss: the background no longer holds this article');
  const ner = await loadModel();
  return analysisJson(analyzeText(h.article.text, { ner }, { declaredLang: h.article.lang, blocks: h.article.blocks }));
}

/** A tab closed: its held article goes. */
export function forgetTab(tab: string): void {
  held.delete(tab);
}

/** The article's analysis, or null when it fails here: the page then analyses the article itself. */
async function analyseFound(article: RemoteArticle, model: Promise<NerModel>): Promise<Analysis | null> {
  try {
    const ner = await model;
    return analyzeText(article.text, { ner }, { declaredLang: article.lang, blocks: article.blocks });
  } catch (e) {
    console.info('Gloss: the background could not analyse the article; the page will', e);
    return null;
  }
}
