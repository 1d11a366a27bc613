/**
 * Alias merging: which mentions name the same entity.
 *  1. Same name, same entity ("Trump" ... "Trump").
 *  2. A person's shorter forms go to the full name met in the article: the surname ("Trump"), a
 *     first name or nickname, a first+last form of a longer name. When two full names share the
 *     surname (Delcy and Jorge Rodriguez), a bare "Rodriguez" goes to the nearest preceding full
 *     name, or stays on its own when none precedes: never to both.
 *     A surname of two words goes to the full name that ends with it ("bin Laden", "Nielsen
 *     Hayden", "von Moltke" with the particle the recognizer left out: particle-surnames.ts;
 *     "Lloyd Webber" after a given name); a bare surname never to a name that only stands in a
 *     company's ("Dana F. Besecker Company"); spellings of one name meet (name-keys.ts: "Zelensky" / "Zelenskiy", "al-Assad" /
 *     "Mr. Assad").
 *     Other names the article gives a person join them: a pen name ("X, who writes as Y"), a name
 *     they were called by ("Everyone called him Mike"), also with the surname (name-ties.ts); the
 *     initials of a full name ("JFK"). A plain full name given before the same name with a middle
 *     initial is another person ("George Bush" ... "George W. Bush").
 *  3. An acronym merges with its expansion when the article gives both ("US" / "United States"),
 *     also inside a longer name ("U.N. General Assembly" / "United Nations General Assembly"),
 *     and when the article gives it in brackets after the name, some words left out ("Centers for
 *     Disease Control and Prevention (CDC)", name-ties.ts). A place's or an organisation's former
 *     or other name the article gives joins it too ("X (formerly Y)", "X – or Y as it is called").
 *  4. An organisation's first word alone names it ("Magna" / "Magna International Inc"), but a
 *     place never joins an organisation named after it ("US" / "US Congress").
 *  5. A state's abbreviation in news style names the state ("Calif." / "California"), and so does
 *     its postal code ("TN" / "Tennessee").
 *  6. A country's other names name the country ("America" / "United States", country-names.ts).
 *  7. One name written with other marks: apostrophes either way ("O’Brien" / "O'Brien"), a
 *     hyphen, a space or nothing between its parts ("al-Qaeda" / "Al Qaeda"); one company under
 *     other designators ("Big Machine Records" / "Big Machine Label Group").
 */
import { PATRONYMIC_PARTICLES, type MentionType } from './mentions';
import { SURNAME_PARTICLES, looseKey, looseWord, withoutArticle } from './name-keys';
import { AP_STATE_ABBREVIATIONS } from './known-names';
import { STATE_BY_POSTAL_CODE } from './state-codes';
import { compatibleNames, personName, withoutSuffix, type PersonName } from './person-names';
import { tiedNames } from './name-ties';
import { countryOf } from './country-names';
import { isCountryBranch, joinCapsLineTwins } from './place-qualified';

/** "calif" -> "california", "nj" -> "new jersey" (mention words: lowercase, periods dropped). */
const STATE_BY_ABBREVIATION = new Map(
  [...AP_STATE_ABBREVIATIONS].map(([a, name]) => [a.toLowerCase().replace(/\./g, ''), name.toLowerCase()]),
);

export interface NameMention {
  type: MentionType;
  /** token range of the name, and the title run start (see mentions.ts) */
  first: number;
  last: number;
  titleFirst: number;
  /** character offsets of the name */
  start: number;
  end: number;
  /** the name's words, lowercase, periods dropped ("u.s." -> "us"), quotes left out */
  words: string[];
  /** a quoted nickname inside the name, lowercase */
  nick: string | null;
  /** written in capitals only ("OPEC", "US", or a headline) */
  allCaps: boolean;
  /** stands in a line written in capitals (a headline, a results table) */
  capsLine: boolean;
  /** a "person" made only of title words ("Admiral"): kept only if it resolves to a name */
  titleOnly: boolean;
  /** the first word is a known given name ("Robert" in "Robert Parata"); absent: not known */
  givenFirst?: boolean;
  /** per word: written as an acronym ("UN", "U.N."); absent: none known */
  acronyms?: boolean[];
}

