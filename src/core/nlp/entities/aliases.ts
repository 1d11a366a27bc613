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
 * The steps live by kind: full-name-ties.ts (a person's full names), single-name-ties.ts (names
 * said in one word), abbreviation-ties.ts, organisation-ties.ts, written-variants.ts; this file
 * runs them in order (the order matters: later steps look up the groups earlier ones made).
 */
import type { MentionType } from './mentions';
import { countryOf } from './country-names';
import { joinCapsLineTwins } from './place-qualified';
import { UnionFind } from './union-find';
import {
  joinFullNameSpellings,
  joinFullNameVariants,
  joinLongGivenNames,
  joinLongSurnames,
  joinPersonInitials,
  joinShorterFullForms,
  joinTiedNames,
} from './full-name-ties';
import { joinSingleNames, personWords } from './single-name-ties';
import { acronymExpansions, joinAcronymLeads, joinAcronyms } from './abbreviation-ties';
import {
  joinCompanyDesignators,
  joinOrgShortForms,
  joinOtherNames,
  orgsByCoreWord,
  orgsByFirstWord,
} from './organisation-ties';
import { joinSpacingVariants, joinVowelVariants, withPlainApostrophes, withoutLeadingThe } from './written-variants';

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

/** Group mentions (in text order) into entities; returns the group index of each mention. */
export function groupMentions(given: readonly NameMention[], text = ''): number[] {
  const ms = given.map((m) => withPlainApostrophes(withoutLeadingThe(m)));
  const n = ms.length;
  const uf = new UnionFind(n);
  const key = ms.map((m) => m.words.join(' '));

  // a person's full names
  const fullByKey = joinFullNameSpellings(ms, uf);
  const tiedNicks = joinTiedNames(ms, uf, text);
  const fullReps = [...fullByKey.values()];
  joinShorterFullForms(ms, fullReps, uf);
  joinLongSurnames(ms, fullReps, uf);
  joinFullNameVariants(ms, fullReps, uf);
  joinLongGivenNames(ms, fullReps, uf);

  // names said in one word: a person's, a state's, an organisation's
  const people = personWords(ms, fullReps, tiedNicks, uf, text);
  const targets = {
    expansions: acronymExpansions(ms),
    orgByFirst: orgsByFirstWord(ms, key),
    orgByCore: orgsByCoreWord(ms, key),
  };
  const singleByKey = joinSingleNames(ms, key, people, targets, uf);
  joinVowelVariants(singleByKey, uf);

  // organisations' and places' names of several words
  const otherReps = [...joinOtherNames(ms, key, fullByKey, uf).values()];
  joinAcronymLeads(ms, otherReps, uf);
  joinCompanyDesignators(ms, otherReps, uf);
  joinOrgShortForms(ms, otherReps, uf);

  joinAcronyms(ms, uf);
  joinPersonInitials(ms, fullReps, uf);
  joinCountryNames(ms, uf);
  joinSpacingVariants(ms, uf);
  joinCapsLineTwins(ms, text, (a, b) => uf.union(a, b));

  const out: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = uf.find(i);
  return out;
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
