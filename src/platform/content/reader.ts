/**
 * Reading the page: finding the article (ahead of time while the page is idle, or when the
 * sidebar opens), having it analysed, and showing both, each heavy step in a task of its own.
 * A newer run (the sidebar closed, the page read again) stops an older one where it is.
 */
import type { Analysis } from '../../core/analysis/contract';
import type { ArticleText } from '../../core/article';
import { articleTone } from '../../page/highlighter';
import { analyseArticle } from './analyse';
import { articleInfo, keptSelection, markedPartial, visibleTextLength } from './article-view';
import type { ContentStore } from './content-state';
import type { ContentEdge } from './edge';
import { findArticle, sendSnapshot, stillOnPage, type FoundArticle } from './find-article';
import { mark } from './marks';
import { pauseBriefly } from './pause';
import type { ContentStatus } from './status';

export interface ArticleReader {
  /** Finds the article on the page now (`later`: an idle pre-read, analysed only when asked). */
  find(later?: boolean): Promise<FoundArticle | null>;
  /** Finds it ahead of time, once; null when it was found (or is being found) already. */
  prefind(): Promise<FoundArticle | null> | null;
  /**
   * Finds (unless found) and analyses the article, and shows it; `previous`, the reading it
   * replaces, keeps the open card and quote where they still exist.
   */
  read(previous?: Analysis | null): Promise<void>;
  /** Reads what the reader points at when no article was found (the page, or the selection). */
  readChosen(pick: () => ArticleText | null, none: string): void;
  /** Reads the page's tone behind an article (once per article). */
  noteTone(article: ArticleText): void;
}

export interface ReaderDeps {
  doc: Document;
  store: ContentStore;
  edge: Pick<ContentEdge, 'messages' | 'loadAnalyzer' | 'loadExtraction'>;
  status: Pick<ContentStatus, 'analysed' | 'readBy'>;
  /** The reader's corrections, read from storage: awaited before an analysis is shown. */
  corrections: Promise<void>;
  /** Draws the highlights of the reading shown. */
  showHighlights(): void;
}

export function createArticleReader({
  doc,
  store,
  edge,
  status,
  corrections,
  showHighlights,
}: ReaderDeps): ArticleReader {
  let predetected: Promise<FoundArticle | null> | null = null;

  // The article on this page, found without a long task on its main thread, and usually analysed
  // in the same step by the background (find-article.ts).
  const find = (later = false) =>
    findArticle(
      doc,
      (snapshot) => sendSnapshot(snapshot, (m) => edge.messages.send(m), later),
      status.readBy,
      edge.loadExtraction,
    );

  // The page's tone behind the article, read when the article is found: later, just after the
  // sidebar pushed the page aside, reading it makes the browser restyle the page in our task.
  const noteTone = (a: ArticleText) => {
    if (store.tone?.article === a) return;
    let tone: ContentStore['tone'];
    try {
      tone = { article: a, tone: articleTone(doc, a) };
    } catch {
      tone = null;
    }
    store.setTone(tone);
    if (tone && store.rendering && store.view.pageTone !== tone.tone) store.show({ pageTone: tone.tone });
  };

  /** The page was not read yet: reads it. False when this run should stop. */
  async function detect(run: number): Promise<boolean> {
    try {
      mark('detect-start');
      // Found ahead of time while the page was idle (prewarm), if the page still shows it.
      const early = predetected ? await predetected.catch(() => null) : null;
      predetected = null;
      let found: FoundArticle | null;
      if (early && stillOnPage(early.article)) found = early;
      else {
        // The sidebar was mounted in this task: its first render and the reading's first slice
        // go in separate tasks. (An article found ahead of time is shown at once.)
        await pauseBriefly();
        if (!store.isCurrent(run)) return false;
        found = await find();
      }
      store.setReading({ article: found?.article ?? null, pending: found?.analysis ?? null, held: found?.held });
      if (found?.article) noteTone(found.article);
      mark('detect-end');
    } catch (e) {
      store.setReading({ article: null });
      store.show({
        phase: 'error',
        message: `Gloss could not read this page: ${e instanceof Error ? e.message : String(e)}`,
      });
      return false;
    }
    store.setReading({ detected: true });
    return true;
  }

  async function read(previous: Analysis | null = null): Promise<void> {
    const run = store.nextRun();
    const current = () => store.isCurrent(run);
    if (!store.reading.detected && !(await detect(run))) return;
    if (!current()) return;
    const article = store.reading.article;
    if (!article) {
      store.show({ phase: 'no-article', message: null, article: null, analysis: null });
      return;
    }
    if (!previous) store.show({ phase: 'ready', article: articleInfo(article), message: null });
    mark('sidebar-rendered');
    await corrections; // read while the article was found: done by now, as a rule
    if (!current()) return;
    const made = store.reading.analysis;
    if (made) {
      store.show({ analysis: made });
      await pauseBriefly(); // the sidebar's render and the highlights: two tasks, not one
      if (current()) showHighlights();
      return;
    }
    try {
      mark('analyze-start');
      status.analysed();
      const { pending, held } = store.reading;
      let next: Analysis;
      if (pending) {
        // Found and analysed in one step: the article above paints first, the analysis in a
        // task of its own after it.
        next = pending;
        await pauseBriefly();
      } else
        next = await analyseArticle({ text: article.text, lang: article.lang, blocks: article.blocks, held }, edge);
      if (!current()) return;
      const shown = store.reading.article ?? article;
      // A huge page read in part (extractArticle's element budget): say so, against the page.
      if (shown.partial) {
        // The page's whole text is built to be measured: a task of its own (tens of ms on a huge page).
        await pauseBriefly();
        if (!current()) return;
        const pageChars = visibleTextLength(doc);
        await pauseBriefly();
        if (!current()) return;
        next = markedPartial(next, (store.reading.article ?? shown).text.length, pageChars);
      }
      store.setReading({ analysis: next, pending: null, held: undefined });
      mark('analyze-end');
      if (previous) {
        const info = articleInfo(store.reading.article ?? shown);
        store.show({
          phase: 'ready',
          article: info,
          message: null,
          analysis: next,
          ...keptSelection(store.view, previous, next),
        });
      } else store.show({ analysis: next });
      await pauseBriefly(); // the sidebar's render and the highlights: two tasks, not one
      if (current()) showHighlights();
    } catch (e) {
      store.show({
        phase: 'error',
        message: `Gloss could not analyse this article: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }

  return {
    find,
    prefind() {
      if (store.reading.detected || predetected) return null;
      predetected = find(true);
      return predetected;
    },
    read,
    readChosen(pick, none) {
      if (store.view.phase !== 'no-article') return;
      let chosen: ArticleText | null = null;
      try {
        chosen = pick();
      } catch {
        chosen = null;
      }
      if (!chosen) {
        store.show({ message: none });
        return;
      }
      store.nextRun();
      store.setReading({ article: chosen, analysis: null, pending: null, held: undefined, detected: true });
      noteTone(chosen);
      void read();
    },
    noteTone,
  };
}
