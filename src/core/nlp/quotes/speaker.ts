/**
 * From the noun phrase that names a speaker to the contract's Speaker: the entity it refers to
 * (a named mention, a pronoun's antecedent, or the entity holding a role noun's role), a display
 * name, and the offsets of the mention at this quotation.
 */
import type { Speaker } from '../../analysis/contract';
import type { Attribution } from './attribution';
import type { Tok } from './words';
import { CUE_WORDS } from './cue-words';
import { antecedent } from './phrases';
import type { Discourse, PersonRef } from './discourse';
import { FUNCTION_WORDS } from './discourse';
import { SPEAKING_BODIES, TITLES } from './lexicon';
import { DOCUMENTS, bodySpeaker, isOrganisation } from './bodies';
import { pronounSpeaker, isPronounToken } from './pronouns';
import { shownAsName } from './shown';
import { MORE_BODIES, SPOKESPEOPLE, complementHead, issuedBy } from './complements';

function isTitle(lower: string): boolean {
  const l = lower.replace(/\.$/, '');
  return Object.prototype.hasOwnProperty.call(TITLES, l) && l !== 'state';
}

/**
 * The phrase's words after an entity's mention ending at `entEnd` are lower-case nouns, so the
 * entity modifies the head ("Labour" in "a senior Labour source") rather than being the head.
 */
function modifiesHead(toks: readonly Tok[], first: number, last: number, entEnd: number): boolean {
  let after = 0;
  for (let k = first; k <= last; k++) {
    const u = toks[k]!;
    // (the entity's own tokens, "Swift’s" with its possessive among them)
    if (u.start < entEnd) continue;
    if (!u.word || u.cap) return false;
    after++;
  }
  return after > 0;
}

function fromRef(ref: PersonRef, start: number, end: number): Speaker {
  return { entityId: ref.entityId, name: ref.name, mention: { start, end } };
}

/**
 * The speaker the subject phrase of an attribution names, or null when it names no one Gloss can
 * show: an unresolved pronoun, or a word that is no name (shown.ts). The quotation is then
 * unattributed, its cue kept.
 */
export function toSpeaker(
  text: string,
  d: Discourse,
  a: Attribution,
  previous: Speaker | null = null,
  quoted = '',
): Speaker | null {
  const s = phraseSpeaker(text, d, a, previous, quoted);
  // (a name shown for the quotation before, carried by "it said", stays shown)
  const named = s !== null && (afterLowerThe(text, s.mention?.start ?? 0) || s.name === previous?.name);
  return shownSpeaker(text, s, d, named);
}

/**
 * "“…,” the Times wrote": a capitalised word after a lower-case "the" is a title's name, even
 * where the article also writes the word in lower case ("three times").
 */
function afterLowerThe(text: string, start: number): boolean {
  return start >= 4 && text.slice(start - 4, start) === 'the ' && /\p{Lu}/u.test(text[start] ?? '');
}

/**
 * The speaker if it may be shown: linked to an entity, or by a name that is one (shown.ts);
 * `named`: the context shows the word is a name.
 */
export function shownSpeaker(text: string, s: Speaker | null, d: Discourse, named = false): Speaker | null {
  if (!s || s.entityId !== null) return s;
  const known = named || d.byLastName.get(s.name.toLowerCase())?.type === 'person';
  return shownAsName(text, s.name, known) ? s : null;
}

/**
 * `previous`: the speaker of the quotation before, which an unresolved pronoun may continue;
 * `quoted`: the quotation's words (a person they name is not who a pronoun stands for).
 */
