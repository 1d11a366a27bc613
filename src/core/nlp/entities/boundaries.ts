/**
 * Where a name ends, corrected before the spans are typed (revise.ts):
 *  - a name does not run across a line break. The end of a heading, a list line or a caption and
 *    the next line's first name are two names ("… the White House" / "Russia said …"), each kept
 *    with the type read;
 *  - a person's name does not follow "for", "of" or "on" after capitalised words: the recognizer
 *    found the end of a longer name, a group's ("Doctors for Camp Closure", "Women for Trump"),
 *    which is taken whole as an organisation. Title words before the small word make a title
 *    ("Minister for Foreign Affairs"), not a name.
 *
 * (Also tried: splitting at a possessive inside a span when the owner is named alone elsewhere
 * ("X’s Y"), which lost four right entities on the page set's tune half; joining two names
 * around "&" into one organisation, which cost wikigold's held-out figure.)
 */
import type { Token } from '../tokenize';
import type { NerSpan } from '../ner/recognize';
import { isTitleWord } from './titles';

export function splitAtLineBreaks(text: string, tokens: readonly Token[], spans: NerSpan[]): NerSpan[] {
  let changed = false;
  const out: NerSpan[] = [];
  for (const s of spans) {
    let from = s.first;
    for (let i = s.first + 1; i < s.last; i++) {
      if (!text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) continue;
      out.push({ ...s, first: from, last: i });
      from = i;
      changed = true;
    }
    out.push(from === s.first ? s : { ...s, first: from });
  }
  return changed ? out : spans;
}

/** Small words inside a group's name before the person or cause it is named for. */
const NAME_CONNECTORS = new Set(['for', 'of', 'on']);
/** Longest run of capitalised words taken in before the small word. */
const MAX_HEAD_WORDS = 4;

