/**
 * Span revision steps for names that are no organisation, place or person: events, prizes and
 * wars ("MTV Video Music Awards", "Battle of the Bulge"), and names inside a quoted title
 * (“Anarchy in Tokyo”), CoNLL's MISC.
 */
import type { Token } from '../tokenize';
import { EVENT_FIRST_WORDS, EVENT_HEAD_WORDS, ORG_HEAD_WORDS } from './known-names';
import { isCapitalized } from './mentions';
import { CLOSE, CONNECTORS, OPEN, isNameWord, type SpanRevision } from './span-revision';

/** Small words a title-cased title keeps in lower case ("Anarchy in Tokyo", "Jars of Clay"). */
// prettier-ignore
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'to', 'for', 'and', 'on', 'at', 'by', 'with', "'s", 'is', 'it', 'my', 'me', 'you', 'up']);
const MAX_TITLE_TOKENS = 9;

/** Tokens [from, to) read as a title: capitalised words, small words, numbers and title punctuation, no organisation word. */
function isQuotedTitle(tokens: readonly Token[], from: number, to: number): boolean {
  let caps = 0;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    if (isCapitalized(w)) {
      if (ORG_HEAD_WORDS.has(w.toLowerCase())) return false;
      caps++;
    } else if (!TITLE_SMALL_WORDS.has(w) && !/^[\d:,?!'().-]+$/.test(w)) return false;
  }
  return caps > 0;
}

/**
 * Events, prizes and wars: a name headed by "Awards", "Cup", "War", ... or opened by
 * "Battle of", "Operation", ... (the whole capitalised phrase, connectors inside it)
 */
export function eventNames(r: SpanRevision): void {
  const { tokens, sentLast, spans, replacements } = r;
  for (const s of spans) {
    if (s.type !== 'PER' && s.type !== 'LOC' && s.type !== 'ORG') continue;
    const end = sentLast[s.first]!;
    let first = s.first;
    const eventWordAt = (k: number) =>
      k >= 0 &&
      sentLast[k] === end &&
      isCapitalized(tokens[k]!.text) &&
      EVENT_FIRST_WORDS.has(tokens[k]!.text.toLowerCase());
    if (eventWordAt(first - 1)) first--;
    else if (first > 1 && tokens[first - 1]!.text === 'of' && eventWordAt(first - 2)) first -= 2;
    else if (
      first > 2 &&
      tokens[first - 1]!.text === 'the' &&
      tokens[first - 2]!.text === 'of' &&
      eventWordAt(first - 3)
    )
      first -= 3;
    // the phrase runs on over capitalised words (and connectors between them) after the span
    let last = s.last;
    for (let j = s.last; j < end; j++) {
      const w = tokens[j]!.text;
      if (isCapitalized(w) && /\p{L}/u.test(w)) last = j + 1;
      else if (!CONNECTORS.has(w)) break;
    }
    const opened =
      EVENT_FIRST_WORDS.has(tokens[first]!.text.toLowerCase()) && (first < s.first || s.last - s.first > 1);
    const headed = EVENT_HEAD_WORDS.has(tokens[last - 1]!.text.toLowerCase()) && last - first > 1;
    if (opened || headed) replacements.push({ type: 'MISC', first, last });
  }
}

/**
 * A title in quotation marks: names inside a quoted title-cased phrase that they do not
 * fill are words of the title (a song's “Anarchy in Tokyo”, a film's “Ice Cold in Alex”),
 * not a place or a person. A name that fills the quote ("the so-called “Islamic State”"), a
 * nickname between name words (quotedNicknames) and an organisation's name (“Cartel of the Suns”)
 * stay as they are.
 */
export function quotedTitles(r: SpanRevision): void {
  const { tokens, sentLast, spans, n, replacements } = r;
  for (let i = 0; i < n; i++) {
    if (!OPEN.has(tokens[i]!.text)) continue;
    const end = sentLast[i]!;
    let j = i + 1;
    while (j < end && j - i <= MAX_TITLE_TOKENS && !CLOSE.has(tokens[j]!.text)) j++;
    if (j >= end || j - i > MAX_TITLE_TOKENS || !CLOSE.has(tokens[j]!.text) || j === i + 1) continue;
    if (i > 0 && isNameWord(tokens[i - 1]!.text) && j + 1 < n && isNameWord(tokens[j + 1]!.text)) continue;
    if (!isQuotedTitle(tokens, i + 1, j)) continue;
    const fragment = spans.some(
      (s) =>
        s.first > i &&
        s.last <= j &&
        (s.first > i + 1 || s.last < j) &&
        (s.type === 'PER' || s.type === 'LOC' || s.type === 'ORG'),
    );
    if (fragment) replacements.push({ type: 'MISC', first: i + 1, last: j });
    i = j;
  }
}
