/**
 * A pronoun that is the subject of a cue, as the person or group it stands for. A pronoun is never
 * shown as a name: "he said" is the person "he" refers to, "they said" the organisation or group
 * named just before, "I wrote" in the article's own first-person voice its byline's author, and a
 * pronoun Gloss cannot resolve leaves the quotation unattributed (null). The discourse's own
 * he/she resolution (resolvePronoun, by gender, number and salience) is here too.
 */
import type { Speaker } from '../../analysis/contract';
import { mentionsBefore, type Discourse, type Mention, type PersonRef } from './discourse';
import type { Tok } from './words';
import type { NP } from './phrases';
import { SPEECH_NOUNS } from './cue-words';
import {
  DESCRIBING_DETERMINERS,
  PRONOUNS,
  ROLE_NOUN_GENDER,
  SPEAKING_BODIES,
  SUBJECT_PRONOUNS,
  type Gender,
} from './lexicon';
import { MORE_BODIES, SPOKESPEOPLE, spokenFor } from './complements';

/** How far back (characters) an organisation is looked for as the referent of "they" / "it". */
const GROUP_REACH = 400;
/** How far back (characters) the name before "who" is looked for. */
const WHO_REACH = 40;

/** A pronoun's own word: "she’s" -> "she", "I'd" -> "i". */
/** How the article's own first-person voice is described when no byline names its author. */
const AUTHOR = 'the author';

