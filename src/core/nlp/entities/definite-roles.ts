/**
 * Roles from a definite description that opens the next sentence and stands for a name just
 * before it, as a reader links them: "… Instagram wants to be private. But the Facebook-owned
 * company has …" gives Instagram "the Facebook-owned company". Only for an entity the article
 * gives no other role, and only when one entity of the matching kind stands in the sentence
 * before (two would leave the reader unsure too).
 */
import type { Entity } from '../../analysis/contract';
import type { RoleContext } from './role-context';
import { isListedPersonHead, isOrgRoleHead, isPlaceOnlyHead } from './role-words';

/** What a place is called when the article refers back to it. */
// prettier-ignore
const PLACE_HEADS = new Set(['city', 'capital', 'country', 'state', 'town', 'village', 'island', 'region', 'province', 'territory', 'nation', 'planet', 'kingdom', 'republic', 'enclave', 'metropolis']);
/** Sentence openings a description may follow: "But the company …". */
const OPENERS = /^(?:But|And|Yet|Still|Now|So|Meanwhile|Instead|Then)$/;
const MAX_MODIFIERS = 4;
/** A lower-case word, or a compound ending in one ("Facebook-owned", "four-time"). */
const MODIFIER = /^(?:\p{Ll}[\p{Ll}-]*|[\p{L}\d][\p{L}\d.]*-\p{Ll}[\p{Ll}-]*)$/u;

type Kind = Entity['type'];

export function addDefiniteRoles(ctx: RoleContext, entities: Entity[]): void {
  const { tokens, sentLast } = ctx;
  const byStart = new Map<number, Entity>();
  for (const e of entities) for (const m of e.mentions) byStart.set(m.start, e);
  let sentenceFirst = 0;
  let previousFirst = -1;
  while (sentenceFirst < tokens.length) {
    const end = sentLast[sentenceFirst]!;
    if (end <= sentenceFirst) break;
    const windowFirst = previousFirst >= 0 ? previousFirst : sentenceFirst;
    for (const found of placeReferencesIn(ctx, sentenceFirst, end)) {
      const only = onlyPlaceBefore(ctx, byStart, windowFirst, found.from, found.modifiers);
      if (only && !only.role) only.role = found.text;
    }
    if (previousFirst >= 0) {
      const found = descriptionAt(ctx, sentenceFirst, end);
      if (found) giveToOnly(ctx, byStart, previousFirst, sentenceFirst, found);
    }
    // the speaker of a speech tag inside the sentence: "“We regret this,” the airline said"
    for (let i = sentenceFirst + 1; i < end; i++) {
      const found = speakerDescriptionAt(ctx, i, end);
      if (found) giveToOnly(ctx, byStart, previousFirst >= 0 ? previousFirst : sentenceFirst, i, found);
    }
    // "By Reuters": a byline names who wrote the story, not whom the next sentence is about
    previousFirst = isByline(ctx, sentenceFirst, end) ? -1 : sentenceFirst;
    sentenceFirst = end;
  }
}

/** The description goes to the one entity of its kind named in tokens [from, to), if it has no role. */
function giveToOnly(
  ctx: RoleContext,
  byStart: Map<number, Entity>,
  from: number,
  to: number,
  found: { text: string; kind: Kind },
): void {
  const candidates = new Set<Entity>();
  for (let k = from; k < to; k++) {
    const e = byStart.get(ctx.tokens[k]!.start);
    if (e && e.type === found.kind) candidates.add(e);
  }
  const [only] = candidates;
  if (candidates.size === 1 && only && !only.role) only.role = found.text;
}

/** Verbs of a speech tag: "the airline said", "the singer wrote". */
const SPEECH_VERBS =
  /^(?:said|says|told|added|wrote|writes|announced|confirmed|stated|explained|noted|insisted|argued)$/;

/**
 * A definite description that speaks after a quote or a clause: "“…,” the airline said", "…, the
 * company said in a statement", "“…,” the 45-year-old told the court".
 */