class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  /** Attach b's set to a's; the lower mention index stays root so roots are first mentions. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}

// prettier-ignore
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'des', 'del', 'di', '&', 'in', 'on', 'to', 'a']);

function initials(words: readonly string[]): string {
  let s = '';
  for (const w of words) if (!ACRONYM_SKIP.has(w)) s += w[0] ?? '';
  return s;
}

/** Group mentions (in text order) into entities; returns the group index of each mention. */
export function groupMentions(given: readonly NameMention[], text = ''): number[] {
  const ms = given.map((m) => withPlainApostrophes(withoutLeadingThe(m)));
  const n = ms.length;
  const uf = new UnionFind(n);
  const key = ms.map((m) => m.words.join(' '));

  // Full personal names (two words or more) by their form, spelling variants met (name-keys.ts).
  const fullByKey = new Map<string, number>();
  ms.forEach((m, i) => {
    if (m.type === 'PER' && m.words.length >= 2) {
      const k = looseKey(m.words);
      const j = fullByKey.get(k);
      if (j === undefined) fullByKey.set(k, i);
      else uf.union(j, i);
    }
  });
  // Other names the article gives a person: a pen name, a name they were called by (name-ties.ts).
  const tiedNicks = new Map<number, string[]>();
  for (const [a, b] of tiedNames(ms, text)) {
    uf.union(a, b);
    if (ms[b]!.words.length === 1) tiedNicks.set(a, [...(tiedNicks.get(a) ?? []), ms[b]!.words[0]!]);
  }
  // the name called by, with the surname ("Jack Hart" for "Jonathan Lee Hart, called Jack")
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
  // A shorter full form inside a longer one ("Frank Bradley" in "Frank M Mitch Bradley").
  const fullReps = [...fullByKey.values()];
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
  // The end of a longer name, as a surname of two words or more: "bin Laden" / "Osama bin
  // Laden", "Nielsen Hayden" / "Patrick Nielsen Hayden". Not when it opens with a given name
  // ("Robert Parata" may be another person than "Te Kaurinui Robert Parata"), unless a particle
  // follows it, or the longer name is a known given name and these words ("Lloyd Webber" /
  // "Andrew Lloyd Webber": a surname of two words, or the middle name the person goes by); an
  // end shared by several full names stays apart.
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
  // One person's full name written differently ("Patrick W. Carlineo" / "Patrick Carlineo Jr." /
  // "Pat Carlineo"), joined when nothing in the two groups contradicts it ("John Smith Sr." /
  // "John Smith Jr.", "George H.W. Bush" / "George W. Bush" stay apart).
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
  // Given names of two words or more alone ("Te Kaurinui" / "Te Kaurinui Robert Parata"), when
  // they open a single longer name.
  for (const a of fullReps) {
    const wa = ms[a]!.words;
    const hosts = fullReps.filter((b) => {
      const wb = ms[b]!.words;
      return wb.length >= 3 && wb.length > wa.length && wa.every((w, k) => wb[k] === w);
    });
    const roots = new Set(hosts.map((b) => uf.find(b)));
    if (roots.size === 1 && !roots.has(uf.find(a))) uf.union(hosts[0]!, a);
  }
  // Words by which a person can be named alone.
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

  // Initials of the multi-word names that can expand an acronym (merged below).
  const expansions = new Set<string>();
  for (const e of ms) if (e.words.length >= 2 && !e.allCaps && e.type !== 'PER') expansions.add(initials(e.words));

  // Organisations by their first word ("Magna" for "Magna International Inc"), when only one fits.
  const orgByFirst = new Map<string, number[]>();
  ms.forEach((m, i) => {
    if (m.type === 'ORG' && m.words.length >= 2 && !m.allCaps && !isCountryBranch(m)) {
      const list = orgByFirst.get(m.words[0]!);
      if (!list) orgByFirst.set(m.words[0]!, [i]);
      else if (!list.some((j) => key[j] === key[i])) list.push(i);
    }
  });

  // Organisations by the one word left of their name without designators and a leading given
  // name ("Disney" for "Walt Disney Co."): this word names them before a first word does.
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

  // Single-word mentions: resolve each on its own (the same surname can name different people).
  const singleByKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const m = ms[i]!;
    if (m.words.length !== 1) continue;
    const w = m.words[0]!;
    const state =
      m.type !== 'LOC'
        ? undefined
        : (STATE_BY_ABBREVIATION.get(w) ?? (m.allCaps && w.length === 2 ? STATE_BY_POSTAL_CODE.get(w) : undefined));
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
  joinVowelVariants(singleByKey, uf);

  // Other multi-word names (organisations, places) by exact form.
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

  // An acronym opening a longer name: "U.N. General Assembly" / "United Nations General Assembly".
  const otherKeys = [...otherByKey.values()];
  for (const a of otherKeys) {
    const wa = ms[a]!.words;
    if (wa.length < 2 || wa[0]!.length < 2 || !/^[a-z]+$/.test(wa[0]!) || !isAcronymWord(ms[a]!, 0)) continue;
    for (const b of otherKeys) {
      const wb = ms[b]!.words;
      const lead = wb.length - (wa.length - 1);
      if (b === a || lead < 2 || !endsWith(wb, wa.slice(1)) || initials(wb.slice(0, lead)) !== wa[0]) continue;
      uf.union(b, a);
      break;
    }
  }

  // Shorter forms of an organisation's name ("Whole Foods" / "Whole Foods Market", "Customs and
  // Border Protection" / "U.S. Customs and Border Protection", "Homeland Security Department" /
  // "Department of Homeland Security"), when a single longer name holds it. A place is never
  // merged into an organisation named after it ("New Zealand" / "New Zealand Department of …").
  const otherReps = [...otherByKey.values()];
  // One company named with other designators ("Big Machine Records" / "Big Machine Label
  // Group"): the same name of two words or more before them.
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

  // Acronyms: "US" with "United States", "OPEC" with "Organization of the Petroleum Exporting Countries".
  for (let i = 0; i < n; i++) {
    const m = ms[i]!;
    if (m.words.length !== 1 || !m.allCaps) continue;
    const acro = m.words[0]!;
    if (acro.length < 2 || acro.length > 8 || !/^[a-z]+$/.test(acro)) continue;
    for (let j = 0; j < n; j++) {
      const e = ms[j]!;
      if (e.words.length >= 2 && !e.allCaps && e.type !== 'PER' && initials(e.words) === acro) {
        uf.union(j, i);
        break;
      }
    }
  }
  joinPersonInitials(ms, fullReps, uf);
  joinCountryNames(ms, uf);
  joinSpacingVariants(ms, uf);
  joinCapsLineTwins(ms, text, (a, b) => uf.union(a, b));

  const out: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = uf.find(i);
  return out;
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

/**
 * A person called by the initials of a full name of three words or more ("JFK" / "John F.
 * Kennedy", "MBS" / "Mohammed bin Salman"), when the initials stand alone in no other group and
 * a single person's name gives them.
 */
function joinPersonInitials(ms: readonly NameMention[], fullReps: readonly number[], uf: UnionFind): void {
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

/** Places the article names that are names of one country ("America" / "United States"). */
function joinCountryNames(ms: readonly NameMention[], uf: UnionFind): void {
  const first = new Map<string, number>();
  ms.forEach((m, i) => {
    if (m.type !== 'LOC' || m.capsLine) return;
    const country = countryOf(m.words);
    if (country === null) return;
    const j = first.get(country);
    if (j === undefined) first.set(country, i);
    else uf.union(j, i);
  });
}

const VOWELS = /^[aeiouy]$/;

/** Two words one vowel apart inside the word ("tuva" / "tyva"), first and last letters the same. */
function vowelApart(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a === b) return false;
  let diff = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (diff >= 0) return false;
    diff = k;
  }
  return diff > 0 && diff < a.length - 1 && VOWELS.test(a[diff]!) && VOWELS.test(b[diff]!);
}

