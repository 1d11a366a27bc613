/**
 * Quotations and who said them. Pipeline, one module per step:
 *   marks.ts        quotation marks paired into quotations (multi-paragraph, single quotes, nesting)
 *   words.ts        each paragraph as tokens, one token per quotation, sentence ends marked
 *   discourse.ts    person mentions (and the byline's author, author.ts) through the text
 *   cues.ts         the cue verbs and phrases at a token ("said", "according to", "reads")
 *   phrases.ts      noun phrases before and after a cue; sentence bounds
 *   subjects.ts     clause subjects, for cues and colons whose subject is not next to them
 *   attribution.ts  the cue and its subject: same sentence, paragraph, previous paragraph
 *   classify.ts     speech vs titles, nicknames, terms, scare quotes; full vs partial
 *   pronouns.ts     pronouns resolved: he/she by gender and salience, "I" the author, turns
 *   speaker.ts      the subject phrase as the contract's Speaker (entity, name, mention);
 *                   bodies.ts finds the organisation a group or document stands for;
 *                   shown.ts keeps pronouns and common words from being shown as names
 *   block-quotes.ts the article's blockquote blocks as quotations (no marks needed)
 *   nested.ts       quotations inside a quotation, with the speaker the outer one names
 *   pull-quotes.ts  the writer's own words set in marks in a caption (not a quotation)
 * Word lists are data: cue-words.ts, word-lists.ts, lexicon.ts.
 *
 * With the article's blocks (`QuoteBlocks`): nothing is read in bylines, datelines and credits
 * (no quotation, no speaker, no antecedent); a quotation in a heading is the headline's and is
 * not listed (the body's is); blockquote blocks are quotations of their own. Without blocks, the
 * text is read as before.
 *
 * `Quote.text` is the quoted words without the quotation marks; the stretches of a quotation
 * broken by its attribution (“A,” he said, “B.”) or running over several paragraphs are joined
 * with a single space. `spans` keep the marks, one span per stretch.
 */
import type { Entity, Quote, Speaker, TextSpan } from '../../analysis/contract';
import { inSpans } from '../spans';
import { addBlockQuotes, blockRuns, introParagraphs } from './block-quotes';
import { findQuoteMarks, splitParagraphs, type RawQuote } from './marks';
import { tokenizeParagraph, type Tok } from './words';
import { buildDiscourse, type Para } from './discourse';
import { attribute, attributeAfter, clauseAttribution, type Attribution } from './attribution';
import { innerOf, isSpeech, quoteKind } from './classify';
import { shownSpeaker, toSpeaker } from './speaker';
import { bylineAuthor } from './author';
import { nestedQuotes } from './nested';
import { interviewSpeaker, interviewTurn } from './interview';
import { QuotedBefore } from './repeats';
import { withoutPullQuotes } from './pull-quotes';
import { withoutNamedTitles } from './named-titles';
import { echoQuotes, fillsSubheading, type EchoCandidate } from './echoes';

/** A "quotation" longer than this is a stray pairing of marks, not something someone said. */
export const MAX_QUOTE_CHARS = 4000;
/** Paragraphs before a quotation that are read for its speaker (pronoun antecedents, turns). */
const CONTEXT_PARAGRAPHS = 2;

const NO_TOKS: Tok[] = [];
const NO_SENT: number[] = [];

/** What the article's blocks tell the quotation stage (analysis/blocks.ts), each list sorted. */
export interface QuoteBlocks {
  /** Bylines, datelines, credits: not read at all. */
  skip: readonly TextSpan[];
  /** Headings: their quotations are not listed. */
  headings: readonly TextSpan[];
  /** Blockquote blocks: quotations without marks. */
  blockquotes: readonly TextSpan[];
  /** Bylines (within `skip`): the author who speaks as "I" in the article's own voice. */
  bylines?: readonly TextSpan[];
}

