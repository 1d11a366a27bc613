/**
 * What the sidebar and the hover preview show of an article and its analysis, and the checks
 * made on a reading: plain functions of their arguments.
 */
import type { Analysis, TextSpan } from '../../core/analysis/contract';
import type { ArticleText } from '../../core/article';
import { readingMinutes } from '../../core/article/reading-time';
import { countWords } from '../../core/article/words';
import type { PreviewData } from '../../page/highlighter';
import { firstLine } from '../../page/preview';
import { flagsIfDrawn } from '../../ui/sidebar/flags';
import type { ArticleInfo, SidebarState } from '../../ui/sidebar/types';

/** The article's words, counted once per article (where it was found, usually). */
export const wordsOf = (article: ArticleText): number => article.wordCount ?? countWords(article.text);

/** What the sidebar shows about the article. */
export function articleInfo(article: ArticleText): ArticleInfo {
  // Counted where the article was found (the background, usually): a long article's count is
  // milliseconds the page's main thread need not spend.
  const words = wordsOf(article);
  return {
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    publishedTime: article.publishedTime,
    text: article.text,
    ...(article.blocks ? { blocks: article.blocks } : {}),
    excerpt: article.excerpt,
    ...(article.published !== undefined ? { published: article.published } : {}),
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
}

/** What the hover preview says about an entity: offline, from the analysis itself. */
export function previewOf(analysis: Analysis, entityId: string, doc: Document): PreviewData | null {
  const e = analysis.entities.find((x) => x.id === entityId);
  if (!e) return null;
  // The article's own role note ("Role in the article: …") says again what the preview's role line says.
  const restatesRole = (text: string) => !!e.role && (text === e.role || text === `Role in the article: ${e.role}`);
  const background =
    e.notes.find((n) => n.source === 'bundled') ??
    e.notes.find((n) => n.source !== 'wikipedia' && !restatesRole(n.text));
  return { name: e.name, role: e.role, note: background ? firstLine(flagsIfDrawn(background.text, doc)) : null };
}

/** Whether any name or quote of the analysis lies in [start, end). */
export function coversAny(analysis: Analysis, start: number, end: number): boolean {
  const hit = (s: TextSpan) => s.start < end && start < s.end;
  return analysis.entities.some((e) => e.mentions.some(hit)) || analysis.quotes.some((q) => q.spans.some(hit));
}

/** Characters of the page's visible text, whitespace runs counted once. */
export function visibleTextLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  // What a reader can see: innerText leaves out script, style and hidden elements, which
  // textContent counts (a page's inline scripts alone can be most of its characters).
  const text = typeof body.innerText === 'string' ? body.innerText : (body.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim().length;
}

/** An analysis of part of a huge page, saying how much of the page's text it covers. */
export function markedPartial(analysis: Analysis, articleChars: number, pageChars: number): Analysis {
  const analysedChars = analysis.truncated?.analysedChars ?? articleChars;
  return {
    ...analysis,
    truncated: {
      analysedChars,
      totalChars: Math.max(pageChars, analysis.truncated?.totalChars ?? 0, analysedChars + 1),
    },
  };
}

/** The open card and selected quote of `view`, where the new reading still has them. */
export function keptSelection(
  view: Pick<SidebarState, 'focusEntityId' | 'selectedQuote'>,
  previous: Analysis,
  next: Analysis,
): Pick<SidebarState, 'focusEntityId' | 'selectedQuote'> {
  const focus =
    view.focusEntityId !== null && next.entities.some((e) => e.id === view.focusEntityId) ? view.focusEntityId : null;
  const q = view.selectedQuote;
  const quote = q !== null && previous.quotes[q] && next.quotes[q]?.text === previous.quotes[q]!.text ? q : null;
  return { focusEntityId: focus, selectedQuote: quote };
}
