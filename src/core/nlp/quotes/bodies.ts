/**
 * Groups and documents as speakers: "the company said", "the doctors stated", "the report reads".
 * A phrase whose noun is a word of exactly one organisation's name is that organisation ("the
 * production company" for a firm named "… Productions", "the doctors" for a group named "Doctors
 * for …"); a document speaks for whoever the article said issued it ("a report by X", "X's
 * statement", "X issued a statement"); failing those, a body is the organisation named last.
 */
import type { Entity } from '../../analysis/contract';
import { mentionsBefore, modifierUse, type Discourse, type PersonRef } from './discourse';
import { SPEAKING_BODIES } from './lexicon';

/** Paragraphs before a body's or document's phrase searched for the organisation it stands for. */
const BODY_PARAGRAPHS = 3;
/** How far back (characters) the sentence that brought a document in is looked for. */
const DOCUMENT_REACH = 2500;

/** Verbs between a document and "by X" that make X its author ("released on Monday by X"). */
const ISSUED =
  /\b(?:released|issued|published|written|signed|prepared|produced|conducted|authored|commissioned|compiled|put out)\b/i;

/** Documents that speak for whoever issued them: "the statement continued". */
// prettier-ignore
export const DOCUMENTS = new Set(['statement', 'report', 'letter', 'memo', 'release', 'study', 'post']);

/**
 * The organisation mentioned last before `start`, in the paragraph or the few before it. A name
 * that only modifies a noun after a determiner ("a Netflix documentary") is not what "the
 * company" refers back to.
 */
export function lastOrganisation(d: Discourse, para: number, start: number): PersonRef | null {
  const lo = mentionsBefore(d, start);
  for (let i = lo - 1; i >= 0; i--) {
    const m = d.mentions[i]!;
    if (para - m.para > BODY_PARAGRAPHS) break;
    if (m.type === 'org' && m.entityId && !modifierUse(d.text, m.start, m.end)) return m;
  }
  return null;
}

/** The organisation entity the discourse mentions with id `id`, if it is one. */
export function isOrganisation(d: Discourse, id: string): boolean {
  for (const m of d.mentions) if (m.entityId === id) return m.type === 'org';
  return false;
}

/** A word's singular, roughly ("doctors" -> "doctor", "ferries" -> "ferry"). */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4)
    .map(singular);
}

function orgRef(e: Entity): PersonRef {
  return { key: e.id, name: e.name, entityId: e.id, type: 'org' };
}

/**
 * The one organisation, mentioned before `start`, whose name holds one of `words` (lower case);
 * null when none does or several do.
 */
export function organisationNamedBy(d: Discourse, words: readonly string[], start: number): PersonRef | null {
  const want = new Set(words.map(singular).filter((w) => w.length >= 4));
  if (!want.size) return null;
  let found: Entity | null = null;
  for (const e of d.entities) {
    if (e.type !== 'organization' || !e.mentions.some((m) => m.start < start)) continue;
    if (![e.name, ...e.aliases].some((n) => nameWords(n).some((w) => want.has(w)))) continue;
    if (found) return null;
    found = e;
  }
  return found ? orgRef(found) : null;
}

