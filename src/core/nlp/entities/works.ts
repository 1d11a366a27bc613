/**
 * Titles of works read as names, told by the common noun the article puts before them: "the
 * story collection Heat of Fusion", "the 2012 book L’être et le Néon", "the third season of The
 * Crown", and the next titles of the same list ("its albums Toulouse Street and The Captain and
 * Me"), and a title the article describes right after it by its kind ("The Last Hot Time, an urban
 * fantasy about bootleggers", "Growing Up Weightless, a story of political intrigue"). A book, a
 * film or a series is neither a person, an organisation nor a place.
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

/** Kinds of work an appositive gives after a title ("X, a story of …"), beside the work nouns. */
// prettier-ignore
const GENRE_NOUNS = new Set([
  'story', 'tale', 'fantasy', 'thriller', 'riff', 'comedy', 'drama', 'romance', 'satire', 'parody', 'mystery',
  'biography', 'play', 'sequel', 'prequel', 'novelization', 'adaptation', 'retelling', 'western', 'romp', 'epic',
]);
/** Words that end the appositive's noun phrase right after its head ("a story of …", "a novel, …"). */
// prettier-ignore
const PHRASE_ENDS = new Set([
  'about', 'of', 'on', 'by', 'from', 'in', 'set', 'that', 'which', 'written', 'starring', 'featuring', 'where',
  'whose', 'with', ',', '.', ';', ')', '—', '–',
]);
/** Longest run of describing words between the article and the kind ("an urban fantasy"). */
const MAX_DESCRIBING = 3;

/**
 * "X, a [describing words] story of …", "X, the story collection Y": the appositive right after
 * the mention names a kind of work. One such mention makes the name a work's title.
 */
export function isDescribedAsWork(m: NameMention, tokens: readonly Token[]): boolean {
  if (tokens[m.last]?.text !== ',') return false;
  const det = tokens[m.last + 1]?.text;
  if (det !== 'a' && det !== 'an' && det !== 'the') return false;
  for (let k = m.last + 2; k <= m.last + 2 + MAX_DESCRIBING && k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
    if (!GENRE_NOUNS.has(w) && !TITLE_NOUNS.has(w)) continue;
    const next = tokens[k + 1]?.text ?? '.';
    // a compound goes on to its head ("a story collection")
    if (!PHRASE_ENDS.has(next) && /^\p{Ll}/u.test(next)) continue;
    // the kind ends its phrase, or a second title follows it ("the story collection Heat of Fusion")
    return PHRASE_ENDS.has(next) || (det === 'the' && /^\p{Lu}/u.test(next) && TITLE_NOUNS.has(w));
  }
  return false;
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

/** Longest run of capitalised words read back over to a title's capitalised article. */
const MAX_TITLE_HEAD = 5;

/**
 * "like The Name of the Rose": the mention ends a title that opens with a capitalised article
 * inside a sentence ("The", "A"), joined to it by "of" or "of the". A body's name written
 * inside a sentence takes a lower-case "the" ("the Bank of England").
 */
export function isTitleFragment(m: NameMention, tokens: readonly Token[], sentFirst: Int32Array): boolean {
  let k = m.first - 1;
  if (tokens[k]?.text === 'the') k--;
  if (tokens[k]?.text !== 'of') return false;
  const lo = sentFirst[m.first]!;
  for (let i = k - 1; i > lo && k - i <= MAX_TITLE_HEAD; i--) {
    const w = tokens[i]!.text;
    if (w === 'The' || w === 'A' || w === 'An') return i - 1 >= lo && /^\p{Ll}/u.test(tokens[i - 1]!.text);
    if (!isUpper(w)) return false;
  }
  return false;
}
