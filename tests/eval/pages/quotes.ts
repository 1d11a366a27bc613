/**
 * Quotes of one page against its reading: which Gloss quote span is which read quote (one span
 * for one read quote at most), speakers of the found ones, and the reading's notQuotes. Pure.
 */
import type { Quote } from '../../../src/core/analysis/contract';
import { entityByName, type ScoredEntity } from './entities';
import type { OptionalEntity, ReadEntity, ReadQuote } from './readings';
import { headNoun, normName, normQuote, roleTokens, tokenF1 } from './text';

/** How far into a span the read quote's first words may begin (boundary differences). */
export const INSIDE_WITHIN = 40;

export type ScoredQuote = Pick<Quote, 'text' | 'spans' | 'speaker'>;

/** 2 when the span's text starts with the read words, 1 when they begin within its first 40 characters, else 0. */
export function spanMatch(spanText: string, startsWith: string): number {
  const s = normQuote(spanText);
  const w = normQuote(startsWith);
  if (!w) return 0;
  if (s.startsWith(w)) return 2;
  const at = s.indexOf(w);
  return at >= 0 && at <= INSIDE_WITHIN ? 1 : 0;
}

export interface SpanRef {
  quote: number;
  span: number;
}

/**
 * For each read quote, the Gloss span it is matched to (or null). A span serves one read quote
 * at most; the assignment finds as many pairs as possible, each read quote trying start matches
 * before inside ones, in text order.
 */
export function matchQuotes(text: string, gloss: ScoredQuote[], read: ReadQuote[]): (SpanRef | null)[] {
  const spans: (SpanRef & { text: string })[] = [];
  gloss.forEach((q, qi) => {
    if (!q.spans.length) spans.push({ quote: qi, span: -1, text: q.text });
    q.spans.forEach((s, si) => spans.push({ quote: qi, span: si, text: text.slice(s.start, s.end) }));
  });
  const edges = read.map((r) => {
    const m = spans.map((s, k) => ({ k, score: spanMatch(s.text, r.startsWith) })).filter((x) => x.score > 0);
    return [...m.filter((x) => x.score === 2), ...m.filter((x) => x.score === 1)].map((x) => x.k);
  });
  const owner = new Array<number>(spans.length).fill(-1);
  const tryAssign = (r: number, seen: Set<number>): boolean => {
    // a free span first (keeps repeated words in text order), then move another read quote along
    const free = edges[r]!.find((k) => owner[k] === -1);
    if (free !== undefined) {
      owner[free] = r;
      return true;
    }
    for (const k of edges[r]!) {
      if (seen.has(k)) continue;
      seen.add(k);
      if (owner[k] === -1 || tryAssign(owner[k]!, seen)) {
        owner[k] = r;
        return true;
      }
    }
    return false;
  };
  read.forEach((_, r) => tryAssign(r, new Set()));
  const out: (SpanRef | null)[] = read.map(() => null);
  owner.forEach((r, k) => {
    if (r >= 0) out[r] = { quote: spans[k]!.quote, span: spans[k]!.span };
  });
  return out;
}

export interface SpeakerCheck {
  right: boolean;
  expected: string | null;
  got: string | null;
}

/** Whether Gloss's speaker of a found quote agrees with the reading's (see the rules in pages.ts). */
export function checkSpeaker(
  expected: string | null,
  got: ScoredQuote['speaker'],
  read: ReadEntity[],
  matched: (ScoredEntity | null)[],
  optional: OptionalEntity[],
): SpeakerCheck {
  const gotName = got?.name?.trim() ? got.name : null;
  const res = (right: boolean): SpeakerCheck => ({ right, expected, got: gotName });
  if (expected === null) return res(gotName === null);
  if (!got || gotName === null) return res(false);
  const g = normName(gotName);
  const i = entityByName(read, expected);
  if (i >= 0) {
    const r = read[i]!;
    const m = matched[i];
    return res(
      (m !== null && m !== undefined && got.entityId === m.id) || [r.name, ...r.aliases].some((n) => normName(n) === g),
    );
  }
  const opt = optional.find((o) => [o.name, ...o.aliases].some((n) => normName(n) === normName(expected)));
  if (opt) return res([opt.name, ...opt.aliases].some((n) => normName(n) === g));
  // an unnamed source, as the article describes it
  if (normName(expected) === g) return res(true);
  const head = headNoun(expected);
  return res((head !== '' && head === headNoun(gotName)) || tokenF1(roleTokens(expected), roleTokens(gotName)) >= 0.5);
}

export interface QuoteResult {
  found: number;
  total: number;
  speakers: { right: number; total: number };
  missed: ReadQuote[];
  /** of the missed, those whose words stand inside a Gloss quote's span (a nested quotation Gloss keeps in the outer one) */
  nested: ReadQuote[];
  wrongSpeakers: (SpeakerCheck & { startsWith: string })[];
  notQuotes: { right: number; total: number; failed: string[] };
}

const loose = (s: string) => normQuote(s).replace(/[\s,.;:!?]+$/, '');

export function scoreQuotes(
  text: string,
  gloss: ScoredQuote[],
  read: ReadQuote[],
  notQuotes: string[],
  entities: ReadEntity[],
  matched: (ScoredEntity | null)[],
  optional: OptionalEntity[],
): QuoteResult {
  const refs = matchQuotes(text, gloss, read);
  const out: QuoteResult = {
    found: 0,
    total: read.length,
    speakers: { right: 0, total: 0 },
    missed: [],
    nested: [],
    wrongSpeakers: [],
    notQuotes: { right: 0, total: notQuotes.length, failed: [] },
  };
  read.forEach((r, i) => {
    const ref = refs[i];
    if (!ref) return void out.missed.push(r);
    out.found++;
    out.speakers.total++;
    const c = checkSpeaker(r.speaker, gloss[ref.quote]!.speaker, entities, matched, optional);
    if (c.right) out.speakers.right++;
    else out.wrongSpeakers.push({ ...c, startsWith: r.startsWith });
  });
  const spanTexts = gloss.flatMap((q) => q.spans.map((s) => normQuote(text.slice(s.start, s.end))));
  out.nested = out.missed.filter((r) => spanTexts.some((s) => s.includes(normQuote(r.startsWith))));
  const glossTexts = new Set(
    gloss.flatMap((q) => [q.text, ...q.spans.map((s) => text.slice(s.start, s.end))].map(loose)),
  );
  for (const n of notQuotes) {
    if (glossTexts.has(loose(n))) out.notQuotes.failed.push(n);
    else out.notQuotes.right++;
  }
  return out;
}