/** Entity mentions (organisations and people) starting in [start, end), in order. */
function mentionsIn(d: Discourse, start: number, end: number): { entity: Entity; start: number; end: number }[] {
  const out: { entity: Entity; start: number; end: number }[] = [];
  for (const e of d.entities) {
    if (e.type !== 'organization' && e.type !== 'person') continue;
    for (const m of e.mentions)
      if (m.start >= start && m.start < end) out.push({ entity: e, start: m.start, end: m.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

function entityRef(e: Entity): PersonRef {
  return { key: e.id, name: e.name, entityId: e.id, type: e.type === 'person' ? 'person' : 'org' };
}

/**
 * Who issued the document `head` ("report") named by a phrase at `start`: where the article last
 * wrote the word before, "… by X" or "… from X" after it, "X's report" before it, or an entity
 * opening that sentence ("X issued a statement"). A possessive ("by Stanford's Center") gives
 * way to what it owns.
 */
export function documentSource(d: Discourse, head: string, start: number): PersonRef | null {
  const lo = Math.max(0, start - DOCUMENT_REACH);
  const re = new RegExp(`\\b${head}s?\\b`, 'gi');
  const window = d.text.slice(lo, start);
  const found: number[] = [];
  for (let m = re.exec(window); m; m = re.exec(window)) found.push(lo + m.index);
  // (nearest first: "The report assessed …" says nothing of who wrote it; "a report by X" does)
  for (let i = found.length - 1; i >= 0; i--) {
    const got = issuer(d, found[i]!, found[i]! + head.length);
    if (got) return got;
  }
  return null;
}

/** Who the sentence around the document's word at [at, end) says issued it. */
function issuer(d: Discourse, at: number, end: number): PersonRef | null {
  const text = d.text;
  let sStart = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
  if (sStart > at) sStart = at;
  const stop = /[.\n]\s/.exec(text.slice(end, end + 200));
  const sEnd = stop ? end + stop.index : Math.min(text.length, end + 200);
  // "a new report released on Monday by X", "a statement from X" (not "obtained by X")
  const by = /\b(?:by|from)\s/i.exec(text.slice(end, Math.min(sEnd, end + 60)));
  const between = by ? text.slice(end, end + by.index) : '';
  if (by && (!between.trim() || ISSUED.test(between))) {
    for (const m of mentionsIn(d, end + by.index, sEnd)) {
      if (/^['’]s\b/.test(text.slice(m.end, m.end + 3)) || /['’]s$/.test(text.slice(m.start, m.end))) continue;
      return entityRef(m.entity);
    }
  }
  const before = mentionsIn(d, sStart, at);
  // "X's statement", "X’s new report"
  const own = before.filter((m) => /^['’]s\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(m.end, at)));
  if (own.length) return entityRef(own[own.length - 1]!.entity);
  // "X issued a statement", "On Monday, X said in a statement"
  const first = before[0];
  if (
    first &&
    /^(?:(?:the|on \p{L}+,|in \p{L}+,)\s*)?$/iu.test(text.slice(sStart, first.start).trim()) &&
    /\b(?:issued|released|published|sent|put out|posted|wrote|signed|said|says|in)\s+(?:a|an|the|its|their)\b/i.test(
      text.slice(first.end, at),
    )
  )
    return entityRef(first.entity);
  return null;
}

/**
 * The organisation a phrase with a determiner stands for ("the company", "the doctors", "the
 * statement"), or null. `words` are the phrase's lower-case words after its determiner (names
 * left out: "the Trump campaign" is not an organisation named Trump), `head` its noun;
 * `previousOrg` the organisation that spoke in the quotation before, if one did.
 */
export function bodySpeaker(
  d: Discourse,
  para: number,
  start: number,
  words: readonly string[],
  head: string,
  plural: boolean,
  previousOrg: PersonRef | null,
): PersonRef | null {
  if (DOCUMENTS.has(head)) {
    // "the statement continued": the organisation that spoke just before, whose statement it is.
    if (previousOrg) return previousOrg;
    return documentSource(d, head, start) ?? lastOrganisation(d, para, start);
  }
  if (SPEAKING_BODIES.has(head)) {
    const last = lastOrganisation(d, para, start);
    const want = new Set(words.map(singular));
    // ("the production company" after a firm named "… Productions" was named earlier)
    if (last && nameWords(last.name).some((w) => want.has(w))) return last;
    return organisationNamedBy(d, words, start) ?? last;
  }
  // "the doctors stated": a group named by its members' noun (a plural: "the piece" is no group).
  return plural ? organisationNamedBy(d, [head], start) : null;
}