function speakerDescriptionAt(ctx: RoleContext, i: number, end: number): { text: string; kind: Kind } | null {
  const { tokens } = ctx;
  if (tokens[i]!.text !== 'the' || !/^[,”"’]$/.test(tokens[i - 1]?.text ?? '')) return null;
  const age = ageAt(ctx, i);
  if (age) return SPEECH_VERBS.test(ctx.tokens[age.after]?.text ?? '') ? age : null;
  const found = descriptionAt(ctx, i, end);
  if (!found) return null;
  let k = i;
  while (k < end && tokens[k]!.end <= tokens[i]!.start + found.text.length) k++;
  return SPEECH_VERBS.test(tokens[k]?.text ?? '') ? found : null;
}

/**
 * "the 45-year-old" (which the tokenizer splits at its first hyphen), "the 45-year-old man": a
 * person, followed by a verb.
 */
function ageAt(ctx: RoleContext, i: number): { text: string; kind: Kind; after: number } | null {
  const { tokens } = ctx;
  if (!/^the$/i.test(tokens[i]?.text ?? '')) return null;
  if (!/^\d{1,3}$/.test(tokens[i + 1]?.text ?? '') || tokens[i + 2]?.text !== '-' || tokens[i + 3]?.text !== 'year-old')
    return null;
  let k = i + 3;
  if (/^(?:man|woman|boy|girl)$/.test(tokens[k + 1]?.text ?? '')) k++;
  const next = tokens[k + 1]?.text ?? '';
  if (!/^\p{Ll}+$/u.test(next) || /^(?:of|and|or|in|at|for|with|to)$/.test(next)) return null;
  return { text: ctx.text.slice(tokens[i]!.start, tokens[k]!.end), kind: 'person', after: k + 1 };
}

/** "the Facebook-owned company" opening a sentence (after "But" and the like), before its verb. */
function descriptionAt(ctx: RoleContext, first: number, end: number): { text: string; kind: Kind } | null {
  const { tokens } = ctx;
  let i = first;
  if (OPENERS.test(tokens[i]?.text ?? '')) i++;
  if (!/^the$/i.test(tokens[i]?.text ?? '')) return null;
  const age = ageAt(ctx, i);
  if (age) return age;
  const from = i;
  i++;
  let k = i;
  // the head is the last of a run of head words: "the veteran singer"
  while (
    k < end &&
    k - i <= MAX_MODIFIERS &&
    MODIFIER.test(tokens[k]!.text) &&
    !FUNCTION_WORDS.test(tokens[k]!.text) &&
    (!headKind(tokens[k]!.text) || headKind(tokens[k + 1]?.text ?? ''))
  )
    k++;
  const head = tokens[k]?.text ?? '';
  // "the programs went …" stands for several, not for the one name before
  const kind = isPluralHead(head) ? null : headKind(head);
  // the description ends at its head: a verb follows ("the company has …"), not "of" or a name
  const next = tokens[k + 1]?.text ?? '';
  if (!kind || k >= end || !/^\p{Ll}+$/u.test(next) || /^(?:of|and|or|in|at|for|with|to)$/.test(next)) return null;
  return { text: ctx.text.slice(tokens[from]!.start, tokens[k]!.end).replace(/\s+/g, ' '), kind };
}

/** Words that end a description's modifiers: "the games between these programs" has its head at "games". */
const FUNCTION_WORDS = /^(?:between|among|of|in|on|at|for|with|to|from|by|these|those|this|that|and|or|the|a|an)$/;

const isPluralHead = (w: string) =>
  /[^su]s$/.test(w) && headKind(w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1)) !== null;

/** "By Jane Roe", "By Reuters": a short sentence opening with "By". */
function isByline(ctx: RoleContext, first: number, end: number): boolean {
  return ctx.tokens[first]?.text === 'By' && end - first <= 8;
}

function headKind(w: string): Kind | null {
  if (w !== w.toLowerCase()) return null;
  if (PLACE_HEADS.has(w) || isPlaceOnlyHead(w)) return 'place';
  if (isOrgRoleHead(w)) return 'organization';
  if (isListedPersonHead(w)) return 'person';
  return null;
}

/**
 * A place referred back to inside a sentence: "Thousands marched in Lyon. Police in the city said
 * …", "… and the city's mayor", "emerging from the French capital". Towns and cities only: "the
 * country" and "the state" often mean one the article never names.
 */
// prettier-ignore
const PLACE_BACK_HEADS = new Set(['city', 'capital', 'town', 'village', 'island', 'metropolis', 'enclave', 'port', 'township']);
/** Words that may follow such a description: the phrase ends there ("the city council" goes on). */
const AFTER_PLACE_REFERENCE =
  /^(?:['’]s|[,.;:!?)\]—–]|was|is|were|are|has|have|had|will|would|could|can|said|says|and|or|in|on|at|for|with|to|from|where|which|that|itself|a|an|the|this|last|over|since|after|before|until|during|into|through|around|across|than|as|remains|became|saw|sits|lies)$/;

interface PlaceReference {
  text: string;
  /** first token of the description ("the") */
  from: number;
  /** its capitalised modifiers ("French" in "the French capital") */
  modifiers: string[];
}

function placeReferencesIn(ctx: RoleContext, first: number, end: number): PlaceReference[] {
  const { tokens } = ctx;
  const out: PlaceReference[] = [];
  for (let i = first; i + 1 < end; i++) {
    if (!/^the$/i.test(tokens[i]!.text)) continue;
    let k = i + 1;
    const modifiers: string[] = [];
    while (k < end && k - i <= 3 && !PLACE_BACK_HEADS.has(tokens[k]!.text)) {
      const w = tokens[k]!.text;
      // a person's name is no modifier of a place ("the Trump capital")
      if (ctx.inPersonName[k] || !/^[\p{L}][\p{Ll}-]*$/u.test(w) || /^(?:of|and|or|the|a|an)$/.test(w)) break;
      if (w !== w.toLowerCase()) modifiers.push(w);
      k++;
    }
    const head = tokens[k]?.text ?? '';
    if (k >= end || !PLACE_BACK_HEADS.has(head)) continue;
    const next = tokens[k + 1]?.text ?? '.';
    if (!AFTER_PLACE_REFERENCE.test(next) && !/^\p{Ll}{3,}ed$/u.test(next)) continue;
    // "the capital, Kyiv," and "the city Lyon" name the place right there
    if (ctx.mentionStart[k + 1] || (tokens[k + 1]?.text === ',' && ctx.mentionStart[k + 2])) continue;
    out.push({ text: ctx.text.slice(tokens[i]!.start, tokens[k]!.end).replace(/\s+/g, ' '), from: i, modifiers });
  }
  return out;
}

/**
 * The one place named from `first` up to the description: a place that only qualifies the one
 * before it ("Austin, Texas") does not count, nor a country the description names by its
 * adjective ("the French capital" is not France).
 */
function onlyPlaceBefore(
  ctx: RoleContext,
  byStart: Map<number, Entity>,
  first: number,
  to: number,
  modifiers: string[],
): Entity | null {
  const { tokens } = ctx;
  const found = new Set<Entity>();
  let previousPlaceEnd = -1;
  for (let k = first; k < to; k++) {
    const e = byStart.get(tokens[k]!.start);
    if (!e) continue;
    let last = k;
    while (last + 1 < to && tokens[last + 1]!.start < (e.mentions.find((m) => m.start === tokens[k]!.start)?.end ?? 0))
      last++;
    const qualifies = previousPlaceEnd >= 0 && k === previousPlaceEnd + 2 && tokens[k - 1]!.text === ',';
    if (e.type === 'place') {
      if (!qualifies && !modifiers.some((m) => sameStem(m, e.name))) found.add(e);
      previousPlaceEnd = last;
    }
  }
  const [only] = found;
  return found.size === 1 && only ? only : null;
}

const sameStem = (a: string, b: string) => a.slice(0, 3).toLowerCase() === b.slice(0, 3).toLowerCase();