/** Quotations in `text` with their speakers (pointing into `entities`). */
export function findQuotes(text: string, entities: Entity[], blocks?: QuoteBlocks): Quote[] {
  const paragraphs = splitParagraphs(text);
  const raws = findQuoteMarks(text, paragraphs);
  const runs = blocks?.blockquotes.length ? blockRuns(text, blocks.blockquotes, paragraphs) : [];
  if (raws.length === 0 && runs.length === 0) return [];

  // Spans per paragraph, to tokenize each paragraph with its quotations as single tokens.
  const slots: { index: number; start: number; end: number }[][] = paragraphs.map(() => []);
  const where: { para: number; span: number }[][] = raws.map(() => []);
  {
    let pi = 0;
    const all: { qi: number; si: number; s: { start: number; end: number } }[] = [];
    for (let qi = 0; qi < raws.length; qi++) {
      const spans = raws[qi]!.spans;
      for (let si = 0; si < spans.length; si++) all.push({ qi, si, s: spans[si]! });
    }
    all.sort((a, b) => a.s.start - b.s.start);
    for (const { qi, si, s } of all) {
      while (pi < paragraphs.length && paragraphs[pi]!.end < s.start) pi++;
      if (pi >= paragraphs.length) break;
      slots[pi]!.push({ index: qi, start: s.start, end: s.end });
      where[qi]![si] = { para: pi, span: si };
    }
  }
  // Only paragraphs with a quotation, and the few before each (antecedents, earlier turns), are
  // read closely: a text with few quotations costs little more than the scan for marks.
  const needed = new Uint8Array(paragraphs.length);
  slots.forEach((s, pi) => {
    if (s.length) needed.fill(1, Math.max(0, pi - CONTEXT_PARAGRAPHS), pi + 1);
    // A signature line after a quotation ("— Sanders.") is read too.
    const next = paragraphs[pi + 1];
    if (s.length && next && /^[―—–-]/.test(text.slice(next.start, next.start + 1))) needed[pi + 1] = 1;
  });
  // The paragraph introducing a block quotation ("…, he said:") and the few before it.
  for (const pi of introParagraphs(runs)) needed.fill(1, Math.max(0, pi - CONTEXT_PARAGRAPHS), pi + 1);
  // Bylines, datelines and credits are not read: no quotation, speaker or antecedent from them.
  if (blocks?.skip.length) {
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi]!;
      if (inSpans(blocks.skip, p.start) && inSpans(blocks.skip, p.end - 1)) needed[pi] = 0;
    }
  }
  const paras: Para[] = [];
  // Token index of each quotation's first span (-1: none).
  const tokOf: number[] = [];
  for (let qi = 0; qi < raws.length; qi++) tokOf.push(-1);
  let sentence = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    if (!needed[pi]) {
      // (paragraphs not read closely share one empty token list)
      paras.push({ start: p.start, end: p.end, toks: NO_TOKS, sent: NO_SENT });
      sentence++;
      continue;
    }
    const toks = tokenizeParagraph(text, p.start, p.end, slots[pi]!);
    // (a plain array: a typed array per paragraph cost more to make than it saved)
    const sent: number[] = [];
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      sent.push(sentence);
      if (t.sentEnd) sentence++;
      if (t.quote >= 0 && tokOf[t.quote] === -1) tokOf[t.quote] = k;
    }
    sentence++;
    paras.push({ start: p.start, end: p.end, toks, sent });
  }
  const d = buildDiscourse(
    text,
    paras,
    entities,
    blocks?.bylines?.length ? bylineAuthor(text, blocks.bylines, entities) : null,
  );

  const out: Quote[] = [];
  // Quotations not taken as speech: speech after all if they repeat a listed quotation's words.
  const unlisted: EchoCandidate[] = [];
  const merged = new Set<number>();
  let last: { attr: Attribution; para: number } | null = null;
  // The last quotation's speaker, for a pronoun that continues its turn ("…,” she went on).
  let lastSpeaker: { speaker: Speaker; para: number } | null = null;
  const quotedBefore = new QuotedBefore();
  for (let qi = 0; qi < raws.length; qi++) {
    if (merged.has(qi)) continue;
    const raw = raws[qi]!;
    const pi = where[qi]![0]?.para;
    const t = tokOf[qi]!;
    if (pi === undefined || t < 0) continue;
    const toks = paras[pi]!.toks;
    const spans = raw.spans.map((s) => ({ ...s }));
    let inner = spans.map((s) => innerOf(text, s.start, s.end)).join(' ');
    let shown: string | null = null;
    const before = spans[0]!.start > 0 ? text[spans[0]!.start - 1]! : '';
    const prelim = quoteKind(inner, { toks, t, before, scope: null });
    const previous =
      last && (last.para === pi - 1 || last.para === pi || (last.para === pi - 2 && isAside(text, paragraphs[pi - 1]!)))
        ? last.attr
        : null;
    const found = attribute(d, pi, t, prelim === 'full' || raw.spans.length > 1, previous);
    const ctx = { toks, t, before, scope: found?.scope ?? null };
    if (inner.length > MAX_QUOTE_CHARS) continue;
    if (!isSpeech(inner, ctx)) {
      unlisted.push({ inner, spans, heading: false });
      continue;
    }
    // Speech or not is decided by the cues found; the subject of the quotation's own clause then
    // names its speaker better than a cue in another sentence or an earlier turn.
    let attr =
      found && found.scope !== 'paragraph' && found.scope !== 'previous'
        ? found
        : (clauseAttribution(d, pi, t) ?? found);

    // “A,” he said, “B.”: one quotation with two spans.
    if (
      attr &&
      attr.scope === 'adjacent' &&
      attr.para === pi &&
      attr.end > t &&
      /[,—–…]$/.test(innerOf(text, spans[spans.length - 1]!.start, spans[spans.length - 1]!.end))
    ) {
      let k = attr.end;
      let newSentence = false;
      if (toks[k] && /^[,.:;]$/.test(toks[k]!.text)) {
        newSentence = toks[k]!.text === '.';
        k++;
      }
      // “A,” said Smith, speaking of the plan. “B.”: the rest of the attribution's sentence.
      for (let j = k; j < toks.length && j < k + 16 && toks[k]?.quote === -1; j++) {
        if (toks[j]!.quote >= 0) break;
        if (toks[j]!.sentEnd) {
          k = j + 1;
          newSentence = true;
          break;
        }
      }
      const nq = toks[k]?.quote ?? -1;
      // ...unless the second quotation has an attribution of its own (“A,” she said. “B,” he said.)
      if (nq > qi && !raws[nq]!.single === !raw.single && !attributeAfter(toks, k)) {
        merged.add(nq);
        const partsBefore = spans.length;
        for (const s of raws[nq]!.spans) spans.push({ ...s });
        inner = spans.map((s) => innerOf(text, s.start, s.end)).join(' ');
        // “A,” he said. “B.”: the comma before the attribution stood for the end of a sentence,
        // which the words shown together have to say ("A. B", not "A, B").
        if (newSentence && !/^\p{Ll}/u.test(innerOf(text, raws[nq]!.spans[0]!.start, raws[nq]!.spans[0]!.end)))
          shown = spans
            .map((s, i) => {
              const words = innerOf(text, s.start, s.end);
              return i === partsBefore - 1 ? words.replace(/,$/, '.') : words;
            })
            .join(' ');
      }
    }
    const kind = quoteKind(inner, ctx);
    const previousSpeaker: Speaker | null =
      lastSpeaker && pi - lastSpeaker.para <= CONTEXT_PARAGRAPHS ? lastSpeaker.speaker : null;
    let speaker: Speaker | null = attr ? toSpeaker(text, d, attr, previousSpeaker, inner) : null;
    // (a clause subject that names no one, "That could be …", gives way to the cue found)
    if (!speaker && found && attr !== found) {
      speaker = toSpeaker(text, d, found, previousSpeaker, inner);
      if (speaker) attr = found;
    }
    let cue = attr?.cue
      ? text.slice(paras[attr.para]!.toks[attr.cue.first]!.start, paras[attr.para]!.toks[attr.cue.end - 1]!.end)
      : null;
    // A transcript turn: "PENCE: Well, look, …" names its speaker inside the quotation.
    const turn = shownSpeaker(text, transcriptSpeaker(text, spans[0]!.start, d), d);
    if (turn) {
      speaker = turn;
      cue = ':';
    }
    // "Q: “…”" / "A: “…”": an interview's question and answer.
    const qa = interviewTurn(toks, t);
    if (qa) {
      speaker = interviewSpeaker(d, entities, qa, toks[0]!);
      cue = ':';
    }
    // A quotation signed on its own last line: “…|Dean Baker, Center for Economic and Policy Research.”
    const signed = shownSpeaker(text, signatureSpeaker(text, spans[spans.length - 1]!, d), d);
    if (signed) {
      speaker = signed;
      cue = null;
    }
    // A quotation repeated from earlier keeps its first speaker, unless named next to it again.
    if (turn || signed || qa || (attr && (attr.scope === 'adjacent' || attr.scope === 'sentence'))) {
      if (speaker) quotedBefore.remember(inner, speaker, cue);
    } else {
      const earlier = quotedBefore.recall(inner, speaker === null);
      if (earlier) {
        speaker = { ...earlier.speaker, mention: null };
        cue = earlier.cue;
      }
    }
    if (attr) last = { attr, para: where[qi]![where[qi]!.length - 1]?.para ?? pi };
    if (speaker) lastSpeaker = { speaker, para: where[qi]![where[qi]!.length - 1]?.para ?? pi };
    const quote: Quote = {
      text: shown ?? inner,
      start: spans[0]!.start,
      end: spans[spans.length - 1]!.end,
      spans,
      kind,
      speaker,
      cue,
    };
    out.push(quote, ...nestedQuotes(text, quote, raw, entities));
  }
  const spoken = withoutPullQuotes(text, out);
  // (a title the article names, set again in marks without a cue, is no quotation: named-titles.ts)
  if (!blocks) return withoutNamedTitles(text, withEchoes(spoken, echoQuotes(unlisted, spoken)));
  // A headline quotes loosely; the body's quotation is the one to list. (And a credit or a
  // byline within a line, not blanked above, still gives no quotation.) A subheading that is
  // wholly a quotation of a speaker's words in the body is listed as theirs (echoes.ts).
  const { headings, skip } = blocks;
  const body =
    headings.length || skip.length
      ? spoken.filter((q) => !inSpans(headings, q.start) && !inSpans(skip, q.start))
      : spoken;
  const bodyStart = paragraphs.find((p) => !inSpans(headings, p.start) && !inSpans(skip, p.start))?.start ?? 0;
  const candidates: EchoCandidate[] = [];
  for (const c of [...unlisted, ...spoken.filter((q) => inSpans(headings, q.start) && !q.nestedIn)]) {
    const first = c.spans[0]!;
    if (inSpans(skip, first.start)) continue;
    if (!inSpans(headings, first.start)) candidates.push(c as EchoCandidate);
    else if (fillsSubheading(text, first, headings, bodyStart))
      candidates.push({ inner: 'inner' in c ? c.inner : c.text, spans: c.spans, heading: true });
  }
  return withoutNamedTitles(
    text,
    addBlockQuotes(text, runs, withEchoes(body, echoQuotes(candidates, body)), d, entities),
  );
}

