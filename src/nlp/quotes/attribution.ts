/**
 * Speaker attribution: the cue next to a quotation and the noun phrase that is its subject
 * ("X said", "said X", "X, a spokesman, said", "according to X", "X:"), searched in the
 * quotation's own sentence, then the paragraph, then the previous paragraph (a turn continuing).
 */
import type { Tok } from './words';
import { CUE_WORDS, CUE_PHRASES, INVERTIBLE } from './cues';
import { FUNCTION_WORDS, type Discourse, type Para, type PersonRef } from './discourse';
import { ROLE_NOUNS, SUBJECT_PRONOUNS, TITLES } from './lexicon';

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

export interface Attribution {
  np: NP;
  cue: Cue | null;
  /** Paragraph whose tokens the NP indexes. */
  para: number;
  /** Index after the last token the attribution used (for joining “A,” he said, “B.”). */
  end: number;
  /** How it was found, for the classifier: next to the quotation, in its sentence, or further. */
  scope: 'adjacent' | 'sentence' | 'paragraph' | 'previous';
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'another', 'some', 'many', 'several', 'both', 'two', 'three', 'four', 'five', 'no', 'every', 'each', 'one', 'any', 'other', 'most', 'few']);

const STOP = new Set(
  `in on at after before to by for with from about against into onto over under during since until than via per as like
  and or but nor so yet because although though while if when whereas unless whether where
  is are was were be been being has have had do does did will would shall should can could may might must 's
  he she they it we i you him them us me who whom which what that there here
  not also then just only even still very too never ever again already always often
  according said says told read reads wrote writes`.split(/\s+/),
);

/** Adverbs and auxiliaries that may stand between a subject and its cue verb. */
const BETWEEN = new Set(
  `also later then has have had would will 'd once previously recently again repeatedly publicly privately flatly
  reportedly simply just never often always quickly subsequently further already even still not did does do could
  should may might must can first last initially directly openly angrily bluntly frankly candidly pointedly proudly
  has since earlier finally ultimately once himself herself themselves itself is was were are`.split(/\s+/),
);

const PREPOSITIONS = new Set(
  `in on at after before to by for with from about against into onto over under during since until via per through
  across along among around behind beside between beyond near of off toward towards upon within without like labeled`.split(/\s+/),
);

