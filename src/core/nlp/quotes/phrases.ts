/**
 * Noun phrases in a paragraph's tokens: the phrase ending at a token (the subject before a cue),
 * the phrase starting at one (the subject after an inverted cue), a relative pronoun's
 * antecedent; and the sentence bounds and skips (adverbs, parentheses) the steps share.
 */
import type { Tok } from './words';
import { CUE_WORDS } from './cue-words';
import { FUNCTION_WORDS } from './discourse';
import { ROLE_NOUNS, SUBJECT_PRONOUNS, TITLES } from './lexicon';
import { BETWEEN, DETERMINERS, PREPOSITIONS, STOP, TIME_WORDS } from './word-lists';

export interface NP {
  first: number;
  last: number;
  kind: 'pronoun' | 'name' | 'common';
}

export interface Cue {
  first: number;
  /** Index after the cue. */
  end: number;
}

export function isAdverb(t: Tok): boolean {
  return (
    t.word && !t.cap && (BETWEEN.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4 && !ROLE_NOUNS[t.lower]))
  );
}

export function headOk(t: Tok): boolean {
  if (t.cap) return true;
  if (ROLE_NOUNS[t.lower] !== undefined) return true;
  return /(?:er|or|ist|ian|man|woman|men|ent|ant|ee|ers|ors|ists|ians|ents|ants|ees|ess|-old|-olds)$/.test(t.lower);
}

export function npWord(t: Tok): boolean {
  if (!t.word) return false;
  if (t.cap) return !FUNCTION_WORDS.has(t.lower) || Object.prototype.hasOwnProperty.call(TITLES, t.lower);
  return (
    !STOP.has(t.lower) &&
    !CUE_WORDS.has(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !TIME_WORDS.has(t.lower) &&
    !isAdverb(t)
  );
}

/** The noun phrase ending at token j (inclusive), not reaching before `lo`. */
export function leftNP(toks: Tok[], j: number, lo: number): NP | null {
  j = skipParenLeft(toks, j);
  if (j < lo) return null;
  const t = toks[j]!;
  if (t.word && SUBJECT_PRONOUNS.has(t.lower)) return { first: j, last: j, kind: 'pronoun' };
  // "Smith, a spokesman for X, said": skip an appositive back to the name before it.
  if (t.text === ',') {
    // "Gov. John Kasich (R-OH), said": the comma closes the name and its parenthesis.
    const pj = skipParenLeft(toks, j - 1);
    if (pj < j - 1) {
      const np = leftNP(toks, pj, lo);
      if (np && np.kind === 'name') return np;
    }
    // Several appositives may stand between ("Clinton, 35, the daughter of …, said"): the
    // nearest comma whose phrase can take one, within reach.
    for (let c = j - 1; c >= lo && c >= j - 32; c--) {
      const u = toks[c]!;
      if (u.quote >= 0 || u.sentEnd) break;
      if (u.text === ',') {
        // Only a name, a pronoun or a role noun takes an appositive ("At his cookout, …" does not).
        const np = leftNP(toks, c - 1, lo);
        if (np && np.kind === 'pronoun') return toks[np.first]!.lower === 'who' ? null : np;
        if (np && (np.kind === 'name' || headOk(toks[np.last]!))) return np;
        // Past 16 tokens, only a comma after something that is no phrase (a number: ", 35,") lets the search go on.
        if (j - c > 16 && np !== null) return null;
      }
    }
    return null;
  }
  // "The email goes on": a cue word right after a determiner is a noun.
  const nounAfterDeterminer =
    t.word && !t.cap && CUE_WORDS.has(t.lower) && j - 1 >= lo && DETERMINERS.has(toks[j - 1]!.lower);
  if (!npWord(t) && !nounAfterDeterminer) return null;
  // Any noun heads a phrase that opens with a determiner ("Another child responded"), unless the
  // phrase is a preposition's object ("marching through the streets chanted").
  if (!headOk(t)) {
    const det = toks[j - 1];
    const beforeDet = toks[j - 2];
    if (!(j - 1 >= lo && det?.word && DETERMINERS.has(det.lower) && !t.lower.endsWith('ly'))) return null;
    if (beforeDet && beforeDet.word && PREPOSITIONS.has(beforeDet.lower)) return null;
  }
  let first = j;
  for (let k = j - 1; k >= lo && j - k < 8; k--) {
    const u = toks[k]!;
    if (u.word && DETERMINERS.has(u.lower)) {
      first = k;
      break;
    }
    if (
      u.word &&
      u.lower === 'of' &&
      toks[k + 1]?.cap &&
      toks[k - 1]?.word &&
      (toks[k - 1]!.cap || ROLE_NOUNS[toks[k - 1]!.lower] !== undefined)
    ) {
      continue;
    }
    if (!npWord(u) || (u.sentEnd && k < j)) break;
    if (!u.cap && toks[first]!.cap && !ROLE_NOUNS[u.lower]) {
      // A lower-case word before a name is rarely part of it ("because Trump said").
      if (!/(?:an|ic|al|ive|ary|ior|ing|ed|ern|ish)$/.test(u.lower)) break;
    }
    first = k;
  }
  // Skip a capitalised function word that starts the sentence ("After Smith said" is not a name).
  while (
    first < j &&
    toks[first]!.cap &&
    FUNCTION_WORDS.has(toks[first]!.lower) &&
    !DETERMINERS.has(toks[first]!.lower)
  )
    first++;
  return { first, last: j, kind: t.cap ? 'name' : 'common' };
}

/** The noun phrase starting at token k, not reaching `hi` (exclusive). */
export function rightNP(toks: Tok[], k: number, hi: number, loose = false): NP | null {
  const t = toks[k];
  if (!t || k >= hi || !t.word) return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'who') return { first: k, last: k, kind: 'pronoun' };
  let i = k;
  if (DETERMINERS.has(t.lower)) i++;
  let last = -1;
  for (; i < hi && i - k < 9; i++) {
    const u = toks[i]!;
    if (u.word && u.lower === 'of' && last >= 0 && toks[i + 1]?.cap) continue;
    // "9/11 widow Terry Strada": a slash between numbers is inside the phrase.
    if (u.text === '/' && /^\d+$/.test(toks[i - 1]?.text ?? '') && /^\d+$/.test(toks[i + 1]?.text ?? '')) continue;
    // "the email", "a statement": a cue word right after a determiner is a noun.
    const nounAfterDeterminer = i === k + 1 && DETERMINERS.has(t.lower) && u.word && !u.cap;
    // ("Secretary of State John Kerry", "a State Department officer": a capitalised cue word
    // inside a run of capitalised words is part of the name, not the verb)
    const inName = u.cap && last >= 0 && (toks[i - 1]!.cap || toks[i - 1]!.lower === 'of');
    if (!nounAfterDeterminer && (!npWord(u) || (CUE_WORDS.has(u.lower) && !inName) || isAdverb(u))) break;
    if (u.word && TIME_WORDS.has(u.lower)) break;
    last = i;
    if (u.text.endsWith('’s') || u.text.endsWith("'s")) continue;
  }
  if (last < 0) return null;
  // Back off to the last token that can be a head (any noun when a cue is known to follow).
  while (last >= k && !headOk(toks[last]!) && !(loose && last === i - 1)) last--;
  if (last < k || (last === k && DETERMINERS.has(t.lower))) return null;
  return { first: k, last, kind: toks[last]!.cap ? 'name' : 'common' };
}