/**
 * Transliterations of one name a vowel apart ("Tuva" / "Tyva"), among names of one word that
 * nothing else resolved: joined when each has no other such neighbour in the article.
 */
function joinVowelVariants(singleByKey: ReadonlyMap<string, number>, uf: UnionFind): void {
  const plain = [...singleByKey].filter(([k]) => /^[\p{Ll}]+$/u.test(k));
  const near = plain.map(([k]) => plain.filter(([o]) => vowelApart(k, o)));
  plain.forEach(([, i], x) => {
    const [only] = near[x]!;
    if (near[x]!.length !== 1 || !only) return;
    const y = plain.indexOf(only);
    if (near[y]!.length === 1) uf.union(i, only[1]);
  });
}

/**
 * An organisation's or a place's name without a leading "the" the recognizer took in ("The WHO"
 * is "WHO", "The Hague" meets "Hague"): a person's name keeps its words.
 */
function withoutLeadingThe(m: NameMention): NameMention {
  if (m.type === 'PER' || m.words.length < 2 || m.words[0] !== 'the') return m;
  const words = m.words.slice(1);
  const acronyms = m.acronyms?.slice(1);
  const allCaps = m.allCaps || (words.length === 1 && (acronyms?.[0] ?? false));
  return { ...m, words, allCaps, ...(acronyms ? { acronyms } : {}) };
}

