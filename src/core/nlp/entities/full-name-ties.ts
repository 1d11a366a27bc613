/**
 * Alias steps between a person's full names (two words or more), in the order aliases.ts runs
 * them: one name's spellings, the other names the article gives the person, a shorter full form
 * inside a longer one, a surname of two words, one name written differently, given names alone,
 * and the initials of a full name. Also the word helpers the other alias steps share.
 */
import { PATRONYMIC_PARTICLES } from './mentions';
import { SURNAME_PARTICLES, looseKey, looseWord, withoutArticle } from './name-keys';
import { compatibleNames, personName, withoutSuffix, type PersonName } from './person-names';
import { tiedNames } from './name-ties';
import type { NameMention } from './aliases';
import type { UnionFind } from './union-find';

/** Full personal names (two words or more) by their form, spelling variants met (name-keys.ts). */
export function joinFullNameSpellings(ms: readonly NameMention[], uf: UnionFind): Map<string, number> {
  const fullByKey = new Map<string, number>();
  ms.forEach((m, i) => {
    if (m.type === 'PER' && m.words.length >= 2) {
      const k = looseKey(m.words);
      const j = fullByKey.get(k);
      if (j === undefined) fullByKey.set(k, i);
      else uf.union(j, i);
    }
  });
  return fullByKey;
}

/**
 * Other names the article gives a person: a pen name, a name they were called by (name-ties.ts),
 * and the name called by with the surname ("Jack Hart" for "Jonathan Lee Hart, called Jack").
 * Returns the one-word names tied to each person, by the person's mention.
 */
export function joinTiedNames(ms: readonly NameMention[], uf: UnionFind, text: string): Map<number, string[]> {
  const tiedNicks = new Map<number, string[]>();
  for (const [a, b] of tiedNames(ms, text)) {
    uf.union(a, b);
    if (ms[b]!.words.length === 1) tiedNicks.set(a, [...(tiedNicks.get(a) ?? []), ms[b]!.words[0]!]);
  }
  for (const [a, nicks] of tiedNicks) {
    const surname = surnameKey(withoutSuffix(ms[a]!.words).at(-1)!);
    ms.forEach((m, k) => {
      if (
        m.type !== 'LOC' &&
        m.words.length === 2 &&
        nicks.includes(m.words[0]!) &&
        surnameKey(m.words[1]!) === surname
      )
        uf.union(a, k);
    });
  }
  return tiedNicks;
}

/** A shorter full form inside a longer one ("Frank Bradley" in "Frank M Mitch Bradley"). */
export function joinShorterFullForms(ms: readonly NameMention[], fullReps: readonly number[], uf: UnionFind): void {
  for (const a of fullReps) {
    const wa = ms[a]!.words;
    const hosts = fullReps.filter((b) => {
      const wb = ms[b]!.words;
      return (
        b !== a &&
        wb.length > wa.length &&
        wb[0] === wa[0] &&
        wb[wb.length - 1] === wa[wa.length - 1] &&
        isSubsequence(wa, wb) &&
        !initialSetsApart(personName(wa)!, personName(wb)!, a < b)
      );
    });
    if (hosts.length === 1) uf.union(hosts[0]!, a);
  }
}

/**
 * The end of a longer name, as a surname of two words or more: "bin Laden" / "Osama bin
 * Laden", "Nielsen Hayden" / "Patrick Nielsen Hayden". Not when it opens with a given name
 * ("Robert Parata" may be another person than "Te Kaurinui Robert Parata"), unless a particle
 * follows it, or the longer name is a known given name and these words ("Lloyd Webber" /
 * "Andrew Lloyd Webber": a surname of two words, or the middle name the person goes by); an
 * end shared by several full names stays apart.
 */
export function joinLongSurnames(ms: readonly NameMention[], fullReps: readonly number[], uf: UnionFind): void {
  for (const a of fullReps) {
    const wa = ms[a]!.words;
    const particle = SURNAME_PARTICLES.has(wa[0]!) || (wa.length > 2 && SURNAME_PARTICLES.has(wa[1]!));
    const afterGiven = ms[a]!.givenFirst !== false && !particle;
    // a father's name after "bin" is no surname ("Rashid Al Maktoum" / "Mohammed bin Rashid Al Maktoum")
    const hosts = fullReps.filter(
      (b) =>
        b !== a &&
        endsWith(ms[b]!.words, wa) &&
        !afterPatronymic(ms[b]!.words, ms[b]!.words.length - wa.length) &&
        (!afterGiven || (ms[b]!.words.length === wa.length + 1 && ms[b]!.givenFirst === true)),
    );
    const roots = new Set(hosts.map((b) => uf.find(b)));
    if (roots.size === 1) uf.union(hosts[0]!, a);
  }
}