/**
 * Sentence bounds are searched at most this many tokens away, so a paragraph with no sentence
 * end (a list of ten thousand quotation marks) costs linear time, not quadratic.
 */
export const MAX_REACH = 120;

export function sentenceStart(toks: Tok[], t: number): number {
  let s = t;
  while (s > 0 && t - s < MAX_REACH && !toks[s - 1]!.sentEnd) s--;
  return s;
}

export function sentenceEnd(toks: Tok[], t: number): number {
  let e = t;
  while (e < toks.length - 1 && e - t < MAX_REACH && !toks[e]!.sentEnd) e++;
  return e + 1;
}

export function skipAdverbsLeft(toks: Tok[], j: number, lo: number): number {
  while (
    j >= lo &&
    (isAdverb(toks[j]!) ||
      (toks[j]!.word &&
        TIME_WORDS.has(toks[j]!.lower) &&
        !/^(?:on|in|at|this|next|last|during|after|before)$/.test(toks[j]!.lower)))
  )
    j--;
  return j;
}

/** Skip a parenthesis starting at k ("(D-Wis.)"); returns the index after it, or k. */
export function skipParenRight(toks: Tok[], k: number): number {
  if (toks[k]?.text !== '(') return k;
  for (let j = k + 1; j < toks.length && j < k + 10; j++) if (toks[j]!.text === ')') return j + 1;
  return k;
}

/** Skip a parenthesis ending at j; returns the index before it, or j. */
function skipParenLeft(toks: Tok[], j: number): number {
  if (toks[j]?.text !== ')') return j;
  for (let i = j - 1; i >= 0 && i > j - 10; i--) if (toks[i]!.text === '(') return i - 1;
  return j;
}

/**
 * The noun phrase a relative pronoun at r refers to ("Lynch, who", "the Associated Press report,
 * which"). Any word before a relative pronoun is a noun, a cue word too
 * ("report"); the phrase runs back to its determiner, or to a verb, particle or function word.
 */
export function antecedent(toks: Tok[], r: number, lo: number): NP | null {
  const j = toks[r - 1]?.text === ',' ? r - 2 : r - 1;
  const named = leftNP(toks, j, lo);
  if (named) return named.kind === 'pronoun' ? null : named;
  if (!nounLike(toks[j])) return null;
  let first = j;
  for (let k = j - 1; k >= lo && j - k < 6; k--) {
    const u = toks[k]!;
    if (u.word && DETERMINERS.has(u.lower)) {
      first = k;
      break;
    }
    if (!nounLike(u)) break;
    first = k;
  }
  return { first, last: j, kind: toks[j]!.cap ? 'name' : 'common' };
}

function nounLike(t: Tok | undefined): boolean {
  if (!t?.word || STOP.has(t.lower) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower)) return false;
  return t.cap
    ? !FUNCTION_WORDS.has(t.lower)
    : !/(?:ed|ing)$/.test(t.lower) && !/^(?:out|up|off|down|back)$/.test(t.lower);
}