/** Apostrophes written either way meet ("O’Brien" / "O'Brien"): pages mix typewriter and curly ones. */
function withPlainApostrophes(m: NameMention): NameMention {
  if (!m.words.some((w) => /[’‘ʼ`]/.test(w))) return m;
  return { ...m, words: m.words.map((w) => w.replace(/[’‘ʼ`]/g, "'")) };
}

/**
 * Names written with a hyphen or a space, or none, between their parts ("al-Qaeda" / "Al Qaeda",
 * "Coca-Cola" / "Coca Cola"). Only forms that differ meet here: one form said twice is left to the
 * rules above (a one-word "Jordan" may be a person's surname and a country in one article).
 */
function joinSpacingVariants(ms: readonly NameMention[], uf: UnionFind): void {
  const byFlat = new Map<string, Map<string, number>>();
  ms.forEach((m, i) => {
    if (m.capsLine) return;
    const flat = flatKey(m.words);
    if (flat.length < 5) return;
    const form = m.words.join(' ');
    const forms = byFlat.get(flat) ?? new Map<string, number>();
    byFlat.set(flat, forms);
    if (!forms.has(form)) forms.set(form, i);
  });
  for (const forms of byFlat.values()) {
    const [head, ...rest] = [...forms.values()];
    for (const i of rest) uf.union(head!, i);
  }
}

/** A name's letters without the marks between its parts: "al-qaeda" and "al qaeda" -> "alqaeda". */
function flatKey(words: readonly string[]): string {
  return words
    .join('')
    .normalize('NFD')
    .replace(/[\p{M}'\-‐‑–]/gu, '');
}

/** Words that end an organisation's full name and are left out of its short form. */
// prettier-ignore
const DESIGNATORS = new Set(['inc', 'co', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'lp', 'company', 'group', 'holdings', 'market', 'markets', 'records', 'international', 'sa', 'ag', 'nv', 'gmbh', 'department', 'ministry', 'agency']);
/** A company's designator right after a person's name: "Dana F. Besecker Company", "John Smith & Sons". */
const COMPANY_AFTER_NAME = /^\s*(?:Company|Co\.|Inc\b|Corp\b|Corporation|LLC|Ltd\b|(?:&|and)\s+Sons?\b)/u;

/** Designators of a company (not of a public body: "Justice Department" / "Justice Ministry" may be two countries'). */
// prettier-ignore
const COMPANY_DESIGNATORS = new Set(['inc', 'co', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'lp', 'company', 'group', 'holdings', 'records', 'label', 'sa', 'ag', 'nv', 'gmbh']);
const FILLER = new Set(['of', 'the', 'and', 'for', '&']);

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

/** The key a surname is looked up by: without a glued article, spelling variants met. */
function surnameKey(w: string): string {
  return looseWord(withoutArticle(w));
}

/** Word `k` of a name follows a patronymic particle: it names the father ("bin Salman"). */
function afterPatronymic(words: readonly string[], k: number): boolean {
  return k > 0 && PATRONYMIC_PARTICLES.has(words[k - 1]!);
}

/** `b` ends with the words of `a` (a shorter), spelling variants met. */
function endsWith(b: readonly string[], a: readonly string[]): boolean {
  if (a.length === 0 || b.length <= a.length) return false;
  const at = b.length - a.length;
  return a.every((w, i) => looseWord(w) === looseWord(b[at + i]!));
}

/** Word `k` of the mention was written as an acronym: capitals only ("UN"), or with periods ("U.N."). */
function isAcronymWord(m: NameMention, k: number): boolean {
  return m.allCaps || (m.acronyms?.[k] ?? false);
}

function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
  let j = 0;
  for (const w of b) if (j < a.length && a[j] === w) j++;
  return j === a.length;
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
