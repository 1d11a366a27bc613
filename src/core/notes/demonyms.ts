/**
 * Demonyms and country adjectives ("Venezuelan", "Americans") link to their country's bundled
 * note without becoming entities. Compound names that are not about the country ("Latin
 * American", "Indian Ocean", "British Columbia") are recognised and skipped.
 */
import type { DemonymLink, Entity } from '../analysis/contract';
import { bundledIndex, countryLine, type Country } from './bundled/data';
import { articleCues, resolveBundled } from './bundled/resolve';

/** Phrases that contain a demonym but do not refer to that country. */
// prettier-ignore
const NOT_DEMONYMS = [
  'Latin American', 'South American', 'North American', 'Central American', 'Native American', 'African American',
  'African-American', 'Pan-American', 'Asian American', 'Asian-American', 'Inter-American', 'Indian Ocean', 'American Samoa',
  'French Guiana', 'French Polynesia', 'French fries', 'British Columbia', 'British Virgin Islands', 'British Indian Ocean',
  'Dutch Caribbean', 'Turkish Cypriot', 'Greek Cypriot', 'Chinese Taipei', 'New Mexican', 'Papua New Guinean',
  'Equatorial Guinean', 'Bissau-Guinean', 'Georgian architecture', 'Georgian era', 'American Indian',
];

interface Matcher {
  re: RegExp;
  byWord: Map<string, Country | null>;
}

let matcher: Matcher | null = null;

function getMatcher(): Matcher {
  if (matcher) return matcher;
  const byWord = new Map<string, Country | null>();
  for (const c of bundledIndex().countries) for (const d of c.demonyms) byWord.set(d, c);
  for (const p of NOT_DEMONYMS) byWord.set(p, null);
  const words = [...byWord.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A demonym may take a plural "s" ("Venezuelans"); never inside a longer word.
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${words.join('|')})(?:s)?(?![\\p{L}\\p{N}])`, 'gu');
  matcher = { re, byWord };
  return matcher;
}

/**
 * Every demonym in `text` outside entity mentions, with the country it refers to and the id of
 * that country's entity when the article names the country too.
 */
export function findDemonyms(text: string, entities: readonly Entity[]): DemonymLink[] {
  const { re, byWord } = getMatcher();
  const cues = articleCues(text);
  const countryEntity = new Map<string, string>();
  for (const e of entities) {
    const m = resolveBundled(e, cues);
    const code = m && m.alternatives.length === 0 && m.item.kind === 'country' ? m.item.country?.code : undefined;
    if (code && !countryEntity.has(code)) countryEntity.set(code, e.id);
  }
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  // Matches come in text order: walk the sorted mentions alongside (long pages, many mentions).
  let mi = 0;
  let reach = -1; // the furthest end among mentions that start before the current match
  const insideMention = (start: number, end: number): boolean => {
    while (mi < mentions.length && mentions[mi]!.start < end) {
      reach = Math.max(reach, mentions[mi]!.end);
      mi++;
    }
    return reach > start;
  };
  const out: DemonymLink[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const country = byWord.has(word) ? byWord.get(word) : byWord.get(word.slice(0, -1));
    if (!country) continue;
    // "Georgian" only when the article is about the country, not the US state.
    if (country.code === 'GE' && cues.us >= cues.caucasus) continue;
    const start = m.index;
    const end = start + word.length;
    if (insideMention(start, end)) continue;
    out.push({
      text: word,
      start,
      end,
      country: country.code,
      countryName: country.name,
      entityId: countryEntity.get(country.code) ?? null,
      note: countryLine(country),
    });
  }
  return out;
}
