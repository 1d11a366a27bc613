/**
 * Quotations nested inside another: a speaker quoting what someone said, thought or wrote
 * (“I told him: ‘Look, we can do this.’”). Each is a quotation of its own, marked `nestedIn` with
 * the outer quotation's extent. Its speaker is the one the outer speaker names with a cue inside
 * the quotation ("Smith said ‘…’"); one the outer speaker reports of themself ("I said", "I
 * thought", or no cue at all) is the outer speaker; one reported of "he", "she" or "they" is left
 * unattributed (the pronoun points into the speaker's story, not the article's).
 *
 * Titles, names and terms in marks inside a quotation (‘Glasgow’ is a song) are not quotations;
 * a short fragment (one to three words) is one only right after a cue ("he called it ‘a farce’").
 */
import type { Entity, Quote, Speaker, TextSpan } from '../../analysis/contract';
import type { RawQuote } from './marks';
import { nestedPairs } from './inner-marks';
import { countWords, innerOf, isTitleLike } from './classify';
import { CUE_WORDS, NAMING_WORDS } from './cue-words';
import { DESCRIBING_VERBS, DETERMINERS } from './word-lists';

/** Words that report speech or thought inside a quotation, besides the cue verbs. */
// prettier-ignore
const INNER_CUES = new Set(['thought', 'think', 'thinking', 'told', 'tell', 'telling', 'asked', 'ask', 'go', 'went', 'goes', 'like', 'wrote', 'read', 'reads', 'myself', 'yourself', 'himself', 'herself', 'themselves']);

/** A subject in the first person: the speaker telling what they said or thought. */
const FIRST_PERSON = /\b(?:I|I['’]\w+|we|my|me|our|us|you|You)\b/;
/** Words that open a clause before its subject ("And then I said"). */
const OPENERS = /^(?:\s*\b(?:and|but|so|then|now|just|still|yet|or)\b)+/i;

/** Verbs that give the words someone used or wrote down, before "as" (listed her as ‘friend’). */
// prettier-ignore
const RECORDING_VERBS = new Set(['listed', 'lists', 'listing', 'gave', 'gives', 'entered', 'registered', 'signed', 'put', 'wrote']);

/**
 * The lead ends "described … as (his)", or a person "listed … as": the fragment is the words
 * someone used (a document that lists a thing as ‘…’ gives it a category, not words).
 */
function describedAs(lead: string[]): number {
  let k = lead.length - 1;
  if (/^(?:his|her|their|its|a|an|the)$/i.test(lead[k] ?? '')) k--;
  if (lead[k]?.toLowerCase() !== 'as') return -1;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const w = lead[j]!.toLowerCase();
    if (DESCRIBING_VERBS.has(w)) return j;
    const subject = lead[j - 1] ?? '';
    const person =
      /^(?:he|she|they|we|I)$/i.test(subject) || (/^\p{Lu}/u.test(subject) && !DETERMINERS.has(subject.toLowerCase()));
    if (RECORDING_VERBS.has(w) && person) return j;
  }
  return -1;
}

/** Words that may follow a quoted fragment that is not a modifier of the word after it. */
// prettier-ignore
const AFTER_FRAGMENT = new Set(['and', 'or', 'but', 'to', 'that', 'as', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'of', 'is', 'was', 'are', 'were', 'has', 'had', 'would', 'will', 'when', 'if', 'because', 'about', 'after', 'before', 'which', 'who', 'until', 'since', 'then', 'now', 'again', 'too', 'twice', 'once', 'here', 'there', 'yesterday', 'today', 'tonight', 'anymore', 'instead', 'either', 'so']);

/** A lower-case content word right after the closing mark: the fragment qualifies it. */
function qualifiesNoun(text: string, end: number): boolean {
  const m = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(end, end + 30));
  return m !== null && !AFTER_FRAGMENT.has(m[1]!);
}

const SENTENCE_END = /[.!?]["”’]?\s+(?=\S)/g;

function isCue(word: string): boolean {
  const w = word.toLowerCase();
  return CUE_WORDS.has(w) || INNER_CUES.has(w);
}

/** The words of the quotation before the nested one, from the start of its sentence. */
function leadOf(text: string, from: number, to: number): { start: number; words: string[] } {
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
  const lead = text.slice(start, to);
  return { start, words: lead.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean) };
}

/** A person or organisation mentioned in [from, to), the last one. */
function mentionIn(entities: Entity[], from: number, to: number): Speaker | null {
  let best: Speaker | null = null;
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    for (const m of e.mentions) {
      if (m.start >= from && m.end <= to && (!best || m.start > best.mention!.start))
        best = { entityId: e.id, name: e.name, mention: { start: m.start, end: m.end } };
    }
  }
  return best;
}

interface Found {
  speech: boolean;
  speaker: Speaker | null;
  cue: string | null;
  /** A cue or a colon stands right before the quotation (or a cue right after it). */
  rightAfterCue: boolean;
}

/**
 * Speech or not, and who said it, from the words around the nested quotation; `from` is where the
 * outer quotation's words start in this stretch (after its mark, or a block line's start).
 */
