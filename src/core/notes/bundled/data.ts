/**
 * The bundled, offline reference data (assets/data/, sources in assets/data/SOURCES-notes.md),
 * typed and indexed by name key once, on first use.
 */
import countriesJson from '../../../../assets/data/countries.json';
import statesJson from '../../../../assets/data/us-states.json';
import citiesJson from '../../../../assets/data/cities.json';
import orgsJson from '../../../../assets/data/organizations.json';
import { acronymKey, isAcronym, nameKey } from '../names';

export interface Country {
  code: string;
  name: string;
  wiki: string;
  aliases: string[];
  demonyms: string[];
  capital: string | null;
  region: string | null;
  population: number;
  populationYear: number;
  languages: string[];
  currencies: string[];
  flag: string;
}

export type BundledKind = 'country' | 'state' | 'city' | 'region' | 'organization';

export interface BundledItem {
  kind: BundledKind;
  /** Stable id: "country:VE", "state:GA", "city:Caracas", "organization:OPEC". */
  id: string;
  name: string;
  /** The English Wikipedia title of the same thing (a ranking hint for lookups). */
  wiki: string;
  /** The note's text. */
  line: string;
  country?: Country;
  /** Words one of which the article must contain for this reading (a capital's country). */
  requires?: string[];
}

interface RawCountry extends Omit<Country, 'code'> {
  continent?: string | null;
}
interface NamedLine {
  name: string;
  aliases: string[];
  line: string;
  wiki: string;
}

/** National capitals that share their name with better-known places or people; no capital note. */
// prettier-ignore
const AMBIGUOUS_CAPITALS = new Set(['victoria', 'hamilton', 'georgetown', 'kingston', 'san jose', "saint john's", 'jamestown', 'plymouth', 'washington dc']);

export function formatPopulation(n: number): string {
  if (n >= 1e9) return `${trim(n / 1e9, 2)} billion`;
  if (n >= 1e6) return `${trim(n / 1e6, n >= 1e8 ? 0 : 1)} million`;
  // Speed: group whole numbers by hand. bundledIndex() formats every country at once, and
  // toLocaleString's first call initialises ICU number formatting: ~70 ms of a cold tab's analysis.
  if (Number.isInteger(n) && n >= 0) return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n.toLocaleString('en-US');
}
function trim(x: number, digits: number): string {
  return x.toFixed(digits).replace(/\.0+$/, '');
}

function list(xs: readonly string[]): string {
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

export function countryLine(c: Country): string {
  const parts = [`${c.flag} ${c.name}: a country${c.region ? ` in ${regionPhrase(c.region)}` : ''}.`];
  if (c.capital) parts.push(`Capital: ${c.capital.replace(/\.$/, '')}.`);
  parts.push(`Population: ${formatPopulation(c.population)} (${c.populationYear}).`);
  if (c.languages.length) parts.push(`${c.languages.length > 1 ? 'Languages' : 'Language'}: ${list(c.languages)}.`);
  if (c.currencies.length) parts.push(`${c.currencies.length > 1 ? 'Currencies' : 'Currency'}: ${list(c.currencies)}.`);
  return parts.join(' ');
}

/** "the United States", "the Netherlands", but "Venezuela". */
export function withArticle(name: string): string {
  return /^(United |Dominican Republic|Central African|Democratic Republic|Republic of|Netherlands|Philippines|Bahamas|Gambia|Maldives|Solomon Islands|Marshall Islands|Comoros|Seychelles)/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

function regionPhrase(region: string): string {
  return /^(Caribbean|Middle East|South Caucasus|Baltic Countries|British Isles)$/.test(region)
    ? `the ${region}`
    : region;
}

export interface BundledIndex {
  /** Lower-cased name key -> items with that name. */
  byKey: Map<string, BundledItem[]>;
  /** Case-kept acronym -> items ("WHO", "US"). */
  byAcronym: Map<string, BundledItem[]>;
  countries: Country[];
  countryByCode: Map<string, Country>;
}

let index: BundledIndex | null = null;

export function bundledIndex(): BundledIndex {
  if (index) return index;
  const byKey = new Map<string, BundledItem[]>();
  const byAcronym = new Map<string, BundledItem[]>();
  const add = (name: string, item: BundledItem) => {
    const map = isAcronym(name) ? byAcronym : byKey;
    const key = isAcronym(name) ? acronymKey(name) : nameKey(name);
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.some((i) => i.id === item.id)) list.push(item);
    map.set(key, list);
  };

  const countries: Country[] = [];
  const countryByCode = new Map<string, Country>();
  for (const [code, raw] of Object.entries(countriesJson as unknown as Record<string, RawCountry>)) {
    const c: Country = { code, ...raw };
    countries.push(c);
    countryByCode.set(code, c);
    const item: BundledItem = {
      kind: 'country',
      id: `country:${code}`,
      name: c.name,
      wiki: c.wiki,
      line: countryLine(c),
      country: c,
    };
    for (const n of [c.name, ...c.aliases]) add(n, item);
  }

  const curatedCities = new Set<string>();
  for (const city of (citiesJson as { cities: NamedLine[] }).cities) {
    const item: BundledItem = {
      kind: 'city',
      id: `city:${city.name}`,
      name: city.name,
      wiki: city.wiki,
      line: city.line,
    };
    for (const n of [city.name, ...city.aliases]) {
      add(n, item);
      curatedCities.add(nameKey(n));
    }
  }
  for (const region of (citiesJson as { regions: NamedLine[] }).regions) {
    const item: BundledItem = {
      kind: 'region',
      id: `region:${region.name}`,
      name: region.name,
      wiki: region.wiki,
      line: region.line,
    };
    for (const n of [region.name, ...region.aliases]) add(n, item);
  }
  for (const c of countries) {
    if (!c.capital) continue;
    const key = nameKey(c.capital);
    if (curatedCities.has(key) || AMBIGUOUS_CAPITALS.has(key)) continue;
    add(c.capital, {
      kind: 'city',
      id: `city:${c.capital}`,
      name: c.capital,
      wiki: c.capital,
      line: `${c.capital}: the capital of ${withArticle(c.name)} ${c.flag}.`,
      // "Paris" is the French capital only in an article that mentions France (not Paris, Texas).
      requires: [c.name, ...c.aliases, ...c.demonyms],
    });
  }

  const states = statesJson as unknown as {
    states: [string, string, string, string][];
    wikiTitles: Record<string, string>;
  };
  for (const [code, name, capital, region] of states.states) {
    add(name, {
      kind: 'state',
      id: `state:${code}`,
      name,
      wiki: states.wikiTitles[code] ?? name,
      line: `${name}: a US state in the ${region}; capital ${capital}.`,
    });
  }

  for (const org of (orgsJson as { organizations: NamedLine[] }).organizations) {
    const item: BundledItem = {
      kind: 'organization',
      id: `organization:${org.name}`,
      name: org.name,
      wiki: org.wiki,
      line: org.line,
    };
    for (const n of [org.name, ...org.aliases]) add(n, item);
  }

  index = { byKey, byAcronym, countries, countryByCode };
  return index;
}
