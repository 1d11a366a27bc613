/**
 * A speaker described by a role and a name it relates to: "a source close to Boris Johnson", "the
 * lawyer for the family of Tom Reed", "a spokeswoman for Acme". The name is the phrase's
 * complement, not who speaks: the speaker is the description (or, for a spokesperson, the
 * organisation it speaks for).
 */
import type { Tok } from './words';
import { rightNP, type NP } from './phrases';
import { DETERMINERS } from './word-lists';
import type { Entity } from '../../analysis/contract';
import type { Discourse } from './discourse';

/** Prepositions that join a role noun to the name it relates to. */
const JOINING = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'in']);
/** Adjectives that take their own preposition: "close to", "familiar with". */
export const TAKING = new Set(['close', 'closer', 'familiar', 'loyal', 'near', 'linked', 'connected', 'allied']);

/**
 * Nouns for an organisation besides lexicon.ts's SPEAKING_BODIES: "the supermarket said", "the
 * regulator said" stand for the organisation named before, as "the company" does.
 */
// prettier-ignore
export const MORE_BODIES = new Set(['supermarket', 'chain', 'carrier', 'broadcaster', 'insurer', 'manufacturer', 'maker', 'automaker', 'carmaker', 'developer', 'operator', 'regulator', 'watchdog', 'authority', 'commission', 'lender', 'giant', 'force', 'service', 'outlet', 'station', 'charity', 'nonprofit', 'non-profit', 'coalition', 'alliance', 'movement', 'federation', 'body', 'court', 'tribunal', 'panel', 'trust', 'museum', 'zoo', 'council', 'utility']);

/** People who speak for an organisation: "a spokesman for X" is X speaking. */
// prettier-ignore
export const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople', 'representative', 'representatives', 'rep', 'reps']);

/**
 * The index of the role noun in the phrase [first, entStart) that a preposition joins to a name
 * starting at `entStart` ("source" in "a source close to …"), or -1. The phrase must open with a
 * determiner and the noun be lower case, so "Secretary of State John Kerry" and "Duke of York"
 * are not descriptions.
 */
export function complementHead(toks: readonly Tok[], first: number, entStart: number): number {
  if (!toks[first]?.word || !DETERMINERS.has(toks[first]!.lower)) return -1;
  for (let k = first + 1; k < toks.length && toks[k]!.start < entStart; k++) {
    const u = toks[k]!;
    if (!u.word || !JOINING.has(u.lower)) continue;
    let h = k - 1;
    if (TAKING.has(toks[h]!.lower) && h > first) h--;
    const head = toks[h]!;
    if (h <= first || h > first + 4 || !head.word || head.cap) return -1;
    // (only modifiers between: "The ad uses footage of X" is a clause, not a description)
    for (let m = first + 1; m < h; m++) if (!toks[m]!.word || /(?:ed|[^s'’]s)$/.test(toks[m]!.lower)) return -1;
    return h;
  }
  return -1;
}

/**
 * “…,” said a spokeswoman for Acme / a lawyer for Tom Reed said: a described speaker's phrase
 * goes on over a preposition to the name it relates to (toSpeaker then tells who speaks).
 */
export function withJoinedName(toks: readonly Tok[], np: NP, hi: number): NP {
  if (np.kind !== 'common' || !DETERMINERS.has(toks[np.first]!.lower)) return np;
  let j = np.last + 1;
  if (toks[j]?.word && TAKING.has(toks[j]!.lower)) j++;
  if (!toks[j]?.word || !JOINING.has(toks[j]!.lower)) return np;
  const name = rightNP(toks as Tok[], j + 1, hi);
  return name && name.kind === 'name' ? { first: np.first, last: name.last, kind: 'common' } : np;
}

/**
 * The organisation entity right after a spokesperson's noun at `h` ("spokesman for the Acme
 * group", "representative of Acme"), or null.
 */
export function spokenFor(d: Discourse, toks: readonly Tok[], h: number): Entity | null {
  if (!SPOKESPEOPLE.has(toks[h]?.lower ?? '')) return null;
  const got = entityAfter(d, toks, h, /^(?:for|of|at|from)$/);
  return got && got.type === 'organization' ? got : null;
}

/** "a report by the Institute for Fiscal Studies", "a statement from Acme": who issued the document at `h`. */
export function issuedBy(d: Discourse, toks: readonly Tok[], h: number): Entity | null {
  const got = entityAfter(d, toks, h, /^(?:by|from)$/);
  return got && got.type !== 'place' ? got : null;
}

/** The entity named right after the noun at `h` and a preposition matching `preps`. */
function entityAfter(d: Discourse, toks: readonly Tok[], h: number, preps: RegExp): Entity | null {
  const p = toks[h + 1];
  if (!p?.word || !preps.test(p.lower)) return null;
  let n = h + 2;
  if (toks[n]?.word && toks[n]!.lower === 'the') n++;
  const f = toks[n];
  if (!f?.cap) return null;
  const got = d.entityAt(f.start, f.end);
  return got && got.start <= f.start ? got.entity : null;
}

/**
 * “…,” said the coach of Harry Kane, Tom Hardy: a name set off after a description that follows
 * an inverted cue is the speaker (the description's own name is who the speaker relates to).
 */
export function describedName(toks: readonly Tok[], np: NP | null, hi: number): NP | null {
  if (!np || !DETERMINERS.has(toks[np.first]!.lower) || toks[np.last + 1]?.text !== ',')
    return withJoined(toks, np, hi);
  const named = rightNP(toks as Tok[], np.last + 2, hi);
  const after = named ? toks[named.last + 1] : undefined;
  if (named && named.kind === 'name' && (!after || after.sentEnd || /^[.,;]$/.test(after.text))) return named;
  return withJoined(toks, np, hi);
}

function withJoined(toks: readonly Tok[], np: NP | null, hi: number): NP | null {
  return np ? withJoinedName(toks, np, hi) : null;
}