function readNested(text: string, outer: Quote, pair: TextSpan, from: number, entities: Entity[]): Found {
  const inner = innerOf(text, pair.start, pair.end);
  const words = countWords(inner);
  const none: Found = { speech: false, speaker: null, cue: null, rightAfterCue: false };
  if (words === 0 || !/\p{L}/u.test(inner)) return none;
  const titleLike = isTitleLike(inner);
  const lead = leadOf(text, from, pair.start);
  const w = lead.words.map((x) => x.toLowerCase());
  const lastWord = w[w.length - 1];
  if (lastWord && NAMING_WORDS.has(lastWord)) return none;
  // The last cue word of the lead, and whether it stands right before the quotation.
  let c = w.length - 1;
  while (c >= 0 && !isCue(w[c]!)) c--;
  const tail = text.slice(lead.start, pair.start).trimEnd();
  const next = /^[,:]?\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*(?:said|says|told|wrote|asked|added)\b/u.exec(
    text.slice(pair.end, pair.end + 60),
  );
  const rightAfterCue = (c >= 0 && c >= w.length - 2) || /:$/.test(tail) || next !== null;
  // Capitalised words are a title or a name, unless a cue right before gives them as a short
  // sentence said (I told him ‘No.’, she said: ‘Why Not?’).
  if (titleLike && !(rightAfterCue && next === null && words <= 3 && /[.!?,]$/.test(inner))) return none;
  const described = rightAfterCue ? -1 : describedAs(lead.words);
  // (one that qualifies the noun after it, a ‘safe’ seat, is a term)
  const qualifies = words <= 3 && !/[,.;:!?]$/.test(inner) && qualifiesNoun(text, pair.end) && !/[:,]$/.test(tail);
  if (words <= 3 && ((!rightAfterCue && described < 0) || qualifies)) return none;
  // (listed her job as ‘…’: the words are the subject's of that verb, not of an earlier cue)
  if (described >= 0) c = described;
  // (that immediate feeling of ‘…’: a noun after a determiner, whose thought is the speaker's own)
  if (c > 0 && /ing$/.test(w[c]!) && (DETERMINERS.has(w[c - 1]!) || (c > 1 && DETERMINERS.has(w[c - 2]!)))) c = -1;
  const cue =
    c >= 0
      ? lead.words[c]!
      : next
        ? next[0]
            .replace(/^[,:]?\s*/, '')
            .split(/\s+/)
            .pop()!
        : null;
  // ’ Smith said: a name after the nested quotation.
  if (next) {
    const after = mentionIn(entities, pair.end, pair.end + next[0].length);
    if (after) return { speech: true, speaker: after, cue, rightAfterCue };
  }
  if (c >= 0) {
    // The subject: the words of the lead before the cue.
    let cueAt = lead.start;
    for (let k = 0, from = lead.start; k <= c; k++) {
      cueAt = text.indexOf(lead.words[k]!, from);
      from = cueAt + lead.words[k]!.length;
    }
    const named = mentionIn(entities, lead.start, cueAt);
    if (named) return { speech: true, speaker: named, cue, rightAfterCue };
    // Someone else than the speaker ("he said", "the coach says"): not named here.
    const subject = text.slice(lead.start, cueAt).replace(OPENERS, '');
    // ("I was told ‘…’": said to the subject, by someone the quotation does not name)
    const passive = /\b(?:was|were|been|being|am|is|are|get|got)\s*$/i.test(subject);
    if (/\p{L}/u.test(subject) && (passive || !FIRST_PERSON.test(subject)))
      return { speech: true, speaker: null, cue, rightAfterCue };
  }
  const speaker = outer.speaker ? { ...outer.speaker } : null;
  return { speech: true, speaker, cue: speaker ? cue : null, rightAfterCue };
}

/** The quotations nested in `outer` (read from `raw`'s spans), in order. */
export function nestedQuotes(text: string, outer: Quote, raw: RawQuote, entities: Entity[]): Quote[] {
  const out: Quote[] = [];
  for (const span of outer.spans)
    for (const pair of nestedPairs(text, span, raw.single)) {
      const q = nestedQuote(text, outer, pair, span.start + 1, entities);
      if (q) out.push(q);
    }
  return out;
}

/**
 * The quotations in marks inside a block quotation (a statement quoting what someone said), as
 * quotations nested in it: `marked` are the marked quotations found in the block's lines.
 */
export function nestedInBlock(text: string, block: Quote, marked: Quote[], entities: Entity[]): Quote[] {
  const out: Quote[] = [];
  for (const q of marked) {
    if (q.nestedIn) continue;
    for (const pair of q.spans) {
      const line = block.spans.find((l) => l.start <= pair.start && pair.start < l.end);
      if (!line) continue;
      const inner = nestedQuote(text, block, pair, line.start, entities);
      if (inner) out.push(inner);
    }
  }
  return out;
}

function nestedQuote(text: string, outer: Quote, pair: TextSpan, from: number, entities: Entity[]): Quote | null {
  const found = readNested(text, outer, pair, from, entities);
  if (!found.speech) return null;
  const inner = innerOf(text, pair.start, pair.end).replace(/^`\s*/, '');
  const lead = text.slice(Math.max(from, pair.start - 3), pair.start).trim();
  const opens = found.rightAfterCue || pair.start === from || lead === '' || /[:,—–.!?]$/.test(lead);
  const kind = countWords(inner) >= 10 || (opens && /^[\p{Lu}\p{N}]/u.test(inner)) ? 'full' : 'partial';
  return {
    text: inner,
    start: pair.start,
    end: pair.end,
    spans: [{ start: pair.start, end: pair.end }],
    kind,
    speaker: found.speaker,
    cue: found.cue,
    nestedIn: { start: outer.start, end: outer.end },
  };
}
