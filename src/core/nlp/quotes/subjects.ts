/**
 * Subjects: the phrase a clause is about, for a cue whose subject is not next to it ("He defended
 * the remark, saying …", "Trump went even further: “…”", "The email goes on to say:").
 */
import type { Tok } from './words';
import { CUE_WORDS } from './cue-words';
import { FUNCTION_WORDS } from './discourse';
import { ROLE_NOUNS, SUBJECT_PRONOUNS } from './lexicon';
import { TAKING } from './complements';
import { antecedent, headOk, isAdverb, leftNP, npWord, rightNP, type Cue, type NP } from './phrases';
import {
  CLAUSE_WORDS,
  DETERMINERS,
  NOMINATIVE,
  OPENERS,
  PREPOSITIONS,
  SUBORDINATORS,
  TIME_WORDS,
  WRITTEN,
} from './word-lists';

/** Prepositions that attach a phrase to the noun before it ("a spokesman for the agency in Boston"). */
const NOUN_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'by', 'to']);

/**
 * "Another intelligence source speaking to Fox News said", "The authors of the study published in
 * the journal Nature argued", "A spokesman for the agency in Boston said": the phrase before the
 * cue is the object of a preposition (after a participle, or after a noun); the subject is the
 * phrase the chain of prepositional phrases hangs on, when that phrase opens its clause.
 */