/**
 * One person's full name written differently ("Patrick W. Carlineo" / "Patrick Carlineo Jr." /
 * "Pat Carlineo"), joined when nothing in the two groups contradicts it ("John Smith Sr." /
 * "John Smith Jr.", "George H.W. Bush" / "George W. Bush" stay apart).
 */
export function joinFullNameVariants(ms: readonly NameMention[], fullReps: readonly number[], uf: UnionFind): void {
  const parts = new Map(fullReps.map((i) => [i, personName(ms[i]!.words)]));
  const namesOf = (i: number): number[] =>
    fullReps.filter((r) => uf.find(r) === uf.find(i) && ms[r]!.givenFirst !== false && parts.get(r));
  const fits = (i: number, j: number): boolean => {
    const pi = parts.get(i);
    const pj = parts.get(j);
    return !!pi && !!pj && compatibleNames(pi, pj) && !initialSetsApart(pi, pj, i < j);
  };
  for (let x = 0; x < fullReps.length; x++) {
    for (let y = x + 1; y < fullReps.length; y++) {
      const a = fullReps[x]!;
      const b = fullReps[y]!;
      if (uf.find(a) === uf.find(b) || !fits(a, b)) continue;
      const gb = namesOf(b);
      if (namesOf(a).every((i) => gb.every((j) => fits(i, j)))) uf.union(a, b);
    }
  }
}

/**
 * Given names of two words or more alone ("Te Kaurinui" / "Te Kaurinui Robert Parata"), when
 * they open a single longer name.
 */
export function joinLongGivenNames(ms: readonly NameMention[], fullReps: readonly number[], uf: UnionFind): void {
  for (const a of fullReps) {
    const wa = ms[a]!.words;
    const hosts = fullReps.filter((b) => {
      const wb = ms[b]!.words;
      return wb.length >= 3 && wb.length > wa.length && wa.every((w, k) => wb[k] === w);
    });
    const roots = new Set(hosts.map((b) => uf.find(b)));
    if (roots.size === 1 && !roots.has(uf.find(a))) uf.union(hosts[0]!, a);
  }
}

/**
 * A person called by the initials of a full name of three words or more ("JFK" / "John F.
 * Kennedy", "MBS" / "Mohammed bin Salman"), when the initials stand alone in no other group and
 * a single person's name gives them.
 */
export function joinPersonInitials(ms: readonly NameMention[], fullReps: readonly number[], uf: UnionFind): void {
  const byInitials = new Map<string, number[]>();
  for (const r of fullReps) {
    const words = ms[r]!.words;
    if (words.length < 3 || words.length > 4 || !words.every((w) => /^\p{L}/u.test(w))) continue;
    const k = words.map((w) => w[0]).join('');
    const list = byInitials.get(k) ?? [];
    if (!list.some((x) => uf.find(x) === uf.find(r))) list.push(r);
    byInitials.set(k, list);
  }
  ms.forEach((m, i) => {
    if (m.words.length !== 1 || !m.allCaps || m.capsLine || m.type === 'LOC') return;
    // acronyms that another name already explains (an organisation) keep their group
    const w = m.words[0]!;
    if (!/^[a-z]{3,4}$/.test(w) || ms.some((o, j) => uf.find(j) === uf.find(i) && o.words.length >= 2)) return;
    const people = byInitials.get(w);
    if (people?.length === 1) uf.union(people[0]!, i);
  });
}

/**
 * A middle initial written only after the name was given in full without it sets another person
 * apart ("George Bush" ... "George W. Bush", a father and his son): a reader who met the person
 * by the fuller form first takes the shorter form for the same one, not the other way round.
 * A generational suffix on the shorter form ("Gregory Halvorsen Jr.") already names the person.
 */
function initialSetsApart(a: PersonName, b: PersonName, aFirst: boolean): boolean {
  const [plain, fuller] = aFirst ? [a, b] : [b, a];
  return (
    plain.middles.length === 0 &&
    plain.suffix === null &&
    fuller.middles.length > 0 &&
    fuller.middles.every((m) => m.length === 1) &&
    plain.given === fuller.given
  );
}

/** The key a surname is looked up by: without a glued article, spelling variants met. */
export function surnameKey(w: string): string {
  return looseWord(withoutArticle(w));
}

/** Word `k` of a name follows a patronymic particle: it names the father ("bin Salman"). */
export function afterPatronymic(words: readonly string[], k: number): boolean {
  return k > 0 && PATRONYMIC_PARTICLES.has(words[k - 1]!);
}

/** `b` ends with the words of `a` (a shorter), spelling variants met. */
export function endsWith(b: readonly string[], a: readonly string[]): boolean {
  if (a.length === 0 || b.length <= a.length) return false;
  const at = b.length - a.length;
  return a.every((w, i) => looseWord(w) === looseWord(b[at + i]!));
}

function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
  let j = 0;
  for (const w of b) if (j < a.length && a[j] === w) j++;
  return j === a.length;
}