function pronounBase(lower: string): string {
  return lower.replace(/['’]\p{L}{1,2}$/u, '');
}

/** A token that is a subject pronoun, alone or with its verb ("I’d", "They’re"). */
export function isPronounToken(t: Tok): boolean {
  return t.word && SUBJECT_PRONOUNS.has(pronounBase(t.lower));
}

/** "he’s", "she’d": resolved here, as the discourse resolves "he" and "she" (mentions before it only). */
function resolveContraction(d: Discourse, pi: number, k: number, base: string): PersonRef | null {
  const pr = PRONOUNS[base];
  if (!pr || pr.person !== 3 || pr.plural || pr.gender === 'n') return null;
  const toks = d.paras[pi]!.toks;
  const start = toks[k]!.start;
  const lo = mentionsBefore(d, start);
  return resolvePronoun(d.mentions, d.genderOf, pr.gender, d.paras[pi]!.sent[k]!, pi, lo, d.guessedGender);
}

function fromRef(ref: PersonRef, start: number, end: number): Speaker {
  return { entityId: ref.entityId, name: ref.name, mention: { start, end } };
}

/**
 * The speaker a pronoun subject stands for, or null. `named` turns an antecedent phrase into a
 * Speaker (for "Lynch, who told", "the report, which notes"); `antecedentOf` finds that phrase.
 */
export function pronounSpeaker(
  d: Discourse,
  pi: number,
  first: number,
  antecedentOf: (toks: Tok[], r: number) => NP | null,
  named: (np: NP) => Speaker | null,
  previous: Speaker | null = null,
  quoted = '',
): Speaker | null {
  const toks = d.paras[pi]!.toks;
  const f = toks[first]!;
  const base = pronounBase(f.lower);
  const mention = { start: f.start, end: f.end };
  let ref = d.pronouns.get(f.start) ?? (base !== f.lower ? resolveContraction(d, pi, first, base) : null);
  if (ref && quoted && namedIn(quoted, ref.name)) ref = otherAntecedent(d, pi, first, base, ref, quoted) ?? ref;
  if (ref) {
    // "WIRED spoke to one mother, … on Instagram. “…,” she said": a person introduced ("a",
    // "one") in the pronoun's paragraph, after the name was last a subject, is who the pronoun
    // stands for, not the name.
    const described = describedPerson(d, pi, first, base, true);
    if (described && described.start >= d.paras[pi]!.start && described.start > lastSubjectBefore(d, ref.key, f.start))
      return { entityId: described.entityId, name: described.name, mention };
    return fromRef(ref, f.start, f.end);
  }
  // "Lynch, who told", "the report, which notes": the antecedent is the speaker, and the
  // relative pronoun is the mention at this quotation (as the pronoun "he" would be).
  const ante = base === 'who' || base === 'which' ? antecedentOf(toks, first) : null;
  if (ante) {
    const s = named(ante);
    if (s) return { ...s, mention };
  }
  if (base === 'who') {
    // "Smith, who …": the name before the comma.
    for (let i = d.mentions.length - 1; i >= 0; i--) {
      const m = d.mentions[i]!;
      if (m.end <= f.start && f.start - m.end < WHO_REACH) return fromRef(m, f.start, f.end);
      if (m.end < f.start - WHO_REACH) break;
    }
  }
  // "Kym Lino, a spokesperson for Instagram, confirmed … “…,” they said": a singular "they" for
  // a spokesperson named as the subject just before.
  if (base === 'they') {
    const spokesperson = spokespersonBefore(d, f.start);
    if (spokesperson) return fromRef(spokesperson, f.start, f.end);
  }
  if (base === 'they' || base === 'it') {
    // The organisation that was a subject first ("The Food Standards Agency warned people off
    // products with DNP. “…,” it said"), else the nearest one that is not a modifier.
    let nearest: Mention | null = null;
    for (let i = mentionsBefore(d, f.start) - 1; i >= 0; i--) {
      const m = d.mentions[i]!;
      if (f.start - m.end > GROUP_REACH) break;
      if (m.type !== 'org' || m.modifier) continue;
      if (m.subject) return fromRef(m, f.start, f.end);
      nearest ??= m;
    }
    if (nearest) return fromRef(nearest, f.start, f.end);
  }
  // "I said", "I wrote" outside a quotation: the article speaks in the first person, so its
  // author is the speaker: the one its byline names, else described as the author.
  if (base === 'i') return d.author ? fromRef(d.author, f.start, f.end) : { entityId: null, name: AUTHOR, mention };
  // “…,” she said. … “…,” she went on: a turn continuing, the speaker of the quotation before.
  if (previous && continues(d, base, previous)) return { ...previous, mention };
  // "The woman … “…,” she said": a person the article describes but does not name.
  const described = describedPerson(d, pi, first, base);
  if (described) return { entityId: described.entityId, name: described.name, mention };
  return null;
}

/** "Kym Lino, a spokesperson for …": a name, its comma, and a spokesperson's description. */
const SPOKESPERSON_AFTER = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${[...SPOKESPEOPLE].join('|')})\\b`,
  'u',
);

/** The person named as a subject just before `start` (the nearest subject), if described as a spokesperson. */
function spokespersonBefore(d: Discourse, start: number): Mention | null {
  for (let i = mentionsBefore(d, start) - 1; i >= 0; i--) {
    const m = d.mentions[i]!;
    if (start - m.end > GROUP_REACH) break;
    if (!m.subject || m.pronoun) continue;
    return m.type === 'person' && SPOKESPERSON_AFTER.test(d.text.slice(m.end, m.end + 60)) ? m : null;
  }
  return null;
}

/**
 * “I cannot believe Martha would …,” she said: a person the quotation speaks of by name is not
 * the one saying it; the next antecedent that fits the pronoun is (when there is one).
 */
function otherAntecedent(d: Discourse, pi: number, k: number, base: string, ref: PersonRef, quoted: string) {
  const pr = PRONOUNS[base];
  if (!pr || pr.person !== 3 || pr.plural || pr.gender === 'n') return null;
  const start = d.paras[pi]!.toks[k]!.start;
  const lo = mentionsBefore(d, start);
  const sent = d.paras[pi]!.sent[k]!;
  const other = resolvePronoun(d.mentions, d.genderOf, pr.gender, sent, pi, lo, d.guessedGender, ref.key);
  return other && !namedIn(quoted, other.name) ? other : null;
}

/** A word of the person's name (of three letters or more) stands in the quoted words. */
function namedIn(quoted: string, name: string): boolean {
  for (const w of name.split(/\s+/)) {
    const word = w.replace(/['’]s$/, '').replace(/[.,]$/, '');
    if (word.length < 3 || !/^\p{Lu}/u.test(word)) continue;
    if (standsAsWord(quoted, word)) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;

/** `word` occurs in `text` with no letter on either side (found without building a pattern per word). */
function standsAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1]! : '';
    const after = text[at + word.length] ?? '';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

/** Where the last mention of `key` as a clause's subject before `start` begins, or -1. */
function lastSubjectBefore(d: Discourse, key: string, start: number): number {
  for (let i = mentionsBefore(d, start) - 1; i >= 0; i--) {
    const m = d.mentions[i]!;
    if (m.key === key && m.subject) return m.start;
  }
  return -1;
}

/** Paragraphs before the pronoun's own that are searched for a description of its person. */
/** Determiners that bring a new person into the text ("a woman", "one mother"). */
const INTRODUCING = new Set(['a', 'an', 'one']);

const DESCRIPTION_PARAGRAPHS = 2;

/** The possessive of each gender's pronoun ("her" for "she"). */
const OWN_POSSESSIVE: Record<string, string> = { f: 'her', m: 'his' };

/**
 * The nearest "the woman", "his wife", "a 34-year-old mother of three" before a he/she pronoun: a
 * determiner and a role noun of the pronoun's gender (lexicon.ts), as the article wrote it. For
 * "it", the nearest document or body that speaks ("the email", "the report").
 */
function describedPerson(
  d: Discourse,
  pi: number,
  k: number,
  base: string,
  introducedOnly = false,
): { name: string; start: number; entityId: string | null } | null {
  const gender = base === 'it' ? 'n' : PRONOUNS[base]?.gender;
  if (gender !== 'm' && gender !== 'f' && gender !== 'n') return null;
  // ("it": a document, or a body the article names by its kind, "the council")
  const fits = (lower: string) =>
    ROLE_NOUN_GENDER.get(lower) === gender ||
    (gender === 'n' && (SPEECH_NOUNS.has(lower) || SPEAKING_BODIES.has(lower) || MORE_BODIES.has(lower)));
  // ("one mother, who knew her teenage daughter …, she said": "her" is someone else of the
  // pronoun's gender, the likelier speaker; such a phrase is taken only when no other is found)
  let related: { name: string; start: number; entityId: string | null } | null = null;
  for (let p = pi; p >= 0 && p >= pi - DESCRIPTION_PARAGRAPHS; p--) {
    const toks = d.paras[p]!.toks;
    for (let j = (p === pi ? k : toks.length) - 1; j > 0; j--) {
      const t = toks[j]!;
      if (!t.word || !fits(t.lower)) continue;
      // (back to its determiner over at most three modifiers)
      for (let i = j - 1; i >= 0 && i >= j - 4; i--) {
        const u = toks[i]!;
        if (!u.word || u.quote >= 0) break;
        if (!DESCRIBING_DETERMINERS.has(u.lower)) continue;
        if (introducedOnly && !INTRODUCING.has(u.lower)) break;
        // ("a spokesman for Acme": the organisation it speaks for)
        const org = spokenFor(d, toks, j);
        const found = {
          name: org ? org.name : d.text.slice(u.start, t.end).replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
          start: u.start,
          entityId: org ? org.id : null,
        };
        if (u.lower !== OWN_POSSESSIVE[gender] || (i > 0 && toks[i - 1]!.sentEnd) || i === 0) return found;
        related ??= found;
        break;
      }
    }
  }
  return related;
}

/**
 * The previous quotation's speaker can be what the pronoun stands for: "he" or "she" a person of
 * that gender or of unknown gender, "it" or "they" a speaker not known as a person (a newspaper,
 * "the article"); never "I", "we", "you".
 */
function continues(d: Discourse, base: string, previous: Speaker): boolean {
  const pr = PRONOUNS[base];
  if (!pr || pr.person !== 3 || base === 'who') return false;
  const key = previous.entityId ?? 'name:' + previous.name.toLowerCase();
  const gender = d.genderOf.get(key) ?? 'u';
  const last = previous.name.split(/\s+/).pop()!.toLowerCase();
  const person = d.byLastName.get(last)?.type === 'person' || gender === 'm' || gender === 'f';
  if (pr.gender === 'm' || pr.gender === 'f')
    return /^\p{Lu}/u.test(previous.name) && (gender === 'u' || gender === pr.gender || d.guessedGender.has(key));
  return !person;
}

/**
 * The most salient earlier person compatible in gender with a he/she pronoun, among the first
 * `upTo` mentions (those before the pronoun). When no one is, a person whose gender was only
 * guessed from the first name (in `guessed`) may be.
 */
export function resolvePronoun(
  mentions: Mention[],
  genderOf: Map<string, Gender>,
  gender: Gender,
  sent: number,
  para: number,
  upTo = mentions.length,
  guessed?: Set<string>,
  exclude: string | null = null,
): PersonRef | null {
  // (a name that only modifies a noun, "the Obama administration", is taken only when no other fits)
  return (
    bestAntecedent(mentions, genderOf, gender, sent, para, upTo, null, false, exclude) ??
    bestAntecedent(mentions, genderOf, gender, sent, para, upTo, null, true, exclude) ??
    (guessed?.size ? bestAntecedent(mentions, genderOf, gender, sent, para, upTo, guessed, true, exclude) : null)
  );
}

function bestAntecedent(
  mentions: Mention[],
  genderOf: Map<string, Gender>,
  gender: Gender,
  sent: number,
  para: number,
  upTo: number,
  guessed: Set<string> | null,
  modifiers: boolean,
  exclude: string | null,
): PersonRef | null {
  let best: Mention | null = null;
  let bestScore = -Infinity;
  let seen = 0;
  for (let i = upTo - 1; i >= 0 && seen < 60; i--) {
    const m = mentions[i]!;
    seen++;
    if (para - m.para > 3 || sent - m.sent > 12) break;
    if (m.type !== 'person' || (m.modifier && !modifiers) || m.key === exclude) continue;
    const g = genderOf.get(m.key) ?? 'u';
    if (gender !== 'u' && g !== 'u' && g !== gender && !guessed?.has(m.key)) continue;
    const sd = sent - m.sent;
    let score = -sd + (m.subject ? 1.5 : 0) + (g === gender ? 0.5 : 0) - (para - m.para) * 0.5 - (m.weak ? 1.5 : 0);
    if (sd === 0 && !m.subject) score -= 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return best
    ? { key: best.key, name: best.name, entityId: best.entityId, type: best.type, ...(best.weak ? { weak: true } : {}) }
    : null;
}