const isCapitalWord = (w: string): boolean => /^\p{Lu}[\p{L}\p{M}’'.-]*$/u.test(w);

/** Start of the capitalised run ending at token `end` (exclusive) on the same line, or `end`. */
function runStart(text: string, tokens: readonly Token[], end: number): number {
  let k = end;
  while (k > 0 && end - k < MAX_HEAD_WORDS && isCapitalWord(tokens[k - 1]!.text)) {
    if (k < end && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) break;
    k--;
  }
  return k;
}

/** "a group Doctors for Camp Closure": the person span and the words before it become one organisation. */
export function joinGroupNames(text: string, tokens: readonly Token[], spans: NerSpan[]): NerSpan[] {
  let changed = false;
  const out: NerSpan[] = [];
  for (const s of spans) {
    const c = s.first - 1;
    const small = tokens[c];
    if (
      s.type !== 'PER' ||
      !small ||
      !NAME_CONNECTORS.has(small.text) ||
      /\n/.test(text.slice(small.end, tokens[s.first]!.start))
    ) {
      out.push(s);
      continue;
    }
    const from = runStart(text, tokens, c);
    const prev = out[out.length - 1];
    let ok = from < c;
    for (let k = from; k < c && ok; k++) if (isTitleWord(tokens[k]!.text)) ok = false;
    // the run must not open a sentence or a line, where any word is capitalised
    const before = tokens[from - 1];
    if (ok && (!before || /[.!?:"“”]$/.test(before.text) || /\n/.test(text.slice(before.end, tokens[from]!.start))))
      ok = false;
    // the run may be a span of its own ("Women" read as a name): taken in only when it ends right there
    if (ok && prev && prev.last > from && (prev.first < from || prev.last !== c)) ok = false;
    if (!ok) {
      out.push(s);
      continue;
    }
    if (prev && prev.first === from && prev.last === c) out.pop();
    out.push({ type: 'ORG', first: from, last: s.last });
    changed = true;
  }
  return changed ? out : spans;
}

/** Last words of a company's or a foundation's name after its founder's ("Dana Hill Company", "Ann Lee Foundation"). */
// prettier-ignore
const COMPANY_ENDS = new Set([
  'Company', 'Co', 'Co.', 'Companies', 'Industries', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Group',
  'Holdings', 'Enterprises', 'Associates', 'Partners', 'Foundation', 'Organization', 'LLC', 'Ltd', 'Ltd.',
  'Limited', 'Brothers', 'Bros', 'Bros.', 'Sons', 'Motors', 'Media', 'Studios', 'Productions', 'Records',
]);

/**
 * "Dana F. Besecker Company", "Ann Lee Foundation": the recognizer reads the founder's name and
 * leaves the company's last word out. The person span and the word (with "&" before "Sons") are
 * one organisation.
 */
export function joinCompanyNames(text: string, tokens: readonly Token[], spans: NerSpan[]): NerSpan[] {
  let changed = false;
  const starts = new Set(spans.map((s) => s.first));
  const out = spans.map((s) => {
    if (s.type !== 'PER') return s;
    let k = s.last;
    if (tokens[k]?.text === '&' && tokens[k + 1]?.text === 'Sons') k++;
    const head = tokens[k];
    if (!head || !COMPANY_ENDS.has(head.text) || starts.has(k)) return s;
    // on the same line, one space or none between the words
    if (
      tokens[s.last]!.start - tokens[s.last - 1]!.end > 1 ||
      /\n/.test(text.slice(tokens[s.last - 1]!.end, head.start))
    )
      return s;
    changed = true;
    return { type: 'ORG', first: s.first, last: k + 1 };
  });
  return changed ? out : spans;
}

/**
 * Last words of a public body's or a service's name ("Customs and Border Protection", "Parks and
 * Recreation", "Alcohol and Tobacco Control"): words a person's name does not end in.
 */
// prettier-ignore
const BODY_ENDS = new Set([
  'Protection', 'Prevention', 'Services', 'Service', 'Security', 'Affairs', 'Development', 'Administration',
  'Commission', 'Control', 'Enforcement', 'Recreation', 'Wildlife', 'Research', 'Welfare', 'Safety', 'Standards',
  'Statistics', 'Management', 'Planning', 'Relief', 'Rescue', 'Immigration', 'Excise', 'Revenue', 'Resources',
  'Conservation', 'Communications', 'Transportation', 'Transport', 'Regulation', 'Licensing',
]);

/**
 * "Customs and Border Protection": the recognizer reads the words after "and" alone ("Border
 * Protection", even as a person) and the capitalised word before it alone, or as nothing. When
 * that word is no place's name, stands nowhere else in the text, does not open a sentence or a line, and the name after "and" ends in a word for a
 * body or a service, the three are one organisation. ("Britain and France": both names read, no
 * join.)
 */
export function joinAndNames(text: string, tokens: readonly Token[], spans: NerSpan[]): NerSpan[] {
  let changed = false;
  const out: NerSpan[] = [];
  for (const s of spans) {
    const and = tokens[s.first - 1];
    const word = tokens[s.first - 2];
    const before = tokens[s.first - 3];
    const prev = out[out.length - 1];
    const ok =
      and?.text === 'and' &&
      word !== undefined &&
      isCapitalWord(word.text) &&
      !isTitleWord(word.text) &&
      BODY_ENDS.has(tokens[s.last - 1]!.text) &&
      (!prev || prev.last <= s.first - 2 || ownWord(prev, s.first - 2)) &&
      onlyBefore(tokens, s.first - 2) &&
      before !== undefined &&
      !/[.!?:"“”]$/.test(before.text) &&
      !/\n/.test(text.slice(before.end, tokens[s.last - 1]!.end));
    if (!ok) {
      out.push(s);
      continue;
    }
    const joined = prev && ownWord(prev, s.first - 2) ? out.pop()!.first : s.first - 2;
    out.push({ type: 'ORG', first: joined, last: s.last });
    changed = true;
  }
  return changed ? out : spans;
}

/** The span ends with the word at `k` and is no place ("Britain and France"): "U.S. Customs", "Customs". */
const ownWord = (span: NerSpan, k: number): boolean => span.last === k + 1 && span.type !== 'LOC';

/**
 * The word at `k` stands nowhere in the text but before "and" and the name that follows it here
 * ("the FBI and Homeland Security": the FBI is named alone too, and is a name of its own).
 */
function onlyBefore(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.text;
  const next = tokens[k + 2]!.text;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== word) continue;
    if (tokens[i + 1]?.text !== 'and' || tokens[i + 2]?.text !== next) return false;
  }
  return true;
}
