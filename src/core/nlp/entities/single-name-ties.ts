/**
 * Alias ties of names said in one word: a person's surname, first name, nickname or a name
 * inside a long one goes to the one full name that holds it, or to the nearest preceding one
 * when several do (Delcy and Jorge Rodriguez: a bare "Rodriguez" never goes to both); a state's
 * abbreviation to the state; an organisation's first or core word to the organisation.
 */
import { SURNAME_PARTICLES, looseKey } from './name-keys';
import { withoutSuffix } from './person-names';
import { afterPatronymic, surnameKey } from './full-name-ties';
import { stateNamedBy } from './abbreviation-ties';
import { DESIGNATORS } from './organisation-ties';
import type { NameMention } from './aliases';
import type { UnionFind } from './union-find';

/** A company's designator right after a person's name: "Dana F. Besecker Company", "John Smith & Sons". */
const COMPANY_AFTER_NAME = /^\s*(?:Company|Co\.|Inc\b|Corp\b|Corporation|LLC|Ltd\b|(?:&|and)\s+Sons?\b)/u;

/** Words by which a person can be named alone, each with the full names (one per group) it fits. */
export interface PersonWords {
  bySurname: Map<string, number[]>;
  byFirst: Map<string, number[]>;
  byMiddle: Map<string, number[]>;
}

/** Index the words by which each person's full name can be said alone. */
export function personWords(
  ms: readonly NameMention[],
  fullReps: readonly number[],
  tiedNicks: ReadonlyMap<number, string[]>,
  uf: UnionFind,
  text: string,
): PersonWords {
  const bySurname = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const byMiddle = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, w: string, rep: number): void => {
    const list = map.get(w);
    if (!list) map.set(w, [rep]);
    else if (!list.some((r) => uf.find(r) === uf.find(rep))) list.push(rep);
  };
  // a person's name that only ever stands in a company's name ("Dana F. Besecker Company") names
  // no one a surname said alone could be
  const inCompanyName = new Map<string, boolean>();
  ms.forEach((m) => {
    if (m.type !== 'PER' || m.words.length < 2) return;
    const k = looseKey(m.words);
    const company = COMPANY_AFTER_NAME.test(text.slice(m.end, m.end + 16));
    inCompanyName.set(k, (inCompanyName.get(k) ?? true) && company);
  });
  for (const rep of fullReps) {
    const m = ms[rep]!;
    if (inCompanyName.get(looseKey(m.words))) continue;
    const core = withoutSuffix(m.words);
    // "Salman" alone is the father of "Mohammed bin Salman", not him
    if (!afterPatronymic(core, core.length - 1)) add(bySurname, surnameKey(core[core.length - 1]!), rep);
    if (m.nick) add(bySurname, m.nick, rep);
    for (const [a, nicks] of tiedNicks)
      if (uf.find(a) === uf.find(rep)) for (const w of nicks) add(bySurname, surnameKey(w), rep);
    add(byFirst, m.words[0]!, rep);
    for (let k = 1; k < core.length - 1; k++)
      if (core[k]!.length >= 3 && !SURNAME_PARTICLES.has(core[k]!) && !afterPatronymic(core, k))
        add(byMiddle, core[k]!, rep);
  }
  return { bySurname, byFirst, byMiddle };
}

/** What a one-word name may resolve to besides a person. */
export interface SingleNameTargets {
  /** organisations by their one core word, and by their first word (organisation-ties.ts) */
  orgByCore: ReadonlyMap<string, number[]>;
  orgByFirst: ReadonlyMap<string, number[]>;
  /** initials of the names that can expand an acronym */
  expansions: ReadonlySet<string>;
}

/**
 * Single-word mentions: resolve each on its own (the same surname can name different people).
 * Returns the first mention of each unresolved word (its key marks an ambiguous surname with "?").
 */
export function joinSingleNames(
  ms: readonly NameMention[],
  key: readonly string[],
  people: PersonWords,
  targets: SingleNameTargets,
  uf: UnionFind,
): Map<string, number> {
  const { bySurname, byFirst, byMiddle } = people;
  const { orgByCore, orgByFirst, expansions } = targets;
  const singleByKey = new Map<string, number>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.words.length !== 1) continue;
    const w = m.words[0]!;
    const state = stateNamedBy(m, w);
    const named = state === undefined ? -1 : key.findIndex((k, j) => k === state && ms[j]!.type === 'LOC');
    if (named >= 0) {
      uf.union(named, i);
      continue;
    }
    let cands = bySurname.get(surnameKey(w));
    if (!cands && m.type === 'PER') cands = byFirst.get(w);
    // the first of two surnames, or a name inside a long one ("López" / "Andrés Manuel López
    // Obrador", "Lula" / "Luiz Inácio Lula da Silva"), when one full name holds it
    if (!cands && m.type === 'PER' && byMiddle.get(w)?.length === 1) cands = byMiddle.get(w);
    if (cands && cands.length > 0) {
      const target = cands.length === 1 ? cands[0]! : nearestPreceding(ms, uf, cands, m.start);
      if (target !== null) {
        uf.union(target, i);
        continue;
      }
      // ambiguous and no full name before it: it stays unresolved, grouped only with its twins
    }
    // in an all-capitals line the model's type is the only evidence: keep types apart there
    const byCore = orgByCore.get(w);
    const orgs =
      !cands && m.type !== 'LOC' && !(m.allCaps && expansions.has(w))
        ? byCore?.length === 1
          ? [...byCore]
          : orgByFirst.get(w)
        : undefined;
    // a short code ("US", "UK", "EU") names a country or a body of its own, not the organisation
    // named after it ("US Congress"), unless only a designator follows it there ("IBM Corp")
    if (
      orgs &&
      orgs.length === 1 &&
      m.allCaps &&
      w.length <= 3 &&
      !ms[orgs[0]!]!.words.slice(1).every((x) => DESIGNATORS.has(x))
    )
      orgs.length = 0;
    if (orgs && orgs.length === 1) {
      uf.union(orgs[0]!, i);
      continue;
    }
    const k = (cands && cands.length > 1 ? '?' : '') + (m.capsLine ? m.type + '|' : '') + w;
    const j = singleByKey.get(k);
    if (j === undefined) singleByKey.set(k, i);
    else uf.union(j, i);
  }
  return singleByKey;
}

/** The candidate whose group has a full-name mention closest before `pos`, or null. */
function nearestPreceding(
  ms: readonly NameMention[],
  uf: UnionFind,
  cands: readonly number[],
  pos: number,
): number | null {
  let best: number | null = null;
  let bestStart = -1;
  for (const c of cands) {
    const root = uf.find(c);
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      if (m.start >= pos) break;
      if (m.words.length >= 2 && m.type === 'PER' && uf.find(i) === root && m.start > bestStart) {
        bestStart = m.start;
        best = c;
      }
    }
  }
  return best;
}
