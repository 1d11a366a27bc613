/**
 * Build assets/data/gazetteer.json from compromise's lexicon (MIT licence; npm package
 * `compromise`, already a devDependency). Entries are tokenised like article text and lowercased,
 * so they match the recognizer's tokens exactly. Deterministic: lists are sorted.
 */
import nlp from 'compromise';
import { tokenize } from '../../src/core/nlp/tokenize';
import type { GazList, GazetteerData } from '../../src/core/nlp/ner/gazetteer';

const TAG_TO_LIST: Record<string, GazList> = {
  FemaleName: 'firstName',
  MaleName: 'firstName',
  FirstName: 'firstName',
  LastName: 'lastName',
  Person: 'person',
  Country: 'country',
  City: 'city',
  Region: 'region',
  Place: 'place',
  Organization: 'organization',
  SportsTeam: 'sportsTeam',
  Demonym: 'demonym',
  Honorific: 'honorific',
  Month: 'calendar',
  WeekDay: 'calendar',
};

export function buildGazetteerData(): GazetteerData {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one
    .lexicon;
  const lists = new Map<GazList, Set<string>>();
  for (const [entry, tagOrTags] of Object.entries(lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    const norm = tokenize(entry)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    if (!norm) continue;
    for (const tag of tags) {
      const list = TAG_TO_LIST[tag];
      if (!list) continue;
      if (!lists.has(list)) lists.set(list, new Set());
      lists.get(list)!.add(norm);
    }
  }
  const out: GazetteerData = {};
  for (const [list, set] of [...lists.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) out[list] = [...set].sort();
  return out;
}
