/**
 * Speaker attribution: the cue next to a quotation and the noun phrase that is its subject
 * ("X said", "said X", "X, a spokesman, said", "according to X", "X:"), searched in the
 * quotation's own sentence, then the paragraph, then the previous paragraph (a turn continuing).
 * Cues are found by cues.ts, noun phrases by phrases.ts, clause subjects by subjects.ts.
 */
import type { Tok } from './words';
import { CUE_WORDS, INVERTIBLE } from './cue-words';
import type { Discourse, Para, PersonRef } from './discourse';
import { cueAt, cueFollows, dashAttribution, finiteCue, inWordsOf, invertedVerb, isRead, speechLikeVerb } from './cues';
import {
  MAX_REACH,
  headOk,
  isAdverb,
  leftNP,
  rightNP,
  sentenceEnd,
  sentenceStart,
  skipAdverbsLeft,
  skipParenRight,
  type Cue,
  type NP,
} from './phrases';
import {
  appositiveName,
  clauseSubject,
  commonSubject,
  mainClauseSpeaker,
  modifiedSubject,
  participleSubject,
  relativeSubject,
  sentenceSubject,
} from './subjects';
import { TAKING, describedName, withJoinedName } from './complements';
import { onlyPersonAtEnd } from './standing';
import {
  conjoinedSubject,
  countedPhrase,
  nameAfterCommaCue,
  namedConjunct,
  passiveBefore,
  subjectAfterEndCue,
} from './subject-shapes';
import { CLAUSE_CUES, DETERMINERS, NOMINATIVE, TIME_WORDS } from './word-lists';

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
    const np = describedName(toks, rightNP(toks, cue.end, hi) ?? rightNP(toks, cue.end, hi, true), hi);
    if (
      np &&
      (INVERTIBLE.has(toks[k]!.lower) ||
        toks[k]!.lower === 'according' ||
        (cue.end - cue.first === 1 && !CUE_WORDS.has(toks[k]!.lower)))
    )
      return { np, cue, end: skipParenRight(toks, np.last + 1) };
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
    // (“…,” a career diplomat, Tom Reed, said: a description with an appositive, read below)
    else if (!np && loose && toks[loose.last + 1]?.text === ',') np = loose;
  }
  if (!np) return null;
  np = withJoinedName(toks, np, hi);
  let j = skipParenRight(toks, np.last + 1);
  // “…,” a spokesman for the campaign said / a source close to her said / chief of staff, Joe Kasper,
  // told: a short prepositional phrase after the head, when a comma or the cue follows it.
  if (toks[j]?.word && TAKING.has(toks[j]!.lower) && /^(?:to|with)$/.test(toks[j + 1]?.lower ?? '')) j++;
  if (toks[j]?.word && /^(?:of|for|at|with|from|in|on|to)$/.test(toks[j]!.lower)) {
    let c = j + 1;
    while (c < hi && c < j + 8 && toks[c]!.word && !cueAt(toks, c) && !isRead(toks[c]) && !isAdverb(toks[c]!)) c++;
    if (c > j + 1 && (toks[c]?.text === ',' || cueAt(toks, c) || isRead(toks[c]))) j = c;
  }
  // Appositives or a "who" clause, each up to the next comma ("Smith, 27, a veteran, said").
  for (let n = 0; n < 3 && toks[j]?.text === ',' && !cueAt(toks, j + 1); n++) {
    let c = j + 1;
    while (c < hi && toks[c]!.text !== ',' && toks[c]!.quote < 0 && !toks[c]!.sentEnd) c++;
    if (toks[c]?.text !== ',') break;
    // “…,” a career diplomat, Tom Reed, said: the name after a description is the speaker.
    if (n === 0 && DETERMINERS.has(toks[np.first]!.lower)) {
      const named = rightNP(toks, j + 1, c);
      if (named && named.kind === 'name' && named.first === j + 1 && named.last === c - 1) np = named;
    }
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
  const words = inWordsOf(toks, t, lo);
  if (words) return words;
  const colon = toks[t - 1]?.text === ':' && t - 2 >= lo;
  // "X said: “…”"
  if (colon) {
    const j = skipAdverbsLeft(toks, t - 2, lo);
    const c = cueAt(toks, j);
    if (c) {
      const left = leftNP(toks, skipAdverbsLeft(toks, j - 1, lo), lo);
      // ("The coach of Harry Kane said:": the phrase the name hangs on)
      const np = participleSubject(toks, j, lo) ?? (left && (modifiedSubject(toks, left, lo) ?? left));
      if (np) return outerSpeaker(toks, np, lo) ?? { np, cue: { first: j, end: j + 1 } };
    }
    // "Pollsters agree - Carl Bialik: “…”": a name after a dash introduces the quotation, not
    // the cue before the dash.
    const named = leftNP(toks, t - 2, lo);
    if (named && named.kind === 'name' && named.first > lo && /^[―—–-]$/.test(toks[named.first - 1]!.text))
      return { np: named, cue: { first: t - 1, end: t } };
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
    if (
      np &&
      np.kind === 'name' &&
      (np.first === lo || /^[―—–-]$/.test(p?.text ?? '') || (p?.lower === 'from' && person(np)))
    )
      return { np, cue: { first: t - 1, end: t } };
    // "Trump went even further: “…”": the sentence's subject.
    const subj = conjoinedSubject(toks, lo, t - 1) ?? sentenceSubject(toks, lo, t - 1);
    if (subj) return { np: subj, cue: { first: t - 1, end: t } };
    // "The surge does not surprise pollster Daron Shaw: “…”": a person named just before the colon.
    if (np && np.kind === 'name' && person(np)) return { np, cue: { first: t - 1, end: t } };
    // "A footnote in the report makes that clear: “…”": a document or group as the subject.
    const common = commonSubject(toks, lo, t - 1);
    if (common) return { np: common, cue: { first: t - 1, end: t } };
  }
  return null;
}

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
  if (w === 'according') {
    const np = rightNP(toks, j + 2, hi);
    // "according to his aunt, Jane Starner, “…”": the name in the apposition.
    if (np && np.kind === 'common' && toks[np.last + 1]?.text === ',') {
      const named = rightNP(toks, np.last + 2, hi);
      const after = named ? toks[named.last + 1] : undefined;
      if (named && named.kind === 'name' && (after === undefined || after.text === ',' || after.quote >= 0))
        return named;
    }
    return np;
  }
  // "Said Comey, “…”"
  if (j === lo && INVERTIBLE.has(w)) {
    const np = rightNP(toks, c.end, hi) ?? rightNP(toks, c.end, hi, true);
    if (np) return np;
  }
  // ("…, said Smith." / "…, reports the paper.": a subject after a cue ending the sentence)
  const inverted =
    (INVERTIBLE.has(w) ? nameAfterCommaCue(toks, j, c, lo, hi) : null) ?? subjectAfterEndCue(toks, j, c, lo, hi);
  if (inverted) return inverted;
  // "was told", "is said to": passive, no speaker here.
  const prev = toks[j - 1];
  if (prev && prev.word && /^(?:was|were|been|being|be|is|are)$/.test(prev.lower)) return null;
  // "who told Congress when asked about it:": a passive participle without its auxiliary.
  if (prev?.word && /^(?:when|if|as|once|unless|until)$/.test(prev.lower) && toks[j]!.lower.endsWith('ed')) return null;
  const rel = relativeSubject(toks, skipAdverbsLeft(toks, j - 1, lo), lo);
  if (rel) return rel;
  const np =
    participleSubject(toks, j, lo) ??
    appositiveName(toks, skipAdverbsLeft(toks, j - 1, lo), lo) ??
    leftNP(toks, skipAdverbsLeft(toks, j - 1, lo), lo) ??
    countedPhrase(toks, skipAdverbsLeft(toks, j - 1, lo), lo);
  if (np) return modifiedSubject(toks, np, lo) ?? namedConjunct(toks, np, lo) ?? np;
  // "Smith backed Obama in 2008 and said …", "X did not name them, but told …": a coordinated
  // verb shares its clause's subject.
  if (prev?.word && (prev.lower === 'and' || prev.lower === 'but') && !toks[j]!.lower.endsWith('ing')) {
    // ("A spokesman for X declined to comment but said", "Smith, her rival, sighed and said")
    const subj = clauseSubject(toks, lo, j - 1) ?? commonSubject(toks, lo, j - 1) ?? sentenceSubject(toks, lo, j - 1);
    if (subj) return subj;
  }
  for (let k = j - 2; k > lo && j - k < 25; k--) {
    const u = toks[k]!;
    if (u.quote >= 0 || u.sentEnd) break;
    if (u.word && (u.lower === 'who' || u.lower === 'which')) {
      const head = leftNP(toks, toks[k - 1]?.text === ',' ? k - 2 : k - 1, lo);
      // ("The mother of a woman who took the pills has described": the phrase the clause's head hangs on)
      if (head && head.kind !== 'pronoun') return modifiedSubject(toks, head, lo) ?? head;
      break;
    }
  }
  return null;
}

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
export function attribute(
  d: Discourse,
  pi: number,
  t: number,
  full: boolean,
  previous: Attribution | null,
): Attribution | null {
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
    const adjacent =
      gap <= 0 || (gap === 1 && g !== undefined && (g.text === ':' || g.text === ',' || g.lower === 'that'));
    return at(before.np, before.cue, pi, t + 1, adjacent ? 'adjacent' : 'sentence');
  }
  const later = anyCue(toks, t + 1, hi);
  if (later) return at(later.np, later.cue, pi, t + 1, 'sentence');
  // An earlier quotation of this paragraph was attributed: the same speaker goes on.
  if (previous && previous.para === pi && previous.end <= t)
    return at(previous.np, previous.cue, previous.para, t + 1, 'paragraph');
  if (!full) return null;
  // A quotation that ends its paragraph, signed in the next one: “…” / — Sanders.
  if (t >= toks.length - 2 && pi + 1 < d.paras.length) {
    const signed = dashAttribution(d.paras[pi + 1]!.toks, -1);
    if (signed) return at(signed.np, signed.cue, pi + 1, t + 1, 'paragraph');
  }
  const prevColon = lo === 0 && pi > 0 ? colonIntro(d.paras[pi - 1]!.toks) : null;
  if (prevColon) return at(prevColon.np, prevColon.cue, pi - 1, t + 1, 'previous');
  // Earlier sentences of the paragraph, nearest first; then later ones.
  for (let e = lo; e > 0 && t - e < 3 * MAX_REACH;) {
    const s = sentenceStart(toks, e - 1);
    const got = anyCue(toks, s, e);
    if (got) return at(got.np, got.cue, pi, t + 1, 'paragraph');
    e = s;
  }
  for (let s = hi; s < toks.length && s - t < 3 * MAX_REACH;) {
    const e = sentenceEnd(toks, s);
    const got = anyCue(toks, s, e);
    if (got) return at(got.np, got.cue, pi, t + 1, 'paragraph');
    s = e;
  }
  // "Bridenstine expects three rockets. “Adding another …”": a quotation standing as its own
  // sentence after one whose subject is a person speaks for that person.
  if (lo > 0) {
    const s = sentenceStart(toks, lo - 1);
    const subj = sentenceSubject(toks, s, lo);
    if (subj && subj.kind === 'name' && isPersonName(d, toks, subj)) return at(subj, null, pi, t + 1, 'paragraph');
  }
  // A turn continuing from the previous paragraph: the speaker named in its last sentence, or
  // the speaker of its last quotation.
  if (lo === 0 && pi > 0) {
    const pt = d.paras[pi - 1]!.toks;
    if (pt.length) {
      const s = sentenceStart(pt, pt.length - 1);
      const got = anyCue(pt, s, pt.length);
      if (got) return at(got.np, got.cue, pi - 1, t + 1, 'previous');
      // "Ann Lee, the captain, watched from the bench. ¶ “…”": a person brought in just before
      // speaks (and the run of an earlier speaker's quotations stops there).
      const subj = pt[s]?.quote === -1 ? sentenceSubject(pt, s, pt.length) : null;
      if (subj && subj.kind === 'name' && isPersonName(d, pt, subj)) return at(subj, null, pi - 1, t + 1, 'previous');
    }
    if (previous && previous.para >= pi - 2 && previous.para < pi)
      return at(previous.np, previous.cue, previous.para, t + 1, 'previous');
    // "But for Parata and his family the deaths are personal. ¶ “…”": the one person the
    // paragraph before ends on speaks, a subject or not.
    const only = pt.length ? onlyPersonAtEnd(d, pi - 1) : null;
    if (only) return at(only, null, pi - 1, t + 1, 'previous');
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
  // "The delays have been described as “…” by the department": the clause's subject is what was
  // described; the speaker is the agent after "by", if the sentence names one
  if (passiveBefore(toks, lo, t)) {
    const by =
      toks[t + 1]?.lower === 'by'
        ? (rightNP(toks, t + 2, toks.length) ?? rightNP(toks, t + 2, toks.length, true))
        : null;
    return by && by.kind !== 'pronoun' ? at(by, null, pi, by.last + 1, 'sentence') : null;
  }
  const subj = t > lo ? (clauseSubject(toks, lo, t) ?? commonSubject(toks, lo, t)) : null;
  return subj ? at(subj, null, pi, t + 1, 'sentence') : null;
}

export type { PersonRef, Para };
