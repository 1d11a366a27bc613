/**
 * Throughput of the entity stage and the quote stage in tokens per second, beside compromise on
 * the same text. The entity stage is the NER helper's benchNer() (tests/bench/ner.ts); the quote
 * stage timing is the quotes helper's benchQuotes() (tests/bench/quotes.ts). benchQuotes() reports
 * milliseconds and characters, not tokens, and has no compromise side, so here the same texts are
 * counted in tokens (Gloss's tokenizer, src/core/nlp/tokenize.ts) and compromise's quote finder,
 * nlp(text).quotations(), is timed on them the same way (one warm-up pass, best of `runs`).
 */
import nlp from 'compromise';
import { benchNer, type NerBenchResult } from './ner';
import { benchQuotes, type QuoteBenchRow } from './quotes';
import { readConll } from '../../scripts/ner/corpus';
import { loadSplit, polnearAvailable } from '../eval/polnear/corpus';
import { tokenize } from '../../src/core/nlp/tokenize';

export interface QuoteThroughput extends QuoteBenchRow {
  tokens: number;
  glossTokensPerSecond: number;
  compromiseMs: number;
  compromiseQuotes: number;
  compromiseTokensPerSecond: number;
  /** Gloss tokens/s over compromise tokens/s */
  vsCompromise: number;
}

export interface ThroughputReport {
  ner: NerBenchResult;
  quotes: QuoteThroughput[];
}

function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function textsOf(corpus: string): string[] | null {
  if (corpus.startsWith('PolNeAR')) return polnearAvailable() ? loadSplit('test').map((d) => d.text) : null;
  if (corpus.startsWith('CoNLL')) return readConll('test')?.map((d) => d.text) ?? null;
  return null;
}

export function benchThroughput(opts: { runs?: number } = {}): ThroughputReport {
  const runs = opts.runs ?? 3;
  const ner = benchNer({ runs });
  const rows = benchQuotes({ runs });
  const quotes = rows.map((r): QuoteThroughput => {
    const texts = r.skipped ? null : textsOf(r.corpus);
    if (!texts)
      return {
        ...r,
        tokens: 0,
        glossTokensPerSecond: 0,
        compromiseMs: 0,
        compromiseQuotes: 0,
        compromiseTokensPerSecond: 0,
        vsCompromise: 0,
      };
    const tokens = texts.reduce((n, t) => n + tokenize(t).length, 0);
    let found = 0;
    const comp = () => {
      found = 0;
      for (const t of texts) found += nlp(t).quotations().length;
    };
    comp();
    const compromiseMs = bestOf(Math.max(1, runs - 1), comp);
    const glossTps = (tokens / r.quoteMs) * 1000;
    const compTps = (tokens / compromiseMs) * 1000;
    return {
      ...r,
      tokens,
      glossTokensPerSecond: glossTps,
      compromiseMs,
      compromiseQuotes: found,
      compromiseTokensPerSecond: compTps,
      vsCompromise: glossTps / compTps,
    };
  });
  return { ner, quotes };
}

export function printThroughput(t: ThroughputReport): void {
  const k = (x: number): string => Math.round(x).toLocaleString('en-US');
  const n = t.ner;
  if (n.skipped) console.log(`entity stage: skipped: ${n.skipped}`);
  else {
    console.log(
      `entity stage (findEntities: tokens, recognizer, aliases, roles) on CoNLL-2003 test, ${n.documents} documents, ${k(n.tokens)} tokens (benchNer, best of 3):`,
    );
    console.log(
      `  Gloss ${k(n.glossTokensPerSecond)} tokens/s (${n.glossMs.toFixed(0)} ms); compromise people/places/organizations ${k(n.compromiseTokensPerSecond)} tokens/s (${n.compromiseMs.toFixed(0)} ms); ${n.ratio.toFixed(1)}x compromise (target >= 10x) ${n.ratio >= 10 ? 'MET' : 'MISSED'}`,
    );
  }
  for (const q of t.quotes) {
    if (q.skipped) {
      console.log(`quote stage, ${q.corpus}: skipped: ${q.skipped}`);
      continue;
    }
    console.log(
      `quote stage (findQuotes, given the entities) on ${q.corpus}, ${q.documents} documents, ${k(q.tokens)} tokens (benchQuotes + compromise timed here, best of 3/2):`,
    );
    console.log(
      `  Gloss ${k(q.glossTokensPerSecond)} tokens/s (${q.quoteMs.toFixed(1)} ms, ${q.quotes} quotes); compromise quotations() ${k(q.compromiseTokensPerSecond)} tokens/s ` +
        `(${q.compromiseMs.toFixed(0)} ms, ${q.compromiseQuotes} quotes); ${q.vsCompromise.toFixed(1)}x compromise (target >= 10x) ${q.vsCompromise >= 10 ? 'MET' : 'MISSED'}; ` +
        `quote stage / entity stage ${q.ratio.toFixed(3)}`,
    );
  }
}
