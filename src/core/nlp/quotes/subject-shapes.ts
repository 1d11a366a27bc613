/**
 * Subject phrases of shapes the plain noun-phrase reading misses: a person coordinated with their
 * own group ("Ruiz and her team wrote", shown as the person the group is named through), a
 * description ending in a count ("the mother of three replied"), a name after a speech verb that
 * follows a comma ("…, said Ann Ode, a scholar"), the subject of a clause joined by ", and" before
 * a colon, and the passive clause whose subject is no speaker ("was described as “…”").
 */
import type { Tok } from './words';
import { leftNP, rightNP, type Cue, type NP } from './phrases';
import { DETERMINERS } from './word-lists';
import { finiteCue } from './cues';

/** Possessives that tie a group to the person named just before ("his team", "her lawyers"). */
const OWNERS = new Set(['his', 'her', 'their']);

/** The name coordinated before a phrase like "his team" at `np`, or null. */
export function namedConjunct(toks: Tok[], np: NP, lo: number): NP | null {
  if (np.kind !== 'common' || !OWNERS.has(toks[np.first]!.lower)) return null;
  const and = toks[np.first - 1];
  if (!and?.word || and.lower !== 'and') return null;
  const name = leftNP(toks, np.first - 2, lo);
  return name && name.kind === 'name' && name.last === np.first - 2 ? name : null;
}

/** "the 34-year-old mother of three", "a father of 2": the phrase ending in a count at `j`. */
export function countedPhrase(toks: Tok[], j: number, lo: number): NP | null {
  const n = toks[j];
  if (
    !n?.word ||
    n.cap ||
    !(/^\d+$/.test(n.text) || (DETERMINERS.has(n.lower) && /^(?:two|three|four|five|one)$/.test(n.lower)))
  )
    return null;
  if (toks[j - 1]?.lower !== 'of' || !toks[j - 1]!.word) return null;
  const head = leftNP(toks, j - 2, lo);
  return head && head.kind === 'common' && head.last === j - 2 ? { first: head.first, last: j, kind: 'common' } : null;
}

/**
 * "“…” announced in October, said Derek Scissors, a scholar": a speech verb after a comma with a
 * name right after it, and the name closed by a comma or the sentence ("…, said that Rudolph “…”"
 * is no inversion).
 */
export function nameAfterCommaCue(toks: Tok[], j: number, c: Cue, lo: number, hi: number): NP | null {
  if (j <= lo || toks[j - 1]!.text !== ',') return null;
  const np = rightNP(toks, c.end, hi);
  if (!np || np.kind !== 'name' || np.first !== c.end) return null;
  return /^[,.]$/.test(toks[np.last + 1]?.text ?? '.') ? np : null;
}

/**
 * "All “relevant sites” were disinfected, reports the paper.": a finite cue after a comma,
 * with its subject after it and nothing more before the sentence ends, tags the whole sentence.
 */
export function subjectAfterEndCue(toks: Tok[], j: number, c: Cue, lo: number, hi: number): NP | null {
  if (j <= lo || toks[j - 1]!.text !== ',' || !finiteCue(toks[j]!)) return null;
  const np = rightNP(toks, c.end, hi) ?? rightNP(toks, c.end, hi, true);
  if (!np || np.kind === 'pronoun' || np.first !== c.end) return null;
  // (the phrase has to end the sentence: "…, said that Rudolph “…”" is no inversion)
  const after = toks[np.last + 1];
  return toks[c.end]!.lower !== 'that' && (!after || (after.sentEnd && after.quote < 0)) ? np : null;
}

/** Whether the quotation at token t completes a passive verb: "was called", "has been described as". */
export function passiveBefore(toks: Tok[], lo: number, t: number): boolean {
  let k = t - 1;
  if (k > lo && toks[k]!.lower === 'as') k--;
  const verb = toks[k];
  if (k <= lo || !verb?.word || verb.cap || !/(?:ed|en|lt)$/.test(verb.lower)) return false;
  let a = k - 1;
  // "was widely described as"
  if (a > lo && toks[a]!.word && toks[a]!.lower.endsWith('ly')) a--;
  return a >= lo && toks[a]!.word && /^(?:was|were|been|being|be|is|are)$/.test(toks[a]!.lower);
}

/** A verb (or auxiliary) right after a subject: "will", "was", "has", "wondered", "asks". */
const VERB_AFTER_SUBJECT =
  /^(?:will|would|is|was|are|were|has|have|had|can|could|may|might|must|should|did|does|do|\p{Ll}+ed|\p{Ll}+[^s\W]s)$/u;

/**
 * "Swift has a new deal, and the label will be left to wonder: “…”": the subject of the last
 * clause joined by ", and" or ", but" before the colon at `hi`, not the sentence's first subject.
 */
export function conjoinedSubject(toks: Tok[], lo: number, hi: number): NP | null {
  for (let c = hi - 1; c > lo; c--) {
    const u = toks[c]!;
    if (u.quote >= 0) return null;
    if (u.text !== ',') continue;
    const and = toks[c + 1];
    if (!and?.word || (and.lower !== 'and' && and.lower !== 'but')) return null;
    const np = rightNP(toks, c + 2, hi) ?? rightNP(toks, c + 2, hi, true);
    if (!np || np.first !== c + 2 || np.kind === 'pronoun') return null;
    const v = toks[np.last + 1];
    return v?.word && !v.cap && VERB_AFTER_SUBJECT.test(v.lower) ? np : null;
  }
  return null;
}
