/**
 * Cues: the verbs and phrases that tag speech at a token ("said", "told reporters", "according
 * to", "reads", "— Name"), with the checks that tell a cue verb from the same word as a noun.
 * The words themselves are in cue-words.ts.
 */
import type { Tok } from './words';
import { CUE_PHRASES, CUE_WORDS } from './cue-words';
import { isAdverb, leftNP, rightNP, type Cue, type NP } from './phrases';
import { DETERMINERS, STOP } from './word-lists';
import { SUBJECT_PRONOUNS } from './lexicon';

// (the entity stage reads the cue words from here too)
export { CUE_WORDS } from './cue-words';

/** CUE_PHRASES with each rest split once (cueAt runs for every token scanned). */
const PHRASE_PARTS = new Map<string, string[][]>();
for (const [first, list] of CUE_PHRASES)
  PHRASE_PARTS.set(
    first,
    list.map(([rest]) => rest.split(' ')),
  );

export function cueAt(toks: Tok[], k: number): Cue | null {
  const t = toks[k];
  if (!t || !t.word) return null;
  // "The sign reads: “…”", "At the bottom it reads, “…”": "read" tags the quotation it introduces.
  if (
    isRead(t) &&
    k > 0 &&
    (toks[k + 1]?.quote ?? -1) < 0 &&
    /^[,:]$/.test(toks[k + 1]?.text ?? '') &&
    (toks[k + 2]?.quote ?? -1) >= 0
  )
    return { first: k, end: k + 1 };
  if (relatedAs(toks, k)) return { first: k, end: k + 1 };
  // Most words are no cue: ruled out first, before the checks that look at their neighbours.
  const lw = t.lower;
  if (lw !== 'according' && !CUE_WORDS.has(lw) && !PHRASE_PARTS.has(lw)) return null;
  // "United States", "Post": a capitalised word inside a sentence is a name, not a verb.
  if (t.cap && k > 0 && !toks[k - 1]!.sentEnd && toks[k - 1]!.quote < 0) return null;
  // "a similar question", "the statement": after a determiner the word is a noun; but a count
  // after "of" ends a description ("the mother of three replied": a verb in the past or "says").
  const p1 = toks[k - 1];
  const counted = toks[k - 2]?.lower === 'of' && /^(?:one|two|three|four|five)$/.test(p1?.lower ?? '');
  if (p1?.word && DETERMINERS.has(p1.lower) && !(counted && /(?:ed|^said|^told|^wrote|^says)$/.test(lw))) return null;
  // "the FBI's report", "Trump's remarks": after a possessive, a lemma or -s form is a noun
  // ("Trump's warned" is "has warned").
  if (p1?.word && /['’]s$/.test(p1.text) && !/(?:ed|ing)$/.test(lw) && CUE_WORDS.has(lw)) return null;
  // "a similar question:": an adjective between (crude: -ar/-al/-ic/-ive/-ous endings).
  const p2 = toks[k - 2];
  if (p2?.word && /^(?:a|an)$/.test(p2.lower) && p1?.word && CUE_WORDS.get(t.lower) === t.lower) return null;
  // "made the following comment:", "asked the final question:": before a colon, after "the" and
  // a word that is no plural noun ("the senators say:" is a subject and its verb), a bare lemma
  // is a noun too.
  if (
    p2?.word &&
    p2.lower === 'the' &&
    p1?.word &&
    !p1.cap &&
    !p1.lower.endsWith('s') &&
    toks[k + 1]?.text === ':' &&
    CUE_WORDS.get(t.lower) === t.lower
  )
    return null;
  if (reducedRelative(toks, k)) return null;
  if (t.lower === 'according' && toks[k + 1]?.lower === 'to') return { first: k, end: k + 2 };
  const phrases = PHRASE_PARTS.get(t.lower);
  if (phrases) {
    for (const parts of phrases) {
      let i = 0;
      while (i < parts.length && toks[k + 1 + i]?.lower === parts[i]) i++;
      if (i === parts.length) return { first: k, end: k + 1 + parts.length };
    }
  }
  if (CUE_WORDS.has(t.lower)) return { first: k, end: k + 1 };
  return null;
}

/**
 * "As he related, “the …”": "related" tells speech only in this frame ("as", a subject, the
 * verb, a comma and the quotation); elsewhere it is mostly "related to".
 */
function relatedAs(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  if (t.lower !== 'related' && t.lower !== 'relates') return false;
  if (toks[k + 1]?.text !== ',' || (toks[k + 2]?.quote ?? -1) < 0) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (!toks[j]!.word || toks[j]!.quote >= 0) return false;
    if (toks[j]!.lower === 'as') return j < k - 1;
  }
  return false;
}

/** Verbs that follow a reduced relative clause ("the letter he wrote was"). */
const AFTER_RELATIVE = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'remains']);