export function modifiedSubject(toks: Tok[], np: NP, lo: number): NP | null {
  let cur = np;
  let climbed: NP | null = null;
  for (let n = 0; n < 4; n++) {
    let k = cur.first - 1;
    // "in the journal Nature": a description set before the name it is
    if (cur.kind === 'name') {
      let d = k;
      const plain = (u: Tok) => u.word && !u.cap && !DETERMINERS.has(u.lower) && !PREPOSITIONS.has(u.lower);
      while (d >= lo && d > k - 3 && plain(toks[d]!)) d--;
      if (d < k && d >= lo && DETERMINERS.has(toks[d]!.lower)) k = d - 1;
    }
    const prep = toks[k];
    if (k < lo || !prep?.word || !NOUN_PREPOSITIONS.has(prep.lower)) break;
    k--;
    const part = toks[k];
    const participle = part?.word === true && !part.cap && /(?:ing|ed)$/.test(part.lower);
    if (participle) k--;
    // ("a source close to the minister", "a person familiar with the talks")
    else if (part?.word && TAKING.has(part.lower) && (prep.lower === 'to' || prep.lower === 'with')) k--;
    // (without a participle only "of", "for" and places: "the head of", "a spokesman for")
    else if (!part?.word || prep.lower === 'to' || prep.lower === 'by') break;
    const head = leftNP(toks, k, lo) ?? determinedNoun(toks, k, lo);
    if (!head || head.kind === 'pronoun' || head.last !== k) break;
    cur = head;
    if (participle || headOk(toks[head.last]!) || DETERMINERS.has(toks[head.first]!.lower)) climbed = head;
  }
  if (!climbed || (!headOk(toks[climbed.last]!) && !DETERMINERS.has(toks[climbed.first]!.lower))) return null;
  // (only a phrase that opens its clause: "talks with Smith in Boston" is no subject's phrase)
  const before = toks[climbed.first - 1];
  const opens =
    climbed.first <= lo ||
    (before !== undefined && (/^[,;:—–(]$/.test(before.text) || (before.word && CLAUSE_OPENS.has(before.lower))));
  return opens ? climbed : null;
}

/** "the research", "a new study": a noun after its determiner (an adjective may stand between). */
function determinedNoun(toks: Tok[], k: number, lo: number): NP | null {
  const n = toks[k];
  if (!n?.word || n.cap || DETERMINERS.has(n.lower) || PREPOSITIONS.has(n.lower)) return null;
  for (let d = k - 1; d >= lo && d >= k - 2; d--) {
    const u = toks[d]!;
    if (!u.word) return null;
    if (DETERMINERS.has(u.lower)) return { first: d, last: k, kind: 'common' };
    if (u.cap || PREPOSITIONS.has(u.lower)) return null;
  }
  return null;
}

// prettier-ignore
const CLAUSE_OPENS = new Set(['and', 'but', 'that', 'while', 'because', 'although', 'though', 'when', 'as', 'after', 'since', 'so', 'then']);

/**
 * "The mayor of Springfield, Tom Reed, said": a name set off by commas after a description is
 * the subject (not the last name in the description). `c` is the comma before the cue.
 */
export function appositiveName(toks: Tok[], c: number, lo: number): NP | null {
  if (toks[c]?.text !== ',') return null;
  const np = leftNP(toks, c - 1, lo);
  const f = np ? toks[np.first]! : null;
  if (!np || !f || np.kind !== 'name' || !f.cap || DETERMINERS.has(f.lower) || toks[np.first - 1]?.text !== ',')
    return null;
  // (after a name, the name before is the subject: "Tom Reed, Springfield's mayor, said")
  const described = leftNP(toks, np.first - 2, lo);
  const d0 = described ? toks[described.first]! : null;
  return described &&
    d0 &&
    described.kind !== 'pronoun' &&
    (!d0.cap || DETERMINERS.has(d0.lower) || /['’]s$/.test(d0.text))
    ? np
    : null;
}

/**
 * "the report, which notes": a relative pronoun just before the cue is its subject (PolNeAR
 * marks the pronoun; the speaker is its antecedent, see toSpeaker). Not "that" ("a headline
 * that said" is as often marked on the noun), nor "which" without its comma.
 */
export function relativeSubject(toks: Tok[], r: number, lo: number): NP | null {
  const u = toks[r];
  if (!u?.word || r <= lo || u.lower !== 'which' || toks[r - 1]!.text !== ',') return null;
  return antecedent(toks, r, lo) ? { first: r, last: r, kind: 'pronoun' } : null;
}

/**
 * "After Jerry Brown criticized Bill Clinton, Hillary shot back, “…”": a cue inside an opening
 * subordinate clause does not reach past it; the main clause's subject (before the quotation)
 * is the speaker.
 */
export function mainClauseSpeaker(toks: Tok[], lo: number, j: number, t: number): { np: NP; cue: Cue } | null {
  if (!toks[lo]?.word || !CLAUSE_WORDS.has(toks[lo]!.lower)) return null;
  let c = j + 1;
  while (c < t && toks[c]!.text !== ',') c++;
  const np = c + 1 < t ? clauseSubject(toks, c + 1, t) : null;
  return np ? { np, cue: { first: np.last + 1, end: np.last + 2 } } : null;
}

/** The subject that opens the sentence (after an introductory phrase), if a name or pronoun. */
export function sentenceSubject(toks: Tok[], lo: number, hi: number): NP | null {
  for (let k = lo; k < hi; k++) {
    if (k !== lo && toks[k - 1]!.text !== ',') continue;
    const np = rightNP(toks, k, hi);
    if (np && k === lo && openingParticiple(toks, np)) continue;
    if (np && np.kind !== 'common' && toks[np.last + 1]?.word && !toks[np.last + 1]!.cap) return np;
    // "Mitch McConnell, R-Ky., delivered a blunt message to Trump:": past an appositive.
    if (np && np.kind === 'name' && toks[np.last + 1]?.text === ',') {
      let c = np.last + 2;
      while (c < hi && c < np.last + 24 && toks[c]!.text !== ',' && toks[c]!.quote < 0) c++;
      // ("Buckley, who phoned in from the set of “Fargo,” had": the comma inside a title's marks)
      const closes =
        toks[c]?.text === ',' || (toks[c] !== undefined && toks[c]!.quote >= 0 && /,[’”"']*$/.test(toks[c]!.text));
      if (closes && verbAt(toks, c + 1, hi)) return np;
    }
  }
  return null;
}

/**
 * "Moving forward, …", "Speaking to reporters, …": a capitalised -ing word opening the sentence
 * without a verb after it is a participle, not a name ("King told" and "Fleming went" are names).
 */
function openingParticiple(toks: Tok[], np: NP): boolean {
  const w = toks[np.first]!;
  if (np.first !== np.last || !w.cap || !/\p{Ll}ing$/u.test(w.text)) return false;
  let v = np.last + 1;
  while (toks[v] && isAdverb(toks[v]!)) v++;
  return !(toks[v] && finiteVerbLike(toks[v]!));
}

/**
 * A determined noun phrase that opens the sentence (or follows an introductory phrase) and is
 * followed by its verb, perhaps after a short prepositional phrase: "The email goes on to say:",
 * "A footnote in the report makes that clear:". For colon introductions without a named subject.
 */
export function commonSubject(toks: Tok[], lo: number, hi: number): NP | null {
  for (let k = lo; k < hi; k++) {
    if (k !== lo && toks[k - 1]!.text !== ',') continue;
    let s = k;
    while (s < hi && toks[s]!.word && OPENERS.has(toks[s]!.lower)) s++;
    const f = toks[s];
    if (!f?.word || !(DETERMINERS.has(f.lower) || /['’]s$/.test(f.text))) continue;
    let np = rightNP(toks, s, hi, true);
    if (!np) continue;
    // "The piece used one …", "Hoff’s letter makes a case": the phrase ends before a finite verb.
    for (let m = s + 2; m <= np.last; m++) {
      if (finiteVerbLike(toks[m]!)) {
        np = { first: s, last: m - 1, kind: toks[m - 1]!.cap ? 'name' : 'common' };
        break;
      }
    }
    let v = np.last + 1;
    if (toks[v]?.word && /^(?:of|in|from|on|at|for|by)$/.test(toks[v]!.lower)) {
      const w = v;
      v++;
      // (up to the verb: "A spokesman for the firm declined")
      while (
        v < hi &&
        v < w + 7 &&
        toks[v]!.word &&
        (npWord(toks[v]!) || DETERMINERS.has(toks[v]!.lower) || toks[v]!.cap) &&
        !(v > w + 1 && finiteVerbLike(toks[v]!))
      )
        v++;
    }
    if (verbAt(toks, v, hi)) return np;
  }
  return null;
}

/** A lower-case word that looks like a finite verb: "used", "makes", "gave" (not "boss", "news"). */
function finiteVerbLike(t: Tok): boolean {
  if (!t.word || t.cap) return false;
  const w = t.lower;
  return (
    /^(?:made|gave|had|has|put|took|went|came|got|is|was|says|said|told|wrote|sent)$/.test(w) ||
    (w.length > 3 && (w.endsWith('ed') || (/[^su]s$/.test(w) && !w.endsWith('ics'))))
  );
}

/**
 * The subject of the clause before `hi`: a name or pronoun that opens the sentence or follows a
 * comma ("Eight years ago, he …"), or a nominative pronoun anywhere ("although at the mention
 * of it she laughed"), followed by its verb (adverbs and auxiliaries allowed: "He then
 * adopted", "Carson did not mention"); the nearest one wins.
 */
export function clauseSubject(toks: Tok[], lo: number, hi: number): NP | null {
  let found: NP | null = null;
  for (let s = lo; s < hi; s++) {
    // ...but not the subject of a reported clause ("Hayek confirmed she had", "noted that he").
    const p = toks[s - 1];
    const nominative =
      toks[s]!.word &&
      NOMINATIVE.has(toks[s]!.lower) &&
      !(p?.word && (p.lower === 'that' || CUE_WORDS.has(p.lower) || /^(?:says|said)$/.test(p.lower)));
    if (s !== lo && toks[s - 1]!.text !== ',' && !nominative) continue;
    let k = s;
    while (k < hi && toks[k]!.word && OPENERS.has(toks[k]!.lower)) k++;
    // "When Trump used the words, “…”": the subject of a clause after its conjunction.
    if (k < hi - 1 && toks[k]!.word && CLAUSE_WORDS.has(toks[k]!.lower) && toks[k + 1]!.cap) k++;
    const t = toks[k];
    if (!t?.word || k >= hi) continue;
    let np: NP | null = null;
    if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'who') np = { first: k, last: k, kind: 'pronoun' };
    else if (t.cap && npWord(t)) {
      // The capitalised run only: "Sharpton supported Obama" is a subject and its verb.
      let last = k;
      while (last + 1 < hi && toks[last + 1]!.word && toks[last + 1]!.cap) last++;
      np = { first: k, last, kind: 'name' };
    }
    if (np && verbAt(toks, np.last + 1, hi)) found = np;
  }
  return found;
}

/** The phrase ending just before the cue at j is the object of a verb or preposition ("emailed supporters saying"). */
function objectBefore(toks: Tok[], j: number, lo: number): NP | null {
  const np = leftNP(toks, j - 1, lo);
  if (!np || np.kind === 'pronoun') return null;
  // "held up a sign saying …": a thing that bears writing says it itself.
  if (WRITTEN.has(toks[np.last]!.lower)) return null;
  const p = toks[np.first - 1];
  return np.first > lo &&
    p !== undefined &&
    p.word &&
    !p.cap &&
    !CLAUSE_WORDS.has(p.lower) &&
    !OPENERS.has(p.lower) &&
    !/^(?:and|or|that|who|which)$/.test(p.lower)
    ? np
    : null;
}

/** A finite verb (or an adverb and then one) at i, before `hi`: what makes the phrase before it a subject. */
function verbAt(toks: Tok[], i: number, hi: number): boolean {
  while (
    i < hi &&
    isAdverb(toks[i]!) &&
    !/^(?:was|were|is|are|has|have|had|did|does|do|would|will|could|should|may|might|must|can)$/.test(toks[i]!.lower)
  )
    i++;
  const v = toks[i];
  if (!v || i >= hi || !v.word || v.cap) return false;
  return (
    !PREPOSITIONS.has(v.lower) &&
    !DETERMINERS.has(v.lower) &&
    !TIME_WORDS.has(v.lower) &&
    !/^(?:and|or|but|of|who|which|that|as|than|'s)$/.test(v.lower)
  );
}

/**
 * "He defended the remark, saying …": the subject of a participle cue is its clause's. The
 * nearest clause start whose phrase is followed by a verb wins ("Hours later, Trump returned the
 * compliment, telling …"; "…, when protesters interrupted her, shouting …"); failing that, the
 * sentence's first phrase. A participle right after its verb's object ("emailed supporters
 * saying") also takes the clause's subject, not the object.
 */
export function participleSubject(toks: Tok[], j: number, lo: number): NP | null {
  if (!toks[j]!.lower.endsWith('ing')) return null;
  const before = toks[j - 1];
  if (!before) return null;
  const lead = before.text === ',' || /^(?:by|after|before|while|when|then|and|upon|without)$/.test(before.lower);
  const object = lead ? null : objectBefore(toks, j, lo);
  if (!lead && !object) return null;
  // "with the union calling her “…”": the phrase after "with" is the participle's own subject.
  if (object && object.first > lo && toks[object.first - 1]!.lower === 'with') return object;
  let first: NP | null = null;
  for (let k = j - 2; k >= lo; k--) {
    // "… - where the Panthers played - while chanting": an aside between dashes is skipped.
    if (/^[—–-]$/.test(toks[k]!.text)) {
      let d = k - 1;
      while (d > lo && toks[d]!.text !== toks[k]!.text) d--;
      if (d > lo) k = d;
      continue;
    }
    const p = toks[k - 1];
    // A clause starts after a comma, a dash ("Washington (AFP) – Clinton has …"), or a
    // subordinating word ("even as he defended …, saying", "where protesters had gathered, chanting").
    // (A subordinating word that opens the sentence opens the clause before the main one:
    // "When he returned he began by saying".)
    if (
      k !== lo &&
      p!.text !== ',' &&
      p!.quote < 0 &&
      !/^[—–-]$/.test(p!.text) &&
      !(p!.word && SUBORDINATORS.has(p!.lower) && k - 1 > lo)
    )
      continue;
    // "And then Trump went on the attack, saying …", "even a top strategist said …": openers
    // and adverbs before the subject.
    let s = k;
    while (s < j - 1 && toks[s]!.word && (OPENERS.has(toks[s]!.lower) || (isAdverb(toks[s]!) && !toks[s]!.cap))) s++;
    // "with Donald Trump tweeting … and asking, “…”": an absolute phrase has its own subject.
    const absolute = toks[s]?.lower === 'with';
    if (absolute) s++;
    // ("about 50 protesters")
    if (
      toks[s]?.word &&
      /^(?:about|nearly|roughly|approximately|almost)$/.test(toks[s]!.lower) &&
      /^\d/.test(toks[s + 1]?.text ?? '')
    )
      s++;
    const f0 = toks[s];
    // A subject does not open with a verb ("endorsed Sanders’ approach" is a verb phrase).
    if (!f0?.word || (!f0.cap && (/(?:ed|ing)$/.test(f0.lower) || CUE_WORDS.has(f0.lower)))) continue;
    const np = rightNP(toks, s, j - 1);
    if (np && (np.kind !== 'common' || s === lo || headOk(toks[np.last]!))) {
      let got = np;
      // "Trump went": a capitalised name followed by a lower-case verb ends before the verb.
      const f = toks[np.first]!;
      if (f.cap && !DETERMINERS.has(f.lower) && !FUNCTION_WORDS.has(f.lower)) {
        let last = np.first;
        while (last < np.last && toks[last + 1]!.cap) last++;
        const v = toks[last + 1]!;
        if (last < np.last && v.word && !describesName(toks, last + 1, np.last) && v.lower !== 'of')
          got = { first: np.first, last, kind: 'name' };
      }
      // "several environmental groups granted Mr. Clarke": the phrase ends before a past-tense
      // verb (not the word after its determiner: "The retired neurosurgeon").
      for (let m = got.first + (DETERMINERS.has(f0.lower) ? 2 : 1); m <= got.last; m++) {
        const u = toks[m]!;
        if (
          u.word &&
          !u.cap &&
          (u.lower.endsWith('ed') || /^(?:made|gave|had|has|put|took|went|came|got|told|wrote|sent)$/.test(u.lower))
        ) {
          got = { first: got.first, last: m - 1, kind: toks[m - 1]!.cap ? 'name' : 'common' };
          break;
        }
      }
      if (absolute) {
        if (toks[got.last + 1]?.lower.endsWith('ing')) return got;
        continue;
      }
      // (After "as", a finite verb: "her years as senator representing the state" is no clause.)
      const sub = k !== lo && p!.word && SUBORDINATORS.has(p!.lower);
      if (verbAt(toks, got.last + 1, j - 1) && !(sub && toks[got.last + 1]!.lower.endsWith('ing'))) return got;
      // Failing a clause with its verb, the first phrase from the sentence start, as before.
      if (p === undefined || k === lo || p.text === ',' || p.quote >= 0) first = got;
    }
  }
  return first;
}

/**
 * The lower-case words from `k` describe a name that follows them within the phrase ("Democratic
 * presidential nominee Hillary Clinton"): a role noun ends them, and a capitalised word comes next.
 * ("Trump attacked Sanders" is a name and its verb.)
 */
function describesName(toks: Tok[], k: number, last: number): boolean {
  let m = k;
  while (m < last && toks[m]!.word && !toks[m]!.cap && !toks[m]!.lower.endsWith('ed')) m++;
  if (m === k) return ROLE_NOUNS[toks[k]!.lower] !== undefined;
  return toks[m]!.cap && ROLE_NOUNS[toks[m - 1]!.lower] !== undefined;
}
