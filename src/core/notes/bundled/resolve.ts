/**
 * Which bundled item an entity is, if any. Names shared by several things (Georgia the country
 * and the US state; Washington the capital and the state; New York the city and the state)
 * are settled by cues in the article; when the cues do not settle it, the note says so.
 */
import type { Entity, EntityType } from '../../analysis/contract';
import { acronymKey, isAcronym, nameKey } from '../names';
import { bundledIndex, type BundledItem, type BundledKind } from './data';

const KINDS_FOR: Record<EntityType, readonly BundledKind[]> = {
  person: [],
  place: ['country', 'state', 'city', 'region', 'organization'],
  // News text uses countries and capitals for their governments ("Washington accuses ...").
  organization: ['organization', 'country', 'city'],
  other: ['country', 'state', 'city', 'region', 'organization'],
};

/** Cue words counted once per article. */
export interface ArticleCues {
  text: string;
  us: number;
  caucasus: number;
  washingtonState: number;
  newYorkState: number;
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function articleCues(text: string): ArticleCues {
  return {
    text,
    us: count(
      text,
      /\b(Atlanta|Savannah|Augusta|Alabama|Florida|Tennessee|South Carolina|North Carolina|Peach State|Kemp|Ossoff|Warnock|Raffensperger|Fulton County|county|counties|governor|Gov\.|state legislature|statehouse|Senate race|Democrat|Republican|GOP|[A-Z][a-z]+, Ga\.|, GA\b)/g,
    ),
    caucasus: count(
      text,
      /\b(Tbilisi|Caucasus|Abkhazia|South Ossetia|Georgian Dream|Kobakhidze|Zourabichvili|Ivanishvili|Saakashvili|Black Sea|Batumi|Kremlin|Moscow|Armenia|Azerbaijan|lari)\b/g,
    ),
    washingtonState: count(
      text,
      /\b(Seattle|Spokane|Tacoma|Olympia|Bellevue|Yakima|Pacific Northwest|Puget Sound|Washington state|Washington State|state of Washington|Oregon|Idaho|King County)\b/g,
    ),
    newYorkState: count(
      text,
      /\b(Albany|Buffalo|Rochester|Syracuse|Hochul|New York state|New York State|state of New York|upstate)\b/g,
    ),
  };
}

/** "Washington" recognised as an organisation: the government, not the city. */
const US_GOVERNMENT: BundledItem = {
  kind: 'organization',
  id: 'organization:US federal government',
  name: 'US federal government',
  wiki: 'Federal government of the United States',
  line: 'Washington: here the US federal government, seated in Washington, D.C.',
};

export interface BundledMatch {
  item: BundledItem;
  /** Other readings the article did not rule out (the note then names them too). */
  alternatives: BundledItem[];
}

/** Candidate items for one surface name, allowed for `type`. */
function candidatesFor(name: string, type: EntityType): BundledItem[] {
  const idx = bundledIndex();
  const found = isAcronym(name) ? idx.byAcronym.get(acronymKey(name)) : idx.byKey.get(nameKey(name));
  const kinds = KINDS_FOR[type];
  return (found ?? []).filter((i) => kinds.includes(i.kind));
}

function contextAllows(item: BundledItem, cues: ArticleCues): boolean {
  return (
    !item.requires ||
    item.requires.some((w) => w.length > 1 && new RegExp(`(?<![\\p{L}])${escapeRe(w)}`, 'u').test(cues.text))
  );
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function resolveBundled(
  entity: Pick<Entity, 'name' | 'aliases' | 'type'>,
  cues: ArticleCues,
): BundledMatch | null {
  const key = nameKey(entity.name);
  const idx = bundledIndex();

  // Bare "Washington": the capital (and, in news, the US government) unless the article is
  // about the state.
  if (key === 'washington' && entity.type !== 'person') {
    const dc = idx.byKey.get(nameKey('Washington, D.C.'))?.[0];
    const state = idx.byKey.get('washington')?.find((i) => i.kind === 'state');
    if (dc && state) {
      if (entity.type === 'organization') return { item: US_GOVERNMENT, alternatives: [] };
      if (cues.washingtonState > 0) return { item: state, alternatives: [] };
      return { item: dc, alternatives: [] };
    }
  }

  for (const name of [entity.name, ...entity.aliases]) {
    const items = candidatesFor(name, entity.type).filter((i) => contextAllows(i, cues));
    if (items.length === 0) continue;
    if (items.length === 1) return { item: items[0]!, alternatives: [] };
    return settle(items, cues);
  }
  return null;
}

function settle(items: BundledItem[], cues: ArticleCues): BundledMatch {
  const country = items.find((i) => i.kind === 'country');
  const state = items.find((i) => i.kind === 'state');
  const city = items.find((i) => i.kind === 'city');
  if (country && state) {
    // Georgia.
    if (cues.caucasus > cues.us) return { item: country, alternatives: [] };
    if (cues.us > cues.caucasus) return { item: state, alternatives: [] };
    return { item: country, alternatives: [state] };
  }
  if (city && state) {
    // New York: the city unless the article is about the state.
    return cues.newYorkState > 0 ? { item: state, alternatives: [] } : { item: city, alternatives: [] };
  }
  return { item: items[0]!, alternatives: items.slice(1) };
}

/** The note text for a match; an unsettled name lists every reading. */
export function matchNote(m: BundledMatch): string {
  if (m.alternatives.length === 0) return m.item.line;
  return `The article does not make clear which is meant. ${[m.item, ...m.alternatives].map((i) => i.line).join(' Or: ')}`;
}
