/**
 * Alias ties of organisations' and places' names of several words: one form said twice, a
 * company under other designators ("Big Machine Records" / "Big Machine Label Group"), a short
 * form of a longer name ("Whole Foods" / "Whole Foods Market"), and the words an organisation is
 * looked up by when named in one word ("Magna" / "Magna International Inc", "Disney" / "Walt
 * Disney Co."). A place never joins an organisation named after it ("US" / "US Congress").
 */
import { looseKey } from './name-keys';
import { isCountryBranch } from './place-qualified';
import type { NameMention } from './aliases';
import type { UnionFind } from './union-find';

/** Words that end an organisation's full name and are left out of its short form. */
// prettier-ignore
export const DESIGNATORS = new Set(['inc', 'co', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'lp', 'company', 'group', 'holdings', 'market', 'markets', 'records', 'international', 'sa', 'ag', 'nv', 'gmbh', 'department', 'ministry', 'agency']);

/** Designators of a company (not of a public body: "Justice Department" / "Justice Ministry" may be two countries'). */
// prettier-ignore
const COMPANY_DESIGNATORS = new Set(['inc', 'co', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'lp', 'company', 'group', 'holdings', 'records', 'label', 'sa', 'ag', 'nv', 'gmbh']);
const FILLER = new Set(['of', 'the', 'and', 'for', '&']);

/** Organisations by their first word ("Magna" for "Magna International Inc"), when only one fits. */
export function orgsByFirstWord(ms: readonly NameMention[], key: readonly string[]): Map<string, number[]> {
  const orgByFirst = new Map<string, number[]>();
  ms.forEach((m, i) => {
    if (m.type === 'ORG' && m.words.length >= 2 && !m.allCaps && !isCountryBranch(m)) {
      const list = orgByFirst.get(m.words[0]!);
      if (!list) orgByFirst.set(m.words[0]!, [i]);
      else if (!list.some((j) => key[j] === key[i])) list.push(i);
    }
  });
  return orgByFirst;
}

/**
 * Organisations by the one word left of their name without designators and a leading given
 * name ("Disney" for "Walt Disney Co."): this word names them before a first word does.
 */
export function orgsByCoreWord(ms: readonly NameMention[], key: readonly string[]): Map<string, number[]> {
  const orgByCore = new Map<string, number[]>();
  ms.forEach((m, i) => {
    if (m.type !== 'ORG' || m.words.length < 2 || m.allCaps) return;
    let core = m.words.filter((w) => w !== ',' && w !== '.');
    while (core.length > 1 && DESIGNATORS.has(core[core.length - 1]!)) core = core.slice(0, -1);
    if (core.length === 2 && m.givenFirst) core = core.slice(1);
    if (core.length !== 1) return;
    const list = orgByCore.get(core[0]!);
    if (!list) orgByCore.set(core[0]!, [i]);
    else if (!list.some((j) => key[j] === key[i])) list.push(i);
  });
  return orgByCore;
}

/**
 * Other multi-word names (organisations, places) by exact form, or joined to the person's full
 * name of the same form. Returns the first mention of each form.
 */
export function joinOtherNames(
  ms: readonly NameMention[],
  key: readonly string[],
  fullByKey: ReadonlyMap<string, number>,
  uf: UnionFind,
): Map<string, number> {
  const otherByKey = new Map<string, number>();
  ms.forEach((m, i) => {
    if (m.words.length >= 2 && m.type !== 'PER') {
      const k = (m.capsLine ? m.type + '|' : '') + key[i]!;
      const full = m.capsLine ? undefined : fullByKey.get(looseKey(m.words));
      const j = full ?? otherByKey.get(k);
      if (j === undefined) otherByKey.set(k, i);
      else uf.union(j, i);
    }
  });
  return otherByKey;
}

/**
 * One company named with other designators ("Big Machine Records" / "Big Machine Label
 * Group"): the same name of two words or more before them.
 */
export function joinCompanyDesignators(ms: readonly NameMention[], otherReps: readonly number[], uf: UnionFind): void {
  const byCompanyCore = new Map<string, number>();
  for (const a of otherReps) {
    const m = ms[a]!;
    if (m.type !== 'ORG' || m.allCaps) continue;
    let end = m.words.length;
    while (end > 0 && COMPANY_DESIGNATORS.has(m.words[end - 1]!)) end--;
    if (end < 2 || end === m.words.length) continue;
    const core = m.words.slice(0, end).join(' ');
    const j = byCompanyCore.get(core);
    if (j === undefined) byCompanyCore.set(core, a);
    else uf.union(j, a);
  }
}

/**
 * Shorter forms of an organisation's name ("Whole Foods" / "Whole Foods Market", "Customs and
 * Border Protection" / "U.S. Customs and Border Protection", "Homeland Security Department" /
 * "Department of Homeland Security"), when a single longer name holds it. A place is never
 * merged into an organisation named after it ("New Zealand" / "New Zealand Department of …").
 */
export function joinOrgShortForms(ms: readonly NameMention[], otherReps: readonly number[], uf: UnionFind): void {
  // longer forms first: "Homeland Security Department" joins "Department of Homeland Security"
  // before "Homeland Security" looks for the one name that holds it
  const byLength = [...otherReps].sort((x, y) => ms[y]!.words.length - ms[x]!.words.length);
  for (const a of byLength) {
    const ma = ms[a]!;
    if (ma.type === 'LOC' || ma.allCaps) continue;
    const hosts = otherReps.filter(
      (b) =>
        b !== a && ms[b]!.words.length > ma.words.length && !ms[b]!.allCaps && isShortFormOf(ma.words, ms[b]!.words),
    );
    const roots = new Set(hosts.map((b) => uf.find(b)));
    if (roots.size === 1) uf.union(hosts[0]!, a);
  }
}

/**
 * `a` is a short form of `b`: its first words with designators after them ("Whole Foods" /
 * "Whole Foods Market Inc"); its last words after at most two qualifying words ("Customs and
 * Border Protection" / "US Customs and Border Protection"); or the same words reordered
 * ("Homeland Security Department" / "Department of Homeland Security"). Two words at least.
 */
function isShortFormOf(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2) return false;
  const prefix = a.every((w, i) => b[i] === w);
  if (prefix && b.slice(a.length).every((w) => DESIGNATORS.has(w.replace(/[.,]/g, '')) || w === ',')) return true;
  const at = b.length - a.length;
  if (at > 0 && at <= 2 && a.every((w, i) => b[at + i] === w)) return true;
  const content = (ws: readonly string[]) =>
    ws
      .filter((w) => !FILLER.has(w))
      .sort()
      .join(' ');
  return content(a) === content(b);
}
