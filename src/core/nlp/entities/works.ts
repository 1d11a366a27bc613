/**
 * Titles of works read as names, told by the common noun the article puts before them: "the
 * story collection Heat of Fusion", "the 2012 book L’être et le Néon", "the third season of The
 * Crown", and the next titles of the same list ("its albums Toulouse Street and The Captain and
 * Me"). A book, a film or a series is neither a person, an organisation nor a place.
 * (context-types.ts reads the nouns around a name with a determiner: "the novel X", "the X
 * spacecraft"; this module takes the noun after any modifier, and lists.)
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';

/** Nouns that stand right before a work's title ("the book X"). */
// prettier-ignore
const TITLE_NOUNS = new Set([
  'novel', 'novels', 'novella', 'book', 'books', 'memoir', 'collection', 'anthology', 'series', 'album', 'albums',
  'film', 'films', 'movie', 'movies', 'sitcom', 'musical', 'opera', 'poem', 'song', 'songs', 'handbook', 'documentary',
  'podcast', 'episode', 'episodes', 'trilogy', 'saga', 'franchise', 'comic', 'comics', 'exhibition', 'essay',
]);
/** Nouns followed by "of" and a work's title ("the third season of X"). */
// prettier-ignore
const PART_NOUNS = new Set([
  'season', 'seasons', 'episode', 'episodes', 'sequel', 'remake', 'adaptation', 'installment', 'instalment', 'volume',
  'chapter', 'reboot', 'finale', 'premiere',
]);
/** Words between the noun and the title. */
const LINKS = new Set(['such', 'as', 'like', 'called', 'titled', 'entitled']);
/** Small words of a title, in lower case inside it ("Heat of Fusion", "The Captain and Me"). */
const TITLE_SMALL = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'et', 'le', 'la', 'de']);
/** Longest stretch of titles read back over in a list. */
const MAX_LIST = 16;

const isUpper = (w: string): boolean => /^\p{Lu}/u.test(w);

/** The work noun (or "season of") that ends right before token `k`, written in lower case. */
function nounBefore(tokens: readonly Token[], k: number): boolean {
  let i = k - 1;
  while (i >= 0 && k - i <= 2 && LINKS.has(tokens[i]!.text)) i--;
  const w = tokens[i]?.text;
  if (w === undefined) return false;
  if (TITLE_NOUNS.has(w)) return true;
  return w === 'of' && PART_NOUNS.has(tokens[i - 1]?.text ?? '');
}

/** The mention is a title: right after a work noun, or after "and" or a comma in a list of titles that begins with one. */
export function isWorkTitle(m: NameMention, tokens: readonly Token[]): boolean {
  if (nounBefore(tokens, m.first)) return true;
  const k = m.first - 1;
  if (tokens[k]?.text !== 'and' && tokens[k]?.text !== ',') return false;
  // back over the earlier titles of the list to the noun that opens it
  let i = k - 1;
  while (i >= 0 && k - i <= MAX_LIST) {
    const w = tokens[i]!.text;
    if (isUpper(w) || TITLE_SMALL.has(w) || w === ',') {
      if (isUpper(w) && nounBefore(tokens, i)) return true;
      i--;
      continue;
    }
    return false;
  }
  return false;
}
