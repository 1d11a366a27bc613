/**
 * The analyser: one pure function from an article's text to entities and quotes. The content
 * script, the `analyze` command, the benchmarks and the tests all call this, so what the tests
 * measure is what readers run.
 */
import type { Analysis, ArticleBlock } from './contract';
import { checkBlocks, clipBlocks, inSpans, readBlocks } from './blocks';
import { findEntities } from '../nlp/entities';
import { findQuotes } from '../nlp/quotes';
import { addArticleNotes, addBundledNotes, findDemonyms } from '../notes';
import type { NerModel } from '../nlp/ner/model';
import { detectLanguage } from '../nlp/language';

export interface AnalyzerResources {
  ner: NerModel;
}

export interface AnalyzeOptions {
  /** The article's declared language (html lang), if any; the text is checked too. */
  declaredLang?: string | null;
  /** Analyse at most this many characters (huge pages stay responsive); the rest is reported. */
  maxChars?: number;
  /**
   * The article's blocks (ArticleMeta.blocks): bylines, datelines and credits give no entity or
   * quotation, blockquotes are quotations, headings' quotations are not listed. Checked first;
   * absent or malformed, the text is read as plain paragraphs.
   */
  blocks?: ArticleBlock[] | null;
}

export const DEFAULT_MAX_CHARS = 200_000;

export function analyzeText(text: string, res: AnalyzerResources, opts: AnalyzeOptions = {}): Analysis {
  const lang = detectLanguage(text, opts.declaredLang ?? null);
  if (lang !== 'en') {
    return {
      entities: [],
      quotes: [],
      unsupported: { reason: `Language not supported (${lang}); Gloss reads English articles.` },
    };
  }
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const slice = text.length > maxChars ? cutAtParagraph(text, maxChars) : text;
  const checked = opts.blocks ? checkBlocks(text, opts.blocks) : null;
  const reading = checked ? readBlocks(clipBlocks(checked, slice.length), slice) : null;
  const entities = findEntities(slice, res.ner, reading?.skip);
  const quotes = findQuotes(slice, entities, reading ?? undefined);
  addArticleNotes(slice, entities, quotes, reading?.headings);
  addBundledNotes(slice, entities);
  let demonyms = findDemonyms(slice, entities);
  // (no highlight lands in a credit or a byline)
  if (reading?.skip.length) demonyms = demonyms.filter((m) => !inSpans(reading.skip, m.start));
  const out: Analysis = { entities, quotes, demonyms };
  if (slice.length < text.length) out.truncated = { analysedChars: slice.length, totalChars: text.length };
  return out;
}

/** Cut at the last paragraph break before `max`, so no sentence is analysed half. */
function cutAtParagraph(text: string, max: number): string {
  const cut = text.lastIndexOf('\n\n', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}
