/**
 * A city or country named on its own is an organisation in sports reporting ("Liverpool beat
 * Arsenal 2-1": the club) and a place everywhere else. The recognizer learned the sports reading
 * from CoNLL-2003, where sport is a third of the text, and applies it to "a singer from
 * Liverpool". So: in a text with little sports vocabulary, a name the place lists hold (and the
 * organisation and team lists do not) is a place.
 *
 * The threshold is read off the training data: in CoNLL-2003 train and dev documents under one
 * sports cue per 100 words, gold single-word place names are organisations 22 times and places
 * 3,227 times; in wikigold's training half, once against 147.
 */
import type { Token } from '../tokenize';
import type { NerSpan } from '../ner/recognize';
import { isWordToken } from './mentions';

/** Words of sports reporting (lowercase). */
// prettier-ignore
const SPORTS_WORDS = new Set([
  'soccer', 'cricket', 'tennis', 'golf', 'rugby', 'baseball', 'basketball', 'hockey', 'league', 'cup', 'match',
  'innings', 'beat', 'defeated', 'scored', 'goal', 'goals', 'halftime', 'half-time', 'season', 'squad', 'striker',
  'midfielder', 'coach', 'championship', 'tournament', 'division', 'seed', 'wicket', 'wickets', 'runs',
]);
const MAX_SPORTS_WORD = Math.max(...[...SPORTS_WORDS].map((w) => w.length));
/** A score or result: "2-1", "6-3". */
const SCORE = /^\d{1,3}-\d{1,3}$/;
/** Sports cues per 100 words under which a text is not sports reporting. */
export const SPORTS_CUES_PER_100_WORDS = 1;

/** Sports cues per 100 word tokens of the text. */
export function sportsDensity(tokens: readonly Token[]): number {
  let words = 0;
  let cues = 0;
  for (const t of tokens) {
    const w = t.text;
    if (!isWordToken(w)) continue;
    words++;
    const c = w.charCodeAt(0);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (letter ? w.length <= MAX_SPORTS_WORD && SPORTS_WORDS.has(w.toLowerCase()) : c >= 48 && c <= 57 && SCORE.test(w))
      cues++;
  }
  return words ? (100 * cues) / words : 0;
}

/**
 * Spans with organisations named like places retyped as places, when the text is not sports
 * reporting. `isPlaceOnly(tokens)` says whether the place lists hold the name and the organisation
 * and team lists do not.
 */
export function placesOutsideSport(
  tokens: readonly Token[],
  spans: NerSpan[],
  isPlaceOnly: (words: readonly string[]) => boolean,
): NerSpan[] {
  if (!spans.some((s) => s.type === 'ORG')) return spans;
  if (sportsDensity(tokens) >= SPORTS_CUES_PER_100_WORDS) return spans;
  return spans.map((s) => {
    if (s.type !== 'ORG') return s;
    const words: string[] = [];
    for (let i = s.first; i < s.last; i++) words.push(tokens[i]!.text);
    return isPlaceOnly(words) ? { ...s, type: 'LOC' } : s;
  });
}