function phraseSpeaker(
  text: string,
  d: Discourse,
  a: Attribution,
  previous: Speaker | null = null,
  quoted = '',
): Speaker | null {
  const toks = d.paras[a.para]!.toks;
  const first = a.np.first;
  let kind = a.np.kind;
  let last = a.np.last;
  // "Swift’s rep told": a phrase cut after a possessive goes on to the noun it owns.
  if (/['’]s$/.test(toks[last]!.text)) {
    while (
      toks[last + 1]?.word &&
      !toks[last + 1]!.cap &&
      !CUE_WORDS.has(toks[last + 1]!.lower) &&
      !FUNCTION_WORDS.has(toks[last + 1]!.lower) &&
      // ("In Shadlen's words, “…”": not past the cue)
      a.cue?.first !== last + 1
    )
      last++;
  }
  const f = toks[first]!;
  let l = toks[last]!;
  // ("I’d", "She’s": a pronoun with its verb in one token)
  if (kind === 'pronoun' || (first === last && isPronounToken(f))) {
    return pronounSpeaker(
      d,
      a.para,
      first,
      (ts, r) => antecedent(ts, r, 0),
      (np) => phraseSpeaker(text, d, { ...a, np }),
      previous,
      quoted,
    );
  }
  const span = { start: f.start, end: l.end };
  let ent = d.entityAt(span.start, span.end);
  const person = d.byLastName.get(l.lower.replace(/['’]s$/, ''));
  if (ent && ent.entity.type !== 'person' && person && person.type === 'person' && ent.start < span.start) {
    // "Although Trump" recognised as one organisation name: the person is who speaks.
    ent = null;
  }
  // "the coach of Harry Kane", "a spokeswoman for Acme": a name joined to the head noun by a
  // preposition is who the speaker relates to; a spokesperson speaks for an organisation.
  const joined = ent && ent.start > span.start ? complementHead(toks, first, ent.start) : -1;
  if (ent && joined >= 0) {
    if (SPOKESPEOPLE.has(toks[joined]!.lower) && ent.entity.type === 'organization')
      return { entityId: ent.entity.id, name: ent.entity.name, mention: { start: ent.start, end: ent.end } };
    last = joined;
    l = toks[last]!;
    span.end = l.end;
    kind = 'common';
    ent = null;
  }
  // "a senior Labour source", "an Apple spokeswoman", "Swift’s rep": a name that only modifies
  // the phrase's head noun is the source's employer or side, not the speaker.
  const modifier = ent !== null && modifiesHead(toks, first, last, ent.end);
  if (ent && !modifier) {
    // The entity's own mention inside the phrase, or the phrase itself if the entity spans it.
    const start = Math.max(ent.start, span.start);
    const end = Math.min(ent.end, span.end);
    return { entityId: ent.entity.id, name: ent.entity.name, mention: { start, end } };
  }
  if (kind === 'name' && !modifier) {
    let s = first;
    while (s < last && (isTitle(toks[s]!.lower) || FUNCTION_WORDS.has(toks[s]!.lower) || !toks[s]!.cap)) s++;
    const nameToks = toks.slice(s, last + 1).filter((u) => u.word);
    const lastLower = l.lower.replace(/['’]s$/, '');
    const known = d.byLastName.get(lastLower);
    const mention = { start: toks[s]!.start, end: l.end };
    if (known && (nameToks.length === 1 || known.name.toLowerCase().endsWith(nameToks.map((u) => u.lower).join(' ')))) {
      return { entityId: known.entityId, name: known.name, mention };
    }
    return { entityId: null, name: text.slice(mention.start, mention.end).replace(/['’]s$/, ''), mention };
  }
  // "according to a report by X": the document's issuer, named with it.
  const issuer = DOCUMENTS.has(l.lower) ? issuedBy(d, toks, last) : null;
  if (issuer) return { entityId: issuer.id, name: issuer.name, mention: span };
  // A role noun: the entity (or titled name) holding that role, most recent first.
  const plural = /[^s]s$/.test(l.lower);
  const head = plural ? l.lower.slice(0, -1) : l.lower;
  // "the coach", and "her mother" for the person the article calls her mother
  const determiner = f.lower === 'the' || f.lower === 'his' || f.lower === 'her' || f.lower === 'their';
  // (a body is an organisation: "the company" is not a person whose role names a company; and
  // "the authors" are a group, not the one person whose role is "author")
  if (determiner && !SPEAKING_BODIES.has(head)) {
    const holders = d.titled.get(l.lower) ?? (plural ? undefined : d.titled.get(head));
    if (holders && holders.length) {
      const ref = holders[holders.length - 1]!;
      return fromRef(ref, span.start, span.end);
    }
  }
  // "the company said", "the statement read", "the doctors stated": the organisation it stands for.
  if (determiner || f.lower === 'its') {
    const words: string[] = [];
    for (let k = first + 1; k <= last; k++) if (toks[k]!.word && !toks[k]!.cap) words.push(toks[k]!.lower);
    const previousOrg =
      previous?.entityId && isOrganisation(d, previous.entityId)
        ? { key: previous.entityId, name: previous.name, entityId: previous.entityId, type: 'org' as const }
        : null;
    // ("the supermarket", "the regulator": read as "the company")
    const body = MORE_BODIES.has(head) && !SPEAKING_BODIES.has(head) ? 'organisation' : head;
    const org = bodySpeaker(d, a.para, span.start, words, body, plural, previousOrg);
    if (org) return fromRef(org, span.start, span.end);
  }
  return { entityId: null, name: text.slice(span.start, span.end), mention: span };
}
