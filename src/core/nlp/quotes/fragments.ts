/**
 * Short quoted fragments (one to four words) woven into the writer's sentence: speech or a term?
 *
 * Speech: what someone called something or how they described it, the words they used
 * ("described as “reckless”", "called it “a disgrace”", "eulogized him as his “blood
 * brother”"). Not speech: a name given by a noun ("a technique called “X”", "the name “X”"), a
 * term the sentence goes on to define ("“torpor” — the term for …"), an item of a list
 * ("banks, “creators,” and shops").
 */
import type { Tok } from './words';
import { DESCRIBING_VERBS, NAMING_NOUNS, OBJECT_PRONOUNS, SENSE_VERBS, TERM_NOUNS } from './word-lists';

/** The fragment comes right after a verb of describing and "as", or "called it" and the like. */
export function reportedWords(toks: Tok[], t: number): boolean {
  const prev = toks[t - 1];
  if (!prev?.word) return false;
  // called it “…”, calling them “…”, labelled the plan “…”
  const p2 = toks[t - 2];
  if (p2?.word && /^(?:call|calls|called|calling|label+ed|labels|branded|brands|termed)$/.test(p2.lower)) {
    if (OBJECT_PRONOUNS.has(prev.lower)) return true;
  }
  // described as “…”, described the move as “…”, eulogized him as his “…”
  let k = t - 1;
  if (/^(?:his|her|their|its|a|an|the)$/.test(toks[k]!.lower)) k--;
  if (toks[k]?.lower === 'to') return likenedTo(toks, k);
  if (toks[k]?.lower !== 'as') return false;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const w = toks[j]!;
    if (!w.word || w.quote >= 0 || w.sentEnd) return false;
    if (DESCRIBING_VERBS.has(w.lower)) return true;
  }
  return false;
}

/** likened the rules to “…”, compared him to “…”: the fragment is what someone likened it to. */
function likenedTo(toks: Tok[], to: number): boolean {
  for (let j = to - 1; j >= 0 && j >= to - 5; j--) {
    const w = toks[j]!;
    if (!w.word || w.quote >= 0 || w.sentEnd) return false;
    // ("compared to" right before is a preposition: prices compared to “normal”)
    if (/^(?:likened|likens|likening|liken)$/.test(w.lower)) return true;
    if (/^(?:compared|compares|comparing)$/.test(w.lower)) return j < to - 1;
  }
  return false;
}

/** A name given by a noun before it: a technique called “…”, the name “…”. */
export function namedByNoun(toks: Tok[], t: number): boolean {
  const prev = toks[t - 1];
  if (!prev?.word) return false;
  if (NAMING_NOUNS.has(prev.lower)) return true;
  if (prev.lower !== 'called' && prev.lower !== 'known') return false;
  const before = toks[t - 2];
  // (what he called “…”, which Smith called “…”: speech; a film called “…”: a name)
  return (
    !!before?.word &&
    !before.cap &&
    !OBJECT_PRONOUNS.has(before.lower) &&
    !/^(?:he|she|they|we|i|you|who|once|also|later|previously|repeatedly|publicly|has|have|had)$/.test(before.lower) &&
    !/ly$/.test(before.lower)
  );
}

/** What a condition is named after: diagnosed with “…”, suffers from “…”, treated for “…”. */
const CONDITION_VERBS = new Set([
  'diagnosed',
  'diagnosis',
  'suffers',
  'suffered',
  'suffering',
  'treated',
  'hospitalized',
  'hospitalised',
]);

/** diagnosed with “selective mutism”: the name of a condition, not someone's words. */
export function conditionName(toks: Tok[], t: number): boolean {
  let k = t - 1;
  if (toks[k]?.word && /^(?:a|an|the)$/.test(toks[k]!.lower)) k--;
  const prep = toks[k];
  const verb = toks[k - 1];
  return !!prep?.word && /^(?:with|from|for)$/.test(prep.lower) && !!verb?.word && CONDITION_VERBS.has(verb.lower);
}

/** “torpor” — the term for …: a term the sentence defines. */
export function definedTerm(toks: Tok[], t: number): boolean {
  let k = t + 1;
  if (toks[k] && /^[—–(,-]$/.test(toks[k]!.text)) k++;
  if (toks[k] && /^(?:the|a|an)$/.test(toks[k]!.lower)) k++;
  return !!toks[k]?.word && TERM_NOUNS.has(toks[k]!.lower);
}

/** banks, “creators,” and shops: a list item between commas and "and"/"or". */
export function listItem(toks: Tok[], t: number, inner: string): boolean {
  const prev = toks[t - 1];
  const next = toks[t + 1];
  if (prev?.text !== ',') return false;
  const nextWord = next?.text === ',' ? toks[t + 2] : next;
  return (/,$/.test(inner) || next?.text === ',') && !!nextWord && /^(?:and|or)$/.test(nextWord.lower);
}

const ADJECTIVE = /^\p{Ll}+(?:ing|al|ful|ous|ive|ic|ant|ent|able|ible)$/u;

/** the “a-ha!” moment, a “supermax” prison: a fragment between a determiner and its noun. */
export function modifiesNoun(toks: Tok[], t: number): boolean {
  // (an adjective, and an adverb before it, may stand between: that truly satisfying “a-ha!” moment)
  let k = t - 1;
  if (toks[k]?.word && ADJECTIVE.test(toks[k]!.text)) {
    k--;
    if (toks[k]?.word && /^\p{Ll}+ly$/u.test(toks[k]!.text)) k--;
  }
  const prev = toks[k];
  const next = toks[t + 1];
  return (
    !!prev?.word &&
    /^(?:a|an|the|this|that|these|those)$/.test(prev.lower) &&
    !!next?.word &&
    !next.cap &&
    !/^(?:said|says|told|added|wrote|asked|and|or|but|is|was|are|were)$/.test(next.lower)
  );
}

/** One word of the senses or the mind in marks (cells that “taste”): a loose use of the word. */
export function looseVerb(inner: string): boolean {
  const w = inner.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return /^\p{Ll}+$/u.test(w) && SENSE_VERBS.has(w);
}