/** The quotations and their echoes, in text order. */
function withEchoes(quotes: Quote[], echoes: Quote[]): Quote[] {
  return echoes.length ? [...quotes, ...echoes].sort((a, b) => a.start - b.start) : quotes;
}

/**
 * A paragraph a turn of speech runs past: a photo caption or subheading left in the text, short
 * and without a sentence's closing punctuation ("Hori Parata at his farm, where he grew up").
 */
function isAside(text: string, p: { start: number; end: number }): boolean {
  const line = text.slice(p.start, p.end).trim();
  return line.length > 0 && line.length <= 160 && !/[.!?:;"”’)]$/.test(line) && !/["“”]/.test(line);
}

/** "WALLACE: …" at the start of a quoted paragraph: the speaker of a transcript turn. */
function transcriptSpeaker(text: string, start: number, d: ReturnType<typeof buildDiscourse>): Speaker | null {
  const m = /^\p{Lu}[\p{Lu}.'’ -]{1,30}:\s/u.exec(text.slice(start + 1, start + 40));
  if (!m) return null;
  const raw = m[0].slice(0, m[0].indexOf(':')).trim();
  const s = start + 1;
  const mention = { start: s, end: s + raw.length };
  const known = d.byLastName.get(raw.split(/\s+/).pop()!.toLowerCase());
  if (known) return { entityId: known.entityId, name: known.name, mention };
  const name = raw.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  return { entityId: null, name, mention };
}

/**
 * "…tax cuts.\nDean Baker, Center for Economic and Policy Research.": a quotation that ends its
 * line and whose closing mark comes only after a next line that is a name (perhaps with an
 * affiliation after a comma) is signed by that name (the stray mark shows the line belongs to it).
 */
function signatureSpeaker(
  text: string,
  span: { start: number; end: number },
  d: ReturnType<typeof buildDiscourse>,
): Speaker | null {
  if (text[span.end] !== '\n' || text[span.end + 1] === '\n') return null;
  const s = span.end + 1;
  let e = text.indexOf('\n', s);
  if (e < 0) e = text.length;
  if (e - s > 120) return null;
  const m = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4})(?:, [^,\n"“”]{2,80})?\.?["”]\.?$/u.exec(
    text.slice(s, e),
  );
  if (!m) return null;
  // ("Bill Clinton.": the sentence's period, not an initial's)
  const raw = m[1]!.replace(/(\p{L}{3})\.$/u, '$1');
  const mention = { start: s, end: s + raw.length };
  const known = d.byLastName.get(raw.split(' ').pop()!.toLowerCase());
  if (known) return { entityId: known.entityId, name: known.name, mention };
  return { entityId: null, name: raw, mention };
}

export type { RawQuote };
