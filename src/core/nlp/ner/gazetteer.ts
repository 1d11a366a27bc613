/**
 * Name lists the recognizer consults as features (never as answers on their own): first names,
 * surnames, countries, cities, regions, organisations, ... Entries are lowercase token sequences
 * (tokenised like the text), matched at every token; a token inside a match gets that list's
 * "begins" or "inside" bit.
 */
import { foldWord } from './fold';

// prettier-ignore
export const GAZ_LISTS = [
  'firstName', 'lastName', 'person', 'country', 'city', 'region', 'place', 'organization',
  'sportsTeam', 'demonym', 'honorific', 'calendar',
] as const;
export type GazList = (typeof GAZ_LISTS)[number];

/** As stored in the model file: list name -> lowercase entries (tokens joined by one space). */
export type GazetteerData = Partial<Record<GazList, string[]>>;

export interface Gazetteer {
  /** phrase (lowercase tokens joined by ' ') -> bitmask of lists (bit = index in GAZ_LISTS) */
  phrases: Map<string, number>;
  /** first token of a phrase -> longest phrase length (in tokens) starting with it */
  firstToken: Map<string, number>;
}

export function buildGazetteer(data: GazetteerData): Gazetteer {
  const phrases = new Map<string, number>();
  const firstToken = new Map<string, number>();
  GAZ_LISTS.forEach((name, bit) => {
    const list = data[name];
    if (!Array.isArray(list)) return;
    for (const raw of list) {
      if (typeof raw !== 'string' || raw === '') continue;
      const entry = foldWord(raw); // words are looked up in their folded form (fold.ts)
      phrases.set(entry, (phrases.get(entry) ?? 0) | (1 << bit));
      // first token and token count without splitting
      const sp = entry.indexOf(' ');
      const f = sp < 0 ? entry : entry.slice(0, sp);
      let len = 1;
      for (let k = sp; k >= 0; k = entry.indexOf(' ', k + 1)) len++;
      if ((firstToken.get(f) ?? 0) < len) firstToken.set(f, len);
    }
  });
  return { phrases, firstToken };
}

/**
 * Per-token gazetteer bits for tokens [from, to) of one sentence: low 16 bits = the token begins a
 * matched entry of that list, high 16 bits = it is inside (not first) of one.
 */
export function markGazetteer(
  gaz: Gazetteer,
  lowers: readonly string[],
  reach: readonly { gazMax: number }[],
  from: number,
  to: number,
  out: Int32Array,
): void {
  for (let i = from; i < to; i++) {
    const maxLen = reach[i]!.gazMax; // gaz.firstToken.get(lowers[i]), looked up once per word
    if (maxLen === 0) continue;
    let phrase = lowers[i]!;
    for (let len = 1; len <= maxLen && i + len <= to; len++) {
      if (len > 1) phrase += ' ' + lowers[i + len - 1]!;
      const mask = gaz.phrases.get(phrase);
      if (mask === undefined) continue;
      out[i]! |= mask;
      for (let k = 1; k < len; k++) out[i + k]! |= mask << 16;
    }
  }
}