/**
 * "the letter Mike wrote was “kind”", "the words she told him are": the verb is inside a relative
 * clause without "that" (a determined noun, its subject, the verb, then the main clause's verb),
 * and what it tags is the noun, not a quotation.
 */
function reducedRelative(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (!next?.word || !AFTER_RELATIVE.has(next.lower)) return false;
  let s = k - 1;
  if (toks[s]?.word && SUBJECT_PRONOUNS.has(toks[s]!.lower)) s--;
  else while (s > k - 4 && toks[s]?.word && toks[s]!.cap) s--;
  if (s === k - 1) return false;
  const noun = toks[s];
  const det = toks[s - 1];
  return (
    noun?.word === true &&
    !noun.cap &&
    !STOP.has(noun.lower) &&
    !CUE_WORDS.has(noun.lower) &&
    det?.word === true &&
    (DETERMINERS.has(det.lower) || /['’]s$/.test(det.text))
  );
}

/** “…” ― Pamela Padilla: a dash, a name, and nothing else before the end of the sentence. */
export function dashAttribution(toks: Tok[], t: number): { np: NP; cue: Cue; end: number } | null {
  const d = toks[t + 1];
  if (!d || !/^[―—–-]$/.test(d.text)) return null;
  const found = rightNP(toks, t + 2, Math.min(toks.length, t + 12));
  if (!found || found.kind !== 'name') return null;
  const np = maskedName(toks, found);
  const after = toks[np.last + 1];
  if (after && after.quote < 0 && !/^[.,;]$/.test(after.text)) return null;
  return { np, cue: { first: t + 1, end: t + 2 }, end: np.last + 1 };
}

/**
 * "– Ali***", "– Jo** Al****": reviews and readers' letters print a signer's name with letters
 * masked by asterisks; the masks (and a masked second name) belong to the name.
 */
function maskedName(toks: Tok[], np: NP): NP {
  let last = np.last;
  for (let n = 0; n < 3; n++) {
    let k = last + 1;
    while (toks[k]?.text === '*' && toks[k]!.start === toks[k - 1]!.end) k++;
    if (k === last + 1) break;
    last = k - 1;
    const next = toks[k];
    if (!next?.word || !next.cap || next.quote >= 0 || toks[k + 1]?.text !== '*') break;
    last = k;
  }
  return last === np.last ? np : { first: np.first, last, kind: np.kind };
}

/**
 * “…,” Trump barked / Hannity pressed / Bennett shot back: after a quotation that leaves its
 * sentence open (comma, question or exclamation mark), a subject and any finite verb tag speech.
 */
export function speechLikeVerb(toks: Tok[], t: number, j: number): Cue | null {
  const v = toks[j];
  if (!v || !v.word || v.cap || STOP.has(v.lower) || DETERMINERS.has(v.lower)) return null;
  if (!/[,—–-][\s'"”’»]*$/.test(toks[t]!.text) && toks[t + 1]?.cap) return null;
  if (!/[,?!—–-][\s'"”’»]*$/.test(toks[t]!.text)) return null;
  if (
    !/(?:ed|es|s)$/.test(v.lower) &&
    !/^(?:shot|went|spoke|began|broke|cut|put|bit|sang|swore|wrote|told|said|read)$/.test(v.lower)
  )
    return null;
  const particle = toks[j + 1]?.word && /^(?:back|up|out|on|in)$/.test(toks[j + 1]!.lower) ? 1 : 0;
  return { first: j, end: j + 1 + particle };
}

/** “This is fantastic!” beamed Donald Hartley: an unlisted past-tense verb before a name. */
export function invertedVerb(toks: Tok[], t: number, k: number): Cue | null {
  const v = toks[k];
  if (!v || !v.word || v.cap || !v.lower.endsWith('ed') || STOP.has(v.lower)) return null;
  if (!/[,?!—–-][\s'"”’»]*$/.test(toks[t]!.text) || !toks[k + 1]?.cap) return null;
  return { first: k, end: k + 1 };
}

export function isRead(t: Tok | undefined): boolean {
  return t !== undefined && t.word && !t.cap && (t.lower === 'read' || t.lower === 'reads');
}

/** A cue verb in a finite form: "declares", "opined", not "declare" or "declaring". */
export function finiteCue(t: Tok): boolean {
  const lemma = CUE_WORDS.get(t.lower);
  return lemma !== undefined && lemma !== t.lower && !t.lower.endsWith('ing');
}

/**
 * A cue (or "reads") at i, perhaps after a short prepositional phrase and adverbs: “…,” the
 * editorial board recently wrote / a welcome message on the website reads.
 */
export function cueFollows(toks: Tok[], i: number, hi: number): boolean {
  if (toks[i]?.word && /^(?:of|for|at|with|from|in|on)$/.test(toks[i]!.lower)) {
    let c = i + 1;
    while (c < hi && c < i + 6 && toks[c]!.word && !cueAt(toks, c) && !isRead(toks[c]) && !isAdverb(toks[c]!)) c++;
    if (c > i + 1) i = c;
  }
  while (i < hi && isAdverb(toks[i]!)) i++;
  return cueAt(toks, i) !== null || isRead(toks[i]);
}

/** “In Shadlen's words, “…”", "In the words of Tom Reed: “…”": the words are that person's. */
export function inWordsOf(toks: Tok[], t: number, lo: number): { np: NP; cue: Cue } | null {
  let k = t - 1;
  if (k >= lo && /^[,:]$/.test(toks[k]!.text)) k--;
  if (k - 2 < lo) return null;
  const w = toks[k]!;
  if (w.word && w.lower === 'words' && /['’]s?$/.test(toks[k - 1]!.text) && toks[k - 1]!.cap) {
    const np = leftNP(toks, k - 1, lo);
    return np && np.kind === 'name' ? { np, cue: { first: k, end: k + 1 } } : null;
  }
  // "in the words of X", "in the words of one resident" (a description names a speaker too)
  const np = leftNP(toks, k, lo) ?? wordsOfDescription(toks, k, lo);
  if (!np || np.kind === 'pronoun' || np.first - 3 < lo) return null;
  const [a, b, c] = [toks[np.first - 3]!, toks[np.first - 2]!, toks[np.first - 1]!];
  return a.lower === 'the' && b.lower === 'words' && c.lower === 'of'
    ? { np, cue: { first: np.first - 2, end: np.first } }
    : null;
}

/** "the words of one resident": the described speaker after "the words of", up to k. */
function wordsOfDescription(toks: Tok[], k: number, lo: number): NP | null {
  for (let of = k - 1; of >= lo + 2 && of >= k - 5; of--) {
    if (toks[of]!.lower !== 'of' || toks[of - 1]!.lower !== 'words') continue;
    const np = rightNP(toks, of + 1, k + 1, true);
    return np && np.last === k && np.kind === 'common' ? np : null;
  }
  return null;
}
