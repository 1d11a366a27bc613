/**
 * The background's one step for a page: find the article in the page's snapshot and analyse it
 * right away, so the page gets the article and its analysis in one answer and the article's text
 * never goes back out to be analysed. Where each part runs is unchanged: the article is found
 * in Firefox's background page or Chrome's offscreen document (article-finder.ts), and analysed
 * here in the background (Chrome: the service worker), where the model is parsed once for all
 * tabs.
 */
import { analyzeText } from '../src/analysis/analyze';
import type { Analysis } from '../src/analysis/contract';
import type { RemoteArticle } from '../src/article/remote';
import type { NerModel } from '../src/nlp/ner/model';
import { pageReadingJson } from '../src/messages';
import { findArticleInSnapshot } from './article-finder';
import { loadModel } from './model-loader';

/** The PageReading (article and analysis) of a page snapshot, both as JSON text. */
export async function readPage(snapshotJson: string): Promise<string> {
  // The model loads (when this background has not loaded it yet) while the article is found: in
  // Chrome the offscreen document finds it meanwhile, so the wait for both is the longer one.
  const model = loadModel();
  model.catch(() => {}); // a failure is met below, or does not matter when there is no article
  const articleJson = await findArticleInSnapshot(snapshotJson);
  const article = JSON.parse(articleJson) as RemoteArticle | null;
  return pageReadingJson(articleJson, article && (await analyseFound(article, model)));
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