const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow morning afternoon evening
  night week month year january february march april may june july august september october november december last this
  next on in at during after before earlier later recently`.split(/\s+/),
);

/** CUE_PHRASES with each rest split once (cueAt runs for every token scanned). */
const PHRASE_PARTS = new Map<string, string[][]>();
for (const [first, list] of CUE_PHRASES) PHRASE_PARTS.set(first, list.map(([rest]) => rest.split(' ')));

export function cueAt(toks: Tok[], k: number): Cue | null {
  const t = toks[k];
  if (!t || !t.word) return null;
  // "The sign reads: “…”", "At the bottom it reads, “…”": "read" tags the quotation it introduces.
  if (isRead(t) && k > 0 && (toks[k + 1]?.quote ?? -1) < 0 && /^[,:]$/.test(toks[k + 1]?.text ?? '') && (toks[k + 2]?.quote ?? -1) >= 0) return { first: k, end: k + 1 };
  // Most words are no cue: ruled out first, before the checks that look at their neighbours.
  const lw = t.lower;
  if (lw !== 'according' && !CUE_WORDS.has(lw) && !PHRASE_PARTS.has(lw)) return null;
  // "United States", "Post": a capitalised word inside a sentence is a name, not a verb.
  if (t.cap && k > 0 && !toks[k - 1]!.sentEnd && toks[k - 1]!.quote < 0) return null;
  // "a similar question", "the statement": after a determiner the word is a noun.
  const p1 = toks[k - 1];
  if (p1?.word && DETERMINERS.has(p1.lower)) return null;
  // "the FBI's report", "Trump's remarks": after a possessive, a lemma or -s form is a noun
  // ("Trump's warned" is "has warned").
  if (p1?.word && /['’]s$/.test(p1.text) && !/(?:ed|ing)$/.test(lw) && CUE_WORDS.has(lw)) return null;
  // "a similar question:": an adjective between (crude: -ar/-al/-ic/-ive/-ous endings).
  const p2 = toks[k - 2];
  if (p2?.word && /^(?:a|an)$/.test(p2.lower) && p1?.word && CUE_WORDS.get(t.lower) === t.lower) return null;
  // "made the following comment:", "asked the final question:": before a colon, after "the" and
  // a word that is no plural noun ("the senators say:" is a subject and its verb), a bare lemma
  // is a noun too.
  if (p2?.word && p2.lower === 'the' && p1?.word && !p1.cap && !p1.lower.endsWith('s') && toks[k + 1]?.text === ':' && CUE_WORDS.get(t.lower) === t.lower) return null;
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

function isAdverb(t: Tok): boolean {
  return t.word && !t.cap && (BETWEEN.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4 && !ROLE_NOUNS[t.lower]));
}

function headOk(t: Tok): boolean {
  if (t.cap) return true;
  if (ROLE_NOUNS[t.lower] !== undefined) return true;
  return /(?:er|or|ist|ian|man|woman|men|ent|ant|ee|ers|ors|ists|ians|ents|ants|ees|ess|-old|-olds)$/.test(t.lower);
}

function npWord(t: Tok): boolean {
  if (!t.word) return false;
  if (t.cap) return !FUNCTION_WORDS.has(t.lower) || Object.prototype.hasOwnProperty.call(TITLES, t.lower);
  return !STOP.has(t.lower) && !CUE_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !TIME_WORDS.has(t.lower) && !isAdverb(t);
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
  const nounAfterDeterminer = t.word && !t.cap && CUE_WORDS.has(t.lower) && j - 1 >= lo && DETERMINERS.has(toks[j - 1]!.lower);
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
    if (u.word && u.lower === 'of' && toks[k + 1]?.cap && toks[k - 1]?.word && (toks[k - 1]!.cap || ROLE_NOUNS[toks[k - 1]!.lower] !== undefined)) {
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
  while (first < j && toks[first]!.cap && FUNCTION_WORDS.has(toks[first]!.lower) && !DETERMINERS.has(toks[first]!.lower)) first++;
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
    if (!nounAfterDeterminer && (!npWord(u) || CUE_WORDS.has(u.lower) || isAdverb(u))) break;
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
const MAX_REACH = 120;

function sentenceStart(toks: Tok[], t: number): number {
  let s = t;
  while (s > 0 && t - s < MAX_REACH && !toks[s - 1]!.sentEnd) s--;
  return s;
}

function sentenceEnd(toks: Tok[], t: number): number {
  let e = t;
  while (e < toks.length - 1 && e - t < MAX_REACH && !toks[e]!.sentEnd) e++;
  return e + 1;
}

function skipAdverbsLeft(toks: Tok[], j: number, lo: number): number {
  while (j >= lo && (isAdverb(toks[j]!) || (toks[j]!.word && TIME_WORDS.has(toks[j]!.lower) && !/^(?:on|in|at|this|next|last|during|after|before)$/.test(toks[j]!.lower)))) j--;
  return j;
}

/** Skip a parenthesis starting at k ("(D-Wis.)"); returns the index after it, or k. */
function skipParenRight(toks: Tok[], k: number): number {
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

/** “…” ― Pamela Padilla: a dash, a name, and nothing else before the end of the sentence. */
function dashAttribution(toks: Tok[], t: number): { np: NP; cue: Cue; end: number } | null {
  const d = toks[t + 1];
  if (!d || !/^[―—–-]$/.test(d.text)) return null;
  const np = rightNP(toks, t + 2, Math.min(toks.length, t + 12));
  if (!np || np.kind !== 'name') return null;
  const after = toks[np.last + 1];
  if (after && after.quote < 0 && !/^[.,;]$/.test(after.text)) return null;
  return { np, cue: { first: t + 1, end: t + 2 }, end: np.last + 1 };
}

/**
 * “…,” Trump barked / Hannity pressed / Bennett shot back: after a quotation that leaves its
 * sentence open (comma, question or exclamation mark), a subject and any finite verb tag speech.
 */
function speechLikeVerb(toks: Tok[], t: number, j: number): Cue | null {
  const v = toks[j];
  if (!v || !v.word || v.cap || STOP.has(v.lower) || DETERMINERS.has(v.lower)) return null;
  if (!/[,—–-][\s'"”’»]*$/.test(toks[t]!.text) && toks[t + 1]?.cap) return null;
  if (!/[,?!—–-][\s'"”’»]*$/.test(toks[t]!.text)) return null;
  if (!/(?:ed|es|s)$/.test(v.lower) && !/^(?:shot|went|spoke|began|broke|cut|put|bit|sang|swore|wrote|told|said|read)$/.test(v.lower)) return null;
  const particle = toks[j + 1]?.word && /^(?:back|up|out|on|in)$/.test(toks[j + 1]!.lower) ? 1 : 0;
  return { first: j, end: j + 1 + particle };
}

/** “This is fantastic!” beamed Donald Hartley: an unlisted past-tense verb before a name. */
function invertedVerb(toks: Tok[], t: number, k: number): Cue | null {
  const v = toks[k];
  if (!v || !v.word || v.cap || !v.lower.endsWith('ed') || STOP.has(v.lower)) return null;
  if (!/[,?!—–-][\s'"”’»]*$/.test(toks[t]!.text) || !toks[k + 1]?.cap) return null;
  return { first: k, end: k + 1 };
}

function isRead(t: Tok | undefined): boolean {
  return t !== undefined && t.word && !t.cap && (t.lower === 'read' || t.lower === 'reads');
}

/** A cue verb in a finite form: "declares", "opined", not "declare" or "declaring". */
function finiteCue(t: Tok): boolean {
  const lemma = CUE_WORDS.get(t.lower);
  return lemma !== undefined && lemma !== t.lower && !t.lower.endsWith('ing');
}

/**
 * A cue (or "reads") at i, perhaps after a short prepositional phrase and adverbs: “…,” the
 * editorial board recently wrote / a welcome message on the website reads.
 */
function cueFollows(toks: Tok[], i: number, hi: number): boolean {
  if (toks[i]?.word && /^(?:of|for|at|with|from|in|on)$/.test(toks[i]!.lower)) {
    let c = i + 1;
    while (c < hi && c < i + 6 && toks[c]!.word && !cueAt(toks, c) && !isRead(toks[c]) && !isAdverb(toks[c]!)) c++;
    if (c > i + 1) i = c;
  }
  while (i < hi && isAdverb(toks[i]!)) i++;
  return cueAt(toks, i) !== null || isRead(toks[i]);
}

/** “…,” said Smith / “…,” Smith said / “…,” Smith, a spokesman, said Monday. */
export function attributeAfter(toks: Tok[], t: number): { np: NP; cue: Cue; end: number } | null {
  // “… .” ends its sentence: what follows is a new sentence (“…?” Smith asked. is still one).
  let k = t + 1;
  if (/\.[\s'"”’»]*$/.test(toks[t]!.text) && (!toks[k] || toks[k]!.cap)) return null;
  if (toks[k] && (toks[k]!.text === ',' || toks[k]!.text === '—' || toks[k]!.text === '–')) k++;
  const hi = Math.min(toks.length, k + 24);
  // “…,” read the statement / reads a Wednesday editorial: "read" tags a document that follows.
  if (isRead(toks[k]) && toks[k + 1]?.word && DETERMINERS.has(toks[k + 1]!.lower)) {
    const np = rightNP(toks, k + 1, hi, true);
    if (np && np.kind === 'common') return { np, cue: { first: k, end: k + 1 }, end: np.last + 1 };
  }
  const cue = cueAt(toks, k) ?? invertedVerb(toks, t, k);
  if (cue) {
    const np = rightNP(toks, cue.end, hi) ?? rightNP(toks, cue.end, hi, true);
    if (np && (INVERTIBLE.has(toks[k]!.lower) || toks[k]!.lower === 'according' || cue.end - cue.first === 1 && !CUE_WORDS.has(toks[k]!.lower))) return { np, cue, end: skipParenRight(toks, np.last + 1) };
    // “…,” declares Stephanie Acs / opined the Plain Dealer: any finite cue verb inverts after a
    // quotation left open, with a name or a noun for a speaker after it ("posted the clip" is not).
    if (np && finiteCue(toks[k]!) && /[,?!—–-][\s'"”’»]*$/.test(toks[t]!.text) && headOk(toks[np.last]!)) {
      return { np, cue, end: skipParenRight(toks, np.last + 1) };
    }
    return null;
  }
  let np = rightNP(toks, k, hi);
  // “…,” the ruling said / the union wrote: any noun is a speaker when a cue follows at once.
  if (!np || !cueAt(toks, np.last + 1)) {
    const t0 = toks[k];
    const loose = t0 && t0.word && !t0.cap ? rightNP(toks, k, hi, true) : null;
    if (loose && (!np || loose.last > np.last) && cueFollows(toks, loose.last + 1, hi)) np = loose;
  }
  if (!np) return null;
  let j = skipParenRight(toks, np.last + 1);
  // “…,” a spokesman for the campaign said / chief of staff, Joe Kasper, told: a short
  // prepositional phrase after the head, when a comma or the cue follows it.
  if (toks[j]?.word && /^(?:of|for|at|with|from|in|on)$/.test(toks[j]!.lower)) {
    let c = j + 1;
    while (c < hi && c < j + 8 && toks[c]!.word && !cueAt(toks, c) && !isRead(toks[c]) && !isAdverb(toks[c]!)) c++;
    if (c > j + 1 && (toks[c]?.text === ',' || cueAt(toks, c) || isRead(toks[c]))) j = c;
  }
  // Appositives or a "who" clause, each up to the next comma ("Smith, 27, a veteran, said").
  for (let n = 0; n < 3 && toks[j]?.text === ',' && !cueAt(toks, j + 1); n++) {
    let c = j + 1;
    while (c < hi && toks[c]!.text !== ',' && toks[c]!.quote < 0 && !toks[c]!.sentEnd) c++;
    if (toks[c]?.text !== ',') break;
    j = c;
  }
  if (toks[j]?.text === ',') j++;
  while (j < hi && (isAdverb(toks[j]!) || TIME_WORDS.has(toks[j]!.lower))) j++;
  const cue2 = cueAt(toks, j) ?? (isRead(toks[j]) ? { first: j, end: j + 1 } : null) ?? speechLikeVerb(toks, t, j);
  if (!cue2) return null;
  return { np, cue: cue2, end: cue2.end };
}

/** A cue left of the quotation in its sentence, with its subject ("X said that …“…”"). */
function attributeBefore(toks: Tok[], t: number, lo: number, person: (np: NP) => boolean): { np: NP; cue: Cue } | null {
  const colon = toks[t - 1]?.text === ':' && t - 2 >= lo;
  // "X said: “…”"
  if (colon) {
    const j = skipAdverbsLeft(toks, t - 2, lo);
    const c = cueAt(toks, j);
    if (c) {
      const np = participleSubject(toks, j, lo) ?? leftNP(toks, skipAdverbsLeft(toks, j - 1, lo), lo);
      if (np) return outerSpeaker(toks, np, lo) ?? { np, cue: { first: j, end: j + 1 } };
    }
    // "Pollsters agree - Carl Bialik: “…”": a name after a dash introduces the quotation, not
    // the cue before the dash.
    const named = leftNP(toks, t - 2, lo);
    if (named && named.kind === 'name' && named.first > lo && /^[―—–-]$/.test(toks[named.first - 1]!.text)) return { np: named, cue: { first: t - 1, end: t } };
  }
  for (let j = t - 1; j >= lo; j--) {
    const c = cueAt(toks, j);
    if (!c) continue;
    const got = subjectOfCue(toks, j, c, lo, t);
    if (got) return mainClauseSpeaker(toks, lo, j, t) ?? outerSpeaker(toks, got, lo) ?? { np: got, cue: c };
  }
  if (colon) {
    // "X: “…”" after a name that opens the sentence or follows a dash; "More from Jones: “…”".
    const np = leftNP(toks, t - 2, lo);
    const p = np ? toks[np.first - 1] : undefined;
    if (np && np.kind === 'name' && (np.first === lo || /^[―—–-]$/.test(p?.text ?? '') || (p?.lower === 'from' && person(np)))) return { np, cue: { first: t - 1, end: t } };
    // "Trump went even further: “…”": the sentence's subject.
    const subj = sentenceSubject(toks, lo, t - 1);
    if (subj) return { np: subj, cue: { first: t - 1, end: t } };
    // "The surge does not surprise pollster Daron Shaw: “…”": a person named just before the colon.
    if (np && np.kind === 'name' && person(np)) return { np, cue: { first: t - 1, end: t } };
    // "A footnote in the report makes that clear: “…”": a document or group as the subject.
    const common = commonSubject(toks, lo, t - 1);
    if (common) return { np: common, cue: { first: t - 1, end: t } };
  }
  return null;
}

/** Reporting verbs that take a clause ("said he", "told reporters that she"). */
const CLAUSE_CUES = new Set(['say', 'tell', 'add', 'write', 'note', 'argue', 'insist', 'claim', 'explain', 'recall', 'acknowledge', 'admit', 'announce', 'suggest', 'contend', 'warn', 'state', 'declare', 'predict', 'concede', 'assert', 'maintain', 'report', 'testify', 'confirm', 'tweet', 'post', 'answer', 'reply', 'respond']);

/**
 * "Trump said he told them: “…”": a pronoun subject of a clause reported by a speech verb
 * before it. The quotation is the outer speaker's (PolNeAR annotates only the outermost
 * attribution, and the outer subject is the mention that names the speaker here).
 */
function outerSpeaker(toks: Tok[], np: NP, lo: number): { np: NP; cue: Cue } | null {
  const p = toks[np.first]!;
  if (np.kind !== 'pronoun' || !NOMINATIVE.has(p.lower)) return null;
  let q = np.first - 1;
  if (toks[q]?.word && toks[q]!.lower === 'that') q--;
  q = skipAdverbsLeft(toks, q, lo);
  // ("told reporters he", "told CNN on Sunday that she": the verb's object between)
  for (let k = q; k >= lo && k >= q - 4; k--) {
    const u = toks[k]!;
    if (!u.word || u.quote >= 0) break;
    const c = cueAt(toks, k);
    if (!c) continue;
    const lemma = CUE_WORDS.get(u.lower);
    if (!lemma || !CLAUSE_CUES.has(lemma) || (k < q && lemma !== 'tell')) return null;
    const outer = subjectOfCue(toks, k, c, lo, np.first);
    return outer ? { np: outer, cue: c } : null;
  }
  return null;
}

/**
 * The subject of the cue at j: "according to X", "Said X," at a sentence start, the subject of
 * a participle, the noun phrase before the verb, or the head of a relative clause before it
 * ("A White House official who spoke anonymously said …").
 */
function subjectOfCue(toks: Tok[], j: number, c: Cue, lo: number, hi: number): NP | null {
  const w = toks[j]!.lower;
  if (w === 'according') return rightNP(toks, j + 2, hi);
  // "Said Comey, “…”"
  if (j === lo && INVERTIBLE.has(w)) {
    const np = rightNP(toks, c.end, hi) ?? rightNP(toks, c.end, hi, true);
    if (np) return np;
  }
  // "was told", "is said to": passive, no speaker here.
  const prev = toks[j - 1];
  if (prev && prev.word && /^(?:was|were|been|being|be|is|are)$/.test(prev.lower)) return null;
  // "who told Congress when asked about it:": a passive participle without its auxiliary.
  if (prev?.word && /^(?:when|if|as|once|unless|until)$/.test(prev.lower) && toks[j]!.lower.endsWith('ed')) return null;
  const rel = relativeSubject(toks, skipAdverbsLeft(toks, j - 1, lo), lo);
  if (rel) return rel;
  const np = participleSubject(toks, j, lo) ?? leftNP(toks, skipAdverbsLeft(toks, j - 1, lo), lo);
  if (np) return modifiedSubject(toks, np, lo) ?? np;
  // "Smith backed Obama in 2008 and said …", "X did not name them, but told …": a coordinated
  // verb shares its clause's subject.
  if (prev?.word && (prev.lower === 'and' || prev.lower === 'but') && !toks[j]!.lower.endsWith('ing')) {
    // ("A spokesman for X declined to comment but said": a determined phrase as the subject.)
    const subj = clauseSubject(toks, lo, j - 1) ?? commonSubject(toks, lo, j - 1);
    if (subj) return subj;
  }
  for (let k = j - 2; k > lo && j - k < 25; k--) {
    const u = toks[k]!;
    if (u.quote >= 0 || u.sentEnd) break;
    if (u.word && (u.lower === 'who' || u.lower === 'which')) {
      const head = leftNP(toks, toks[k - 1]?.text === ',' ? k - 2 : k - 1, lo);
      if (head && head.kind !== 'pronoun') return head;
      break;
    }
  }
  return null;
}

/**
 * "Another intelligence source speaking to Fox News said", "A letter from the Legion obtained by
 * The Associated Press warns": the phrase before the cue is the object of a participle's
 * preposition; the subject is the phrase the participle modifies.
 */
function modifiedSubject(toks: Tok[], np: NP, lo: number): NP | null {
  const prep = toks[np.first - 1];
  const part = toks[np.first - 2];
  if (!prep?.word || !PREPOSITIONS.has(prep.lower) || !part?.word || part.cap || !/(?:ing|ed)$/.test(part.lower)) return null;
  const head = leftNP(toks, np.first - 3, lo);
  return head && head.kind !== 'pronoun' && headOk(toks[head.last]!) ? head : null;
}

/**
 * "the report, which notes": a relative pronoun just before the cue is its subject (PolNeAR
 * marks the pronoun; the speaker is its antecedent, see toSpeaker). Not "that" ("a headline
 * that said" is as often marked on the noun), nor "which" without its comma.
 */
function relativeSubject(toks: Tok[], r: number, lo: number): NP | null {
  const u = toks[r];
  if (!u?.word || r <= lo || u.lower !== 'which' || toks[r - 1]!.text !== ',') return null;
  return antecedent(toks, r, lo) ? { first: r, last: r, kind: 'pronoun' } : null;
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
  return t.cap ? !FUNCTION_WORDS.has(t.lower) : !/(?:ed|ing)$/.test(t.lower) && !/^(?:out|up|off|down|back)$/.test(t.lower);
}

/**
 * "After Jerry Brown criticized Bill Clinton, Hillary shot back, “…”": a cue inside an opening
 * subordinate clause does not reach past it; the main clause's subject (before the quotation)
 * is the speaker.
 */
function mainClauseSpeaker(toks: Tok[], lo: number, j: number, t: number): { np: NP; cue: Cue } | null {
  if (!toks[lo]?.word || !CLAUSE_WORDS.has(toks[lo]!.lower)) return null;
  let c = j + 1;
  while (c < t && toks[c]!.text !== ',') c++;
  const np = c + 1 < t ? clauseSubject(toks, c + 1, t) : null;
  return np ? { np, cue: { first: np.last + 1, end: np.last + 2 } } : null;
}

/** The subject that opens the sentence (after an introductory phrase), if a name or pronoun. */
function sentenceSubject(toks: Tok[], lo: number, hi: number): NP | null {
  for (let k = lo; k < hi; k++) {
    if (k !== lo && toks[k - 1]!.text !== ',') continue;
    const np = rightNP(toks, k, hi);
    if (np && np.kind !== 'common' && toks[np.last + 1]?.word && !toks[np.last + 1]!.cap) return np;
    // "Mitch McConnell, R-Ky., delivered a blunt message to Trump:": past an appositive.
    if (np && np.kind === 'name' && toks[np.last + 1]?.text === ',') {
      let c = np.last + 2;
      while (c < hi && c < np.last + 12 && toks[c]!.text !== ',' && toks[c]!.quote < 0) c++;
      if (toks[c]?.text === ',' && verbAt(toks, c + 1, hi)) return np;
    }
  }
  return null;
}

/**
 * A determined noun phrase that opens the sentence (or follows an introductory phrase) and is
 * followed by its verb, perhaps after a short prepositional phrase: "The email goes on to say:",
 * "A footnote in the report makes that clear:". For colon introductions without a named subject.
 */
function commonSubject(toks: Tok[], lo: number, hi: number): NP | null {
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
      while (v < hi && v < w + 7 && toks[v]!.word && (npWord(toks[v]!) || DETERMINERS.has(toks[v]!.lower) || toks[v]!.cap) && !(v > w + 1 && finiteVerbLike(toks[v]!))) v++;
    }
    if (verbAt(toks, v, hi)) return np;
  }
  return null;
}

/** A lower-case word that looks like a finite verb: "used", "makes", "gave" (not "boss", "news"). */
function finiteVerbLike(t: Tok): boolean {
  if (!t.word || t.cap) return false;
  const w = t.lower;
  return /^(?:made|gave|had|has|put|took|went|came|got|is|was|says|said|told|wrote|sent)$/.test(w) || (w.length > 3 && (w.endsWith('ed') || (/[^su]s$/.test(w) && !w.endsWith('ics'))));
}

/** Sentence openers that stand before the subject ("And then Trump went …"). */
const OPENERS = new Set(['and', 'but', 'then', 'so', 'yet', 'still', 'now', 'later']);

/** Pronouns that are always subjects: a clause starts at them wherever they stand. */
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * The subject of the clause before `hi`: a name or pronoun that opens the sentence or follows a
 * comma ("Eight years ago, he …"), or a nominative pronoun anywhere ("although at the mention
 * of it she laughed"), followed by its verb (adverbs and auxiliaries allowed: "He then
 * adopted", "Carson did not mention"); the nearest one wins.
 */
function clauseSubject(toks: Tok[], lo: number, hi: number): NP | null {
  let found: NP | null = null;
  for (let s = lo; s < hi; s++) {
    // ...but not the subject of a reported clause ("Hayek confirmed she had", "noted that he").
    const p = toks[s - 1];
    const nominative = toks[s]!.word && NOMINATIVE.has(toks[s]!.lower) && !(p?.word && (p.lower === 'that' || CUE_WORDS.has(p.lower) || /^(?:says|said)$/.test(p.lower)));
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

/** Words that, after a comma, open a clause, and so possibly its subject ("…, when Smith said"). */
const CLAUSE_WORDS = new Set(['when', 'while', 'because', 'after', 'before', 'since', 'but', 'although', 'though', 'if', 'whereas', 'until', 'once', 'so']);

/** Things that bear writing and are the speaker of what they say ("a sign saying …"). */
const WRITTEN = new Set(['sign', 'signs', 'banner', 'banners', 'poster', 'posters', 'placard', 'placards', 'shirt', 'shirts', 't-shirt', 't-shirts', 'sticker', 'stickers', 'card', 'cards', 'headline', 'note', 'billboard', 'billboards', 'message', 'messages']);

/** The phrase ending just before the cue at j is the object of a verb or preposition ("emailed supporters saying"). */
function objectBefore(toks: Tok[], j: number, lo: number): NP | null {
  const np = leftNP(toks, j - 1, lo);
  if (!np || np.kind === 'pronoun') return null;
  // "held up a sign saying …": a thing that bears writing says it itself.
  if (WRITTEN.has(toks[np.last]!.lower)) return null;
  const p = toks[np.first - 1];
  return np.first > lo && p !== undefined && p.word && !p.cap && !CLAUSE_WORDS.has(p.lower) && !OPENERS.has(p.lower) && !/^(?:and|or|that|who|which)$/.test(p.lower) ? np : null;
}

/** A finite verb (or an adverb and then one) at i, before `hi`: what makes the phrase before it a subject. */
function verbAt(toks: Tok[], i: number, hi: number): boolean {
  while (i < hi && isAdverb(toks[i]!) && !/^(?:was|were|is|are|has|have|had|did|does|do|would|will|could|should|may|might|must|can)$/.test(toks[i]!.lower)) i++;
  const v = toks[i];
  if (!v || i >= hi || !v.word || v.cap) return false;
  return !PREPOSITIONS.has(v.lower) && !DETERMINERS.has(v.lower) && !TIME_WORDS.has(v.lower) && !/^(?:and|or|but|of|who|which|that|as|than|'s)$/.test(v.lower);
}

/**
 * "He defended the remark, saying …": the subject of a participle cue is its clause's. The
 * nearest clause start whose phrase is followed by a verb wins ("Hours later, Trump returned the
 * compliment, telling …"; "…, when protesters interrupted her, shouting …"); failing that, the
 * sentence's first phrase. A participle right after its verb's object ("emailed supporters
 * saying") also takes the clause's subject, not the object.
 */
function participleSubject(toks: Tok[], j: number, lo: number): NP | null {
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
    if (k !== lo && p!.text !== ',' && p!.quote < 0 && !/^[—–-]$/.test(p!.text) && !(p!.word && SUBORDINATORS.has(p!.lower) && k - 1 > lo)) continue;
    // "And then Trump went on the attack, saying …", "even a top strategist said …": openers
    // and adverbs before the subject.
    let s = k;
    while (s < j - 1 && toks[s]!.word && (OPENERS.has(toks[s]!.lower) || (isAdverb(toks[s]!) && !toks[s]!.cap))) s++;
    // "with Donald Trump tweeting … and asking, “…”": an absolute phrase has its own subject.
    const absolute = toks[s]?.lower === 'with';
    if (absolute) s++;
    // ("about 50 protesters")
    if (toks[s]?.word && /^(?:about|nearly|roughly|approximately|almost)$/.test(toks[s]!.lower) && /^\d/.test(toks[s + 1]?.text ?? '')) s++;
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
        if (last < np.last && v.word && ROLE_NOUNS[v.lower] === undefined && v.lower !== 'of') got = { first: np.first, last, kind: 'name' };
      }
      // "several environmental groups granted Mr. Clarke": the phrase ends before a past-tense
      // verb (not the word after its determiner: "The retired neurosurgeon").
      for (let m = got.first + (DETERMINERS.has(f0.lower) ? 2 : 1); m <= got.last; m++) {
        const u = toks[m]!;
        if (u.word && !u.cap && (u.lower.endsWith('ed') || /^(?:made|gave|had|has|put|took|went|came|got|told|wrote|sent)$/.test(u.lower))) {
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
 * Words that open a clause a participle after it belongs to, with or without a comma before
 * them ("even as he defended the campaign, saying"; not "after they came out, saying", which
 * modifies the main clause).
 */
const SUBORDINATORS = new Set(['when', 'where', 'as', 'while', 'whereas']);

/** A cue with its subject anywhere in tokens [lo, hi), the last one first. */
function anyCue(toks: Tok[], lo: number, hi: number): { np: NP; cue: Cue } | null {
  for (let j = hi - 1; j >= lo; j--) {
    if (toks[j]!.quote >= 0) continue;
    const c = cueAt(toks, j);
    if (!c) continue;
    const np = subjectOfCue(toks, j, c, lo, hi);
    if (np) return { np, cue: c };
  }
  return null;
}

/** A paragraph that ends "X said:" or "X:" introduces the next paragraph's quotation. */
export function colonIntro(pt: Tok[]): { np: NP; cue: Cue | null } | null {
  if (!pt.length || pt[pt.length - 1]!.text !== ':') return null;
  const s = sentenceStart(pt, pt.length - 1);
  const got = anyCue(pt, s, pt.length);
  if (got) return got;
  const np = leftNP(pt, pt.length - 2, s);
  if (np && np.kind === 'name') return { np, cue: null };
  // "Trump issued the following statement:": the subject of the introducing sentence.
  const subj = sentenceSubject(pt, s, pt.length - 1) ?? commonSubject(pt, s, pt.length - 1);
  return subj ? { np: subj, cue: null } : null;
}

/** The phrase names a person: a person entity, or a name already seen as a person's. */
function isPersonName(d: Discourse, toks: Tok[], np: NP): boolean {
  const f = toks[np.first]!;
  const l = toks[np.last]!;
  const ent = d.entityAt(f.start, l.end);
  if (ent) return ent.entity.type === 'person';
  return d.byLastName.get(l.lower.replace(/['’]s$/, ''))?.type === 'person';
}

/** An Attribution as a plain literal (one object shape; no spread in the per-quotation path). */
function at(np: NP, cue: Cue | null, para: number, end: number, scope: Attribution['scope']): Attribution {
  return { np, cue, para, end, scope };
}

/**
 * Where the speaker of the quotation at token `t` of paragraph `pi` is named.
 * `previous` is the attribution of the last quotation in the previous paragraph, if any.
 */
export function attribute(d: Discourse, pi: number, t: number, full: boolean, previous: Attribution | null): Attribution | null {
  const para = d.paras[pi]!;
  const toks = para.toks;
  const lo = sentenceStart(toks, t);
  const hi = sentenceEnd(toks, t);
  const after = attributeAfter(toks, t) ?? dashAttribution(toks, t);
  if (after) return at(after.np, after.cue, pi, after.end, 'adjacent');
  const before = attributeBefore(toks, t, lo, (np) => isPersonName(d, toks, np));
  if (before) {
    const gap = t - before.cue.end;
    const g = toks[before.cue.end];
    const adjacent = gap <= 0 || (gap === 1 && g !== undefined && (g.text === ':' || g.text === ',' || g.lower === 'that'));
    return at(before.np, before.cue, pi, t + 1, adjacent ? 'adjacent' : 'sentence');
  }
  const later = anyCue(toks, t + 1, hi);
  if (later) return at(later.np, later.cue, pi, t + 1, 'sentence');
  // An earlier quotation of this paragraph was attributed: the same speaker goes on.
  if (previous && previous.para === pi && previous.end <= t) return at(previous.np, previous.cue, previous.para, t + 1, 'paragraph');
  if (!full) return null;
  // A quotation that ends its paragraph, signed in the next one: “…” / — Sanders.
  if (t >= toks.length - 2 && pi + 1 < d.paras.length) {
    const signed = dashAttribution(d.paras[pi + 1]!.toks, -1);
    if (signed) return at(signed.np, signed.cue, pi + 1, t + 1, 'paragraph');
  }
  const prevColon = lo === 0 && pi > 0 ? colonIntro(d.paras[pi - 1]!.toks) : null;
  if (prevColon) return at(prevColon.np, prevColon.cue, pi - 1, t + 1, 'previous');
  // Earlier sentences of the paragraph, nearest first; then later ones.
  for (let e = lo; e > 0 && t - e < 3 * MAX_REACH; ) {
    const s = sentenceStart(toks, e - 1);
    const got = anyCue(toks, s, e);
    if (got) return at(got.np, got.cue, pi, t + 1, 'paragraph');
    e = s;
  }
  for (let s = hi; s < toks.length && s - t < 3 * MAX_REACH; ) {
    const e = sentenceEnd(toks, s);
    const got = anyCue(toks, s, e);
    if (got) return at(got.np, got.cue, pi, t + 1, 'paragraph');
    s = e;
  }
  // A turn continuing from the previous paragraph: the speaker named in its last sentence, or
  // the speaker of its last quotation.
  if (lo === 0 && pi > 0) {
    const pt = d.paras[pi - 1]!.toks;
    if (pt.length) {
      const got = anyCue(pt, sentenceStart(pt, pt.length - 1), pt.length);
      if (got) return at(got.np, got.cue, pi - 1, t + 1, 'previous');
    }
    if (previous && previous.para >= pi - 2 && previous.para < pi) return at(previous.np, previous.cue, previous.para, t + 1, 'previous');
  }
  return null;
}


/**
 * "Trump attacked “the hateful ideology …”", "He offered “my thoughts …”": the subject of the
 * clause a quotation stands in, whatever its verb. Asked only when no cue in the quotation's
 * sentence named a speaker (a cue elsewhere in the paragraph is weaker evidence than this).
 */
export function clauseAttribution(d: Discourse, pi: number, t: number): Attribution | null {
  const toks = d.paras[pi]!.toks;
  const lo = sentenceStart(toks, t);
  const subj = t > lo ? clauseSubject(toks, lo, t) ?? commonSubject(toks, lo, t) : null;
  return subj ? at(subj, null, pi, t + 1, 'sentence') : null;
}

export type { PersonRef, Para };
