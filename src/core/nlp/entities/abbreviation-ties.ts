/**
 * Alias ties of abbreviations and acronyms: an acronym and its expansion ("US" / "United
 * States", "OPEC" / "Organization of the Petroleum Exporting Countries"), an acronym opening a
 * longer name ("U.N. General Assembly" / "United Nations General Assembly"), and a state's
 * abbreviation in news style or its postal code ("Calif." / "California", "TN" / "Tennessee").
 */
import { AP_STATE_ABBREVIATIONS } from './known-names';
import { STATE_BY_POSTAL_CODE } from './state-codes';
import { endsWith } from './full-name-ties';
import type { NameMention } from './aliases';
import type { UnionFind } from './union-find';

/** "calif" -> "california", "nj" -> "new jersey" (mention words: lowercase, periods dropped). */
const STATE_BY_ABBREVIATION = new Map(
  [...AP_STATE_ABBREVIATIONS].map(([a, name]) => [a.toLowerCase().replace(/\./g, ''), name.toLowerCase()]),
);

// prettier-ignore
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'des', 'del', 'di', '&', 'in', 'on', 'to', 'a']);

function initials(words: readonly string[]): string {
  let s = '';
  for (const w of words) if (!ACRONYM_SKIP.has(w)) s += w[0] ?? '';
  return s;
}

/** The state a place's one word `w` abbreviates ("calif", or "tn" in capitals), lowercase; else undefined. */
export function stateNamedBy(m: NameMention, w: string): string | undefined {
  return m.type !== 'LOC'
    ? undefined
    : (STATE_BY_ABBREVIATION.get(w) ?? (m.allCaps && w.length === 2 ? STATE_BY_POSTAL_CODE.get(w) : undefined));
}

/** Initials of the multi-word names that can expand an acronym (merged by joinAcronyms). */
export function acronymExpansions(ms: readonly NameMention[]): Set<string> {
  const expansions = new Set<string>();
  for (const e of ms) if (e.words.length >= 2 && !e.allCaps && e.type !== 'PER') expansions.add(initials(e.words));
  return expansions;
}

/** An acronym opening a longer name: "U.N. General Assembly" / "United Nations General Assembly". */
export function joinAcronymLeads(ms: readonly NameMention[], otherReps: readonly number[], uf: UnionFind): void {
  for (const a of otherReps) {
    const wa = ms[a]!.words;
    if (wa.length < 2 || wa[0]!.length < 2 || !/^[a-z]+$/.test(wa[0]!) || !isAcronymWord(ms[a]!, 0)) continue;
    for (const b of otherReps) {
      const wb = ms[b]!.words;
      const lead = wb.length - (wa.length - 1);
      if (b === a || lead < 2 || !endsWith(wb, wa.slice(1)) || initials(wb.slice(0, lead)) !== wa[0]) continue;
      uf.union(b, a);
      break;
    }
  }
}

/** Acronyms: "US" with "United States", "OPEC" with "Organization of the Petroleum Exporting Countries". */
export function joinAcronyms(ms: readonly NameMention[], uf: UnionFind): void {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.words.length !== 1 || !m.allCaps) continue;
    const acro = m.words[0]!;
    if (acro.length < 2 || acro.length > 8 || !/^[a-z]+$/.test(acro)) continue;
    for (let j = 0; j < ms.length; j++) {
      const e = ms[j]!;
      if (e.words.length >= 2 && !e.allCaps && e.type !== 'PER' && initials(e.words) === acro) {
        uf.union(j, i);
        break;
      }
    }
  }
}

/** Word `k` of the mention was written as an acronym: capitals only ("UN"), or with periods ("U.N."). */
function isAcronymWord(m: NameMention, k: number): boolean {
  return m.allCaps || (m.acronyms?.[k] ?? false);
}
