/**
 * The analysis of an article that came without one (the page read it itself, or the background
 * could not analyse it), done by the background so the page's main thread stays free (a long
 * article takes the analyser hundreds of milliseconds, and the model is parsed once for all
 * tabs). If the background cannot answer (it is being updated, say), the same analyser runs here.
 */
import type { Analysis, ArticleBlock } from '../../core/analysis/contract';
import { parseAnalysisJson } from '../../protocol/page-reading';
import type { ContentEdge } from './edge';

export interface ToAnalyse {
  text: string;
  lang: string | null;
  blocks?: ArticleBlock[] | undefined;
  /** The background holds this article (found by the idle pre-read): analysed there, the text not sent again. */
  held?: string | undefined;
}

/** Lets the browser paint and handle input between heavy steps. */
export const yieldToPage = (): Promise<void> =>
  new Promise<void>((r) => {
    // After a frame, so the sidebar's loading state paints before a heavy read (a timer too: no
    // frames come in a background tab).
    const t = setTimeout(r, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(t), r()), 0));
  });

export async function analyseArticle(
  { text, lang, blocks, held }: ToAnalyse,
  edge: Pick<ContentEdge, 'messages' | 'loadAnalyzer'>,
  pause: () => Promise<void> = yieldToPage,
): Promise<Analysis> {
  if (held) {
    try {
      const res = parseAnalysisJson(await edge.messages.ask({ type: 'analyze-held', held }), text.length);
      if (res) return res;
    } catch {
      /* no longer held (the background was restarted): send the text */
    }
  }
  try {
    const res = parseAnalysisJson(
      await edge.messages.ask({ type: 'analyze', text, lang, ...(blocks ? { blocks } : {}) }),
      text.length,
    );
    if (res) return res;
  } catch {
    /* fall back to analysing in the page */
  }
  // Loaded only now: the analyser, its data and the model are large, and the background
  // normally does this (loading them with the sidebar was a long task of its own).
  const { analyzeText, loadModel } = await edge.loadAnalyzer();
  const ner = await loadModel();
  await pause();
  return analyzeText(text, { ner }, { declaredLang: lang, blocks });
}
