/**
 * Document consistency: names the recognizer found in one place, added where the same word
 * stands untagged elsewhere in the text.
 */
import type { NameMention } from './aliases';
import { isCapitalized, type MentionType } from './mentions';
import type { RoleContext } from './role-context';
import { looseWord } from './name-keys';

/** Month and day names (some are also names: "May", "June", "August"): never added by consistency. */
// prettier-ignore
const CALENDAR_WORDS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * Document consistency: a capitalised word that the recognizer tagged as a one-word name
 * somewhere is that name wherever it stands untagged; and "Trump-Maduro" names both men.
 */
export function addConsistentMentions(
  text: string,
  tokens: RoleContext['tokens'],
  spanType: string[],
  ms: NameMention[],
  capsLine: Uint8Array,
  isCalendar: (lower: string) => boolean,
): NameMention[] {
  const single = new Map<string, MentionType>();
  const known = new Map<string, MentionType>();
  for (const m of ms) {
    if (m.words.length === 1) {
      const w = text.slice(m.start, m.end);
      if (!single.has(w)) single.set(w, m.type);
      if (!known.has(m.words[0]!)) known.set(m.words[0]!, m.type);
    } else if (m.type === 'PER') {
      const last = m.words[m.words.length - 1]!;
      if (!known.has(last)) known.set(last, 'PER');
    }
  }
  if (single.size === 0 && known.size === 0) return ms;
  // people's one-word names and surnames by their loose key (name-keys.ts)
  const personByLoose = new Map<string, string>();
  for (const [w, ty] of known) if (ty === 'PER' && w.length >= 5) personByLoose.set(looseWord(w), w);
  const variantOfPerson = (w: string): MentionType | undefined => {
    const lower = w.toLowerCase();
    const named = lower.length >= 5 ? personByLoose.get(looseWord(lower)) : undefined;
    return named !== undefined && named !== lower ? 'PER' : undefined;
  };
  const added: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tagged = spanType[i]!;
    if (tagged !== '' && tagged !== 'MISC') continue;
    const t = tokens[i]!;
    const w = t.text;
    if (w.length < 2 || !isCapitalized(w)) continue;
    // a spelling variant of a person's one-word name counts as the name ("Garett" for "Garrett")
    const variant = single.has(w) ? undefined : variantOfPerson(w);
    const ty = single.get(w) ?? variant;
    // the recognizer may take the unknown spelling for a name of another kind on its own
    const after = i + 1 < tokens.length && /^['’]s$/.test(tokens[i + 1]!.text) ? i + 2 : i + 1;
    const miscAlone = tagged === 'MISC' && spanType[i - 1] !== 'MISC' && spanType[after] !== 'MISC';
    // people only: propagating place/organisation readings spread errors (measured on dev and wikigold train)
    if (
      ty === 'PER' &&
      w.length >= 3 &&
      (tagged === '' || (variant && miscAlone)) &&
      !capsLine[i] &&
      !isCalendar(w.toLowerCase()) &&
      !CALENDAR_WORDS.has(w)
    ) {
      added.push(mentionAt(t.start, t.end, i, ty, w, false));
      continue;
    }
    if (w.includes('-')) {
      const parts = w.split('-');
      if (parts.length >= 2 && parts.every((p) => p.length > 1 && isCapitalized(p) && known.has(p.toLowerCase()))) {
        let off = t.start;
        for (const p of parts) {
          added.push(mentionAt(off, off + p.length, i, known.get(p.toLowerCase())!, p, capsLine[i] === 1));
          off += p.length + 1;
        }
      }
    }
  }
  if (added.length === 0) return ms;
  return [...ms, ...added].sort((a, b) => a.start - b.start);
}

function mentionAt(
  start: number,
  end: number,
  tok: number,
  type: MentionType,
  w: string,
  capsLine: boolean,
): NameMention {
  const norm = w.toLowerCase().replace(/\./g, '');
  return {
    type,
    first: tok,
    last: tok + 1,
    titleFirst: tok,
    start,
    end,
    words: [norm],
    nick: null,
    allCaps: w === w.toUpperCase(),
    capsLine,
    titleOnly: false,
  };
}
