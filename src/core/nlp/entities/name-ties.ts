/**
 * Other names the article itself gives a person (aliases.ts joins them to the person):
 *  - a pen name, stage name, birth name or "also known as" right after the name:
 *    "Jane Doe (better known as Ann Roe)", "Jane Doe, who writes as Ann Roe", "Ann Roe (born Jane Doe)";
 *  - a name the person was called by, said of the person named just before:
 *    "Jonathan Lee Hart was born in 1950. Everyone called him Jack.";
 *  - a short given name before the full given names in brackets: "Kauri (Te Kaurinui Robert)
 *    Parata", "Robert (Bob) Menendez";
 *  - an acronym in brackets right after the name, when its letters are the name's initials in
 *    order: "Centers for Disease Control and Prevention (CDC)", "Doctors for Camp Closure (D4CC)";
 *  - a place's or an organisation's other name: "Ameris Bank Amphitheatre (formerly Verizon
 *    Amphitheatre)", "New Zealand – or Aotearoa as it is called by Māori".
 * Only the article's words tie two names: nothing is guessed from the names themselves.
 */
import type { NameMention } from './aliases';

/** Words between a name and a former or other name of it, of any kind ("," or "(" first). */
const FORMER_NAME_CUE =
  /^\s*[,(]\s*(?:(?:formerly|previously)(?:\s+(?:known\s+as|called|named))?|(?:once|originally)\s+(?:known\s+as|called|named)|(?:later\s+|since\s+)?renamed|(?:also|sometimes|often|officially)\s+(?:called|named))\s*["“‘]?\s*$/iu;
/** "Waymo, formerly Google's project": the name after the cue owns something, it is not a name of the first. */
const POSSESSIVE_AFTER = /^['’]s?\b/u;

/** "X – or Y as it is called": the words before Y, and those after it. */
const OR_NAME_BEFORE = /^\s*[,(–—-]\s*or\s*["“‘]?\s*$/u;
const OR_NAME_AFTER =
  /^["”’]?\s*,?\s*as\s+(?:it|they|he|she)\s+(?:is|are|was|were)\s+(?:\p{L}+\s+)?(?:called|known)\b/iu;

/** A short given name, then the full given names in brackets, then the surname: "Kauri (Te Kaurinui Robert) Parata". */
const BRACKETED_GIVEN_AFTER = /^\s*\)\s+\p{Lu}/u;

/** Words between a person's name and another name of theirs ("," or "(" first). */
const OTHER_NAME_CUE = new RegExp(
  '^\\s*[,(]\\s*(?:' +
    [
      // who writes as, who wrote under the name, who performs as, who went by
      '(?:who|she|he)\\s+(?:writes|wrote|writing|performs|performed|records|recorded|sings|sang|goes|went|is|was)\\s+(?:(?:better|also|professionally|publicly|widely)\\s+)?(?:known\\s+)?(?:as|by|under(?:\\s+the\\s+(?:pen|stage|name)(?:\\s+name)?)?)',
      // better known as, also known as, known as
      '(?:(?:better|also|more\\s+commonly|commonly|widely|popularly|professionally|publicly)\\s+)?known\\s+as',
      'a\\.?k\\.?a\\.?',
      'nicknamed',
      'writing\\s+as',
      // whose pen name is, pen name, real name, born, née
      '(?:whose\\s+)?(?:pen|stage|real|birth|given)\\s+name(?:\\s+(?:is|was))?',
      'born',
      'n[ée]e',
    ].join('|') +
    ')\\s*["“‘]?\\s*$',
  'i',
);

/** Words before a name the person was called by: "everyone called him", "she went by". */
const CALLED_CUE =
  /\b(?:(?:called|calls|call|nicknamed|dubbed)\s+(?:him|her)|(?:he|she)\s+(?:went|goes|go)\s+by|known\s+to\s+(?:\p{L}+\s+){1,2}as)\s*["“‘]?\s*$/iu;

/** How far back (characters) a name the person was called by looks for the person. */
const CALLED_REACH = 400;

/** Pairs of mention indices (in `ms`, text order) that the article says name one person. */
export function tiedNames(ms: readonly NameMention[], text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!text) return out;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (b.start <= a.end) continue;
    const between = text.slice(a.end, b.start);
    const people = a.type === 'PER' && b.type === 'PER';
    if (people && OTHER_NAME_CUE.test(between)) out.push([i, i + 1]);
    // (a person's former name has its own words above: "Jane Doe, formerly Bob Roe's aide" is two people)
    else if (
      a.type !== 'PER' &&
      b.type !== 'PER' &&
      FORMER_NAME_CUE.test(between) &&
      !POSSESSIVE_AFTER.test(text.slice(b.end, b.end + 2))
    )
      out.push([i, i + 1]);
    // (the article says what the name is called: the recognizer's type of either is no matter)
    else if (OR_NAME_BEFORE.test(between) && OR_NAME_AFTER.test(text.slice(b.end, b.end + 60))) out.push([i, i + 1]);
    else if (a.words.length >= 2 && b.words.length === 1 && /^\s*\(\s*$/.test(between) && bracketedAcronym(text, a, b))
      out.push([i, i + 1]);
    else if (people && a.words.length === 1 && /^\s*\(\s*$/.test(between) && bracketedGiven(text, b))
      out.push([i, i + 1]);
  }
  ms.forEach((m, j) => {
    if (m.words.length !== 1 || m.start < 1) return;
    if (!CALLED_CUE.test(text.slice(Math.max(0, m.start - 40), m.start))) return;
    // the person: the nearest full personal name before it, not far back
    for (let i = j - 1; i >= 0; i--) {
      const p = ms[i]!;
      if (p.end < m.start - CALLED_REACH) break;
      if (p.type === 'PER' && p.words.length >= 2) {
        out.push([i, j]);
        break;
      }
    }
  });
  return out;
}

/** `b` stands in brackets that close before the surname, or inside its own span ("Bob) Menendez"). */
function bracketedGiven(text: string, b: NameMention): boolean {
  const inside = text.slice(b.start, b.end);
  return BRACKETED_GIVEN_AFTER.test(text.slice(b.end, b.end + 4)) || /^[^()]+\)\s+\p{Lu}/u.test(inside);
}

/**
 * `b` is an acronym in brackets closed right after it, whose letters are initials of `a`'s words
 * in order, the first word's first ("CDC" of "Centers for Disease Control and Prevention", "ICE"
 * of "U.S. Immigration and Customs Enforcement"); a small word may give its letter or not ("MOTIE"
 * of "Ministry of Trade, Industry and Energy"), and a leading country code may be left out.
 */
function bracketedAcronym(text: string, a: NameMention, b: NameMention): boolean {
  if (!b.allCaps && !(b.acronyms?.[0] ?? false)) return false;
  if (!/^\s*\)/.test(text.slice(b.end, b.end + 3))) return false;
  const letters = b.words[0]!.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.length > 8) return false;
  const words = a.words.filter((w) => /^[\p{L}\p{N}]/u.test(w));
  const initials = words.map((w) => w[0]!);
  // "U.S. Immigration and Customs Enforcement (ICE)": the country before the body's own name
  for (const from of [0, 1]) {
    const rest = initials.slice(from);
    if (rest.length < letters.length || rest[0] !== letters[0]) continue;
    let k = 0;
    for (const c of rest) if (k < letters.length && c === letters[k]) k++;
    if (k === letters.length) return true;
  }
  return false;
}
