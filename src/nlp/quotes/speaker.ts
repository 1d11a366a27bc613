/**
 * From the noun phrase that names a speaker to the contract's Speaker: the entity it refers to
 * (a named mention, a pronoun's antecedent, or the entity holding a role noun's role), a display
 * name, and the offsets of the mention at this quotation.
 */
import type { Speaker } from '../../analysis/contract';
import { antecedent, type Attribution } from './attribution';
import type { Discourse, PersonRef } from './discourse';
import { FUNCTION_WORDS } from './discourse';
import { TITLES } from './lexicon';

function isTitle(lower: string): boolean {
  const l = lower.replace(/\.$/, '');
  return Object.prototype.hasOwnProperty.call(TITLES, l) && l !== 'state';
}

function fromRef(ref: PersonRef, start: number, end: number): Speaker {
  return { entityId: ref.entityId, name: ref.name, mention: { start, end } };
}

export function toSpeaker(text: string, d: Discourse, a: Attribution): Speaker {
  const toks = d.paras[a.para]!.toks;
  const { first, last, kind } = a.np;
  const f = toks[first]!;
  const l = toks[last]!;
  if (kind === 'pronoun') {
    const ref = d.pronouns.get(f.start);
    if (ref) return fromRef(ref, f.start, f.end);
    // "Lynch, who told", "the report, which notes": the antecedent is the speaker, and the
    // relative pronoun is the mention at this quotation (as the pronoun "he" would be).
    const ante = f.lower === 'who' || f.lower === 'which' ? antecedent(toks, first, 0) : null;
    if (ante) return { ...toSpeaker(text, d, { ...a, np: ante }), mention: { start: f.start, end: f.end } };
    if (f.lower === 'who') {
      // "Smith, who …": the name before the comma.
      for (let i = d.mentions.length - 1; i >= 0; i--) {
        const m = d.mentions[i]!;
        if (m.end <= f.start && f.start - m.end < 40) return fromRef(m, f.start, f.end);
        if (m.end < f.start - 40) break;
      }
    }
    if (f.lower === 'they' || f.lower === 'it') {
      for (let i = d.mentions.length - 1; i >= 0; i--) {
        const m = d.mentions[i]!;
        if (m.end > f.start) continue;
        if (f.start - m.end > 400) break;
        if (m.type === 'org') return fromRef(m, f.start, f.end);
      }
    }
    return { entityId: null, name: f.text, mention: { start: f.start, end: f.end } };
  }
  const span = { start: f.start, end: l.end };
  let ent = d.entityAt(span.start, span.end);
  const person = d.byLastName.get(l.lower.replace(/['’]s$/, ''));
  if (ent && ent.entity.type !== 'person' && person && person.type === 'person' && ent.start < span.start) {
    // "Although Trump" recognised as one organisation name: the person is who speaks.
    ent = null;
  }
  if (ent) {
    // The entity's own mention inside the phrase, or the phrase itself if the entity spans it.
    const start = Math.max(ent.start, span.start);
    const end = Math.min(ent.end, span.end);
    return { entityId: ent.entity.id, name: ent.entity.name, mention: { start, end } };
  }
  if (kind === 'name') {
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
  // A role noun: the entity (or titled name) holding that role, most recent first.
  const head = l.lower.replace(/s$/, '');
  // "the coach", and "her mother" for the person the article calls her mother
  const determiner = f.lower === 'the' || f.lower === 'his' || f.lower === 'her' || f.lower === 'their';
  if (determiner) {
    const holders = d.titled.get(l.lower) ?? d.titled.get(head);
    if (holders && holders.length) {
      const ref = holders[holders.length - 1]!;
      return fromRef(ref, span.start, span.end);
    }
  }
  return { entityId: null, name: text.slice(span.start, span.end), mention: span };
}
