/**
 * The primary PolNeAR protocol (README "How to score"): event-level direct-quote extraction
 * with the don't-care rule, speaker accuracy at mention and name level, end-to-end F1 and the
 * pronoun-source subset.
 */
import type { Doc, Event, Span } from './corpus';

export interface PredictedQuote {
  spans: Span[];
  speaker: { name: string | null; mention: Span | null } | null;
}

// prettier-ignore
export const PRONOUN_SOURCES = new Set([
  'he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'him', 'her', 'them', 'his', 'their', 'which', 'its', 'our', 'my',
]);

export function isPronounSource(sourceText: string): boolean {
  return PRONOUN_SOURCES.has(sourceText.trim().toLowerCase());
}

export interface Counts {
  gold: number;
  tp: number;
  fp: number;
  ignored: number;
  speakerMention: number;
  /** Name-level: correct / defined (gold source not a pronoun). */
  speakerName: number;
  nameDefined: number;
  pronounGold: number;
  pronounTp: number;
  pronounSpeaker: number;
}

export function emptyCounts(): Counts {
  return {
    gold: 0,
    tp: 0,
    fp: 0,
    ignored: 0,
    speakerMention: 0,
    speakerName: 0,
    nameDefined: 0,
    pronounGold: 0,
    pronounTp: 0,
    pronounSpeaker: 0,
  };
}

/** The gold set G: pure-direct events with a Source. */
export function goldEvents(doc: Doc): Event[] {
  return doc.events.filter((e) => e.kind === 'pure' && e.source !== null && e.content.length > 0);
}

function nonSpaceChars(text: string, spans: Span[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) if (!/\s/.test(text[i]!)) out.add(i);
  return out;
}

// prettier-ignore
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'rep', 'gov', 'gen', 'prof', 'rev', 'president', 'senator', 'governor', 'sir', 'madam', 'mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'prof.', 'rev.']);

export function nameTokens(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}.]+/u)
    .map((t) => t.replace(/\.$/, ''))
    .filter((t) => t && !HONORIFICS.has(t));
}

/** Name level: the last token of the predicted name occurs in the gold Source text. */
export function nameCorrect(predicted: string, goldSource: string): boolean {
  const p = nameTokens(predicted);
  const last = p[p.length - 1];
  if (!last) return false;
  return nameTokens(goldSource).includes(last);
}

function overlaps(a: Span, bs: Span[]): boolean {
  return bs.some((b) => a.start < b.end && b.start < a.end);
}

export function scoreDoc(doc: Doc, preds: PredictedQuote[], c: Counts): void {
  const gold = goldEvents(doc);
  const goldSet = new Set(gold);
  const predChars = preds.map((p) => nonSpaceChars(doc.text, p.spans));
  const consumed = new Set<number>();
  for (const g of gold) {
    const gChars = nonSpaceChars(doc.text, g.content);
    const covered = new Set<number>();
    let best = -1;
    let bestOverlap = 0;
    preds.forEach((_, k) => {
      let n = 0;
      for (const ch of predChars[k]!)
        if (gChars.has(ch)) {
          covered.add(ch);
          n++;
        }
      if (n > 0) {
        consumed.add(k);
        if (n > bestOverlap) {
          bestOverlap = n;
          best = k;
        }
      }
    });
    const pronoun = isPronounSource(g.sourceText!);
    c.gold++;
    if (pronoun) c.pronounGold++;
    if (covered.size < 0.5 * gChars.size || best < 0) continue;
    c.tp++;
    if (pronoun) c.pronounTp++;
    const sp = preds[best]!.speaker;
    const mentionOk = !!sp?.mention && overlaps(sp.mention, g.source!);
    if (mentionOk) c.speakerMention++;
    if (pronoun && mentionOk) c.pronounSpeaker++;
    if (!pronoun) {
      c.nameDefined++;
      if (sp?.name && nameCorrect(sp.name, g.sourceText!)) c.speakerName++;
    }
  }
  const others = doc.events.filter((e) => !goldSet.has(e));
  const otherChars = new Set<number>();
  for (const e of others) for (const ch of nonSpaceChars(doc.text, e.content)) otherChars.add(ch);
  preds.forEach((_, k) => {
    if (consumed.has(k)) return;
    const pc = predChars[k]!;
    let inside = 0;
    for (const ch of pc) if (otherChars.has(ch)) inside++;
    if (pc.size > 0 && inside >= 0.5 * pc.size) c.ignored++;
    else c.fp++;
  });
}

export function summarize(c: Counts) {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.gold);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const e2eP = c.speakerMention / Math.max(1, c.tp + c.fp);
  const e2eR = c.speakerMention / Math.max(1, c.gold);
  const e2eF1 = e2eP + e2eR === 0 ? 0 : (2 * e2eP * e2eR) / (e2eP + e2eR);
  return {
    tp: c.tp,
    fp: c.fp,
    gold: c.gold,
    precision: p,
    recall: r,
    f1,
    speakerMentionAcc: c.speakerMention / Math.max(1, c.tp),
    speakerNameAcc: c.speakerName / Math.max(1, c.nameDefined),
    endToEndF1: e2eF1,
    pronounGold: c.pronounGold,
    pronounTp: c.pronounTp,
    pronounMentionAcc: c.pronounSpeaker / Math.max(1, c.pronounTp),
  };
}

/** The README's calibration baseline: every C1 segment is a quote, no speaker. */
export function baselinePredictions(doc: Doc, minWords: number): PredictedQuote[] {
  return doc.segments
    .filter((s) => doc.text.slice(s.start, s.end).trim().split(/\s+/).length >= minWords)
    .map((s) => ({ spans: [s], speaker: null }));
}
