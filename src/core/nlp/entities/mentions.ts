/**
 * From recognizer spans to name mentions: typed token ranges holding only the name.
 *  - MISC spans (nationalities, events, works) are dropped: they are not people, organisations
 *    or places.
 *  - A possessive 's / ’ and stray punctuation are trimmed off the edges.
 *  - Leading titles ("President", "War Secretary", "Admiral") are cut off a person's name; the
 *    title run before a name (cut or not) is kept as `titleFirst` for aliases and roles.
 *  - A quoted nickname inside a name ("Frank M “Mitch” Bradley") joins the parts into one mention.
 */
import type { Token } from '../tokenize';
import type { NerSpan } from '../ner/recognize';
import { isTitleHead, isTitleWord, TITLE_CONNECTORS } from './titles';
import { SURNAME_PARTICLES } from './name-keys';
import { hasBodyHead } from './body-heads';

export type MentionType = 'PER' | 'LOC' | 'ORG';

export interface RawMention {
  type: MentionType;
  /** Token range of the name, [first, last). */
  first: number;
  last: number;
  /** First token of the title run right before the name (=== first when there is none). */
  titleFirst: number;
}

const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);
/** Words that begin sentences but never names. */
// prettier-ignore
const LEADING_FUNCTION_WORDS = new Set([
  'although', 'though', 'but', 'and', 'or', 'after', 'before', 'when', 'while', 'since', 'because', 'if',
  'as', 'in', 'on', 'at', 'for', 'from', 'with', 'without', 'by', 'to', 'of', 'under', 'over', 'despite',
  'during', 'inside', 'outside', 'meanwhile', 'however', 'yet', 'so', 'then', 'also', 'still', 'even',
  'unlike', 'like', 'until', 'once', 'whether', 'where', 'why', 'how', 'what', 'who', 'this', 'that',
  'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'a', 'an', 'both', 'many',
  'some', 'most', 'all', 'several', 'former', 'yesterday', 'today', 'tomorrow', 'earlier', 'later',
]);
const ATTACHED_ADJECTIVE =
  /^[\p{L}.]+-(?:owned|based|backed|run|led|funded|controlled|affiliated|linked|allied|aligned|leaning)$/u;
/** Courtesy titles that only a person takes ("Miss Universe", "Sir Galahad" may be other things). */
const COURTESY = /^(?:Mr|Mrs|Ms|Mx|Dr|Messrs|Mme|Herr|Frau)\.?$/;
/** Offices whose title stands only before a person's name ("Senator Dino Melaye", "Gov. Ron Lee"). */
const PERSON_OFFICE =
  /^(?:(?:Sen|Rep|Gov|Lt|Sgt|Cpl|Capt|Col|Adm|Supt|Insp)\.|Senator|Congressman|Congresswoman|Assemblyman|Assemblywoman|Councilman|Councilwoman|Alderman)$/;
// prettier-ignore
const POSSESSIVE = new Set(["'s", '’s', "'", '’', "'S", '’S']);

export function isCapitalized(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = w[0]!;
  return ch.toUpperCase() === ch && ch.toLowerCase() !== ch;
}

export function isWordToken(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191) return true;
  }
  return false;
}

export interface MentionContext {
  tokens: readonly Token[];
  /** sentence start token index, per token */
  sentFirst: Int32Array;
  /** model type per token ('' outside any span) */
  spanType: string[];
  /** is this lowercase word a demonym ("venezuelan")? */
  isDemonym: (lower: string) => boolean;
  /** is this lowercase word a known first name? */
  isFirstName: (lower: string) => boolean;
}

/** A capitalised word that can qualify a title: a title word, a demonym, a party or an entity. */
function titleModifier(ctx: MentionContext, i: number): boolean {
  const w = ctx.tokens[i]!.text;
  if (isTitleWord(w)) return true;
  if (!isCapitalized(w)) return false;
  const l = w.toLowerCase();
  if (ctx.isDemonym(l)) return true;
  const t = ctx.spanType[i];
  return t === 'MISC' || t === 'LOC' || t === 'ORG';
}

/**
 * Start of the title run that ends right before token `first` ("Vice President and Oil Minister"
 * before "Delcy"), or `first` when there is none. A run must hold a title head and stays in the
 * sentence; lowercase words count only when they are title words ("former president").
 */
export function titleRunStart(ctx: MentionContext, first: number): number {
  const lo = ctx.sentFirst[first]!;
  // "A rep for Braun": a title ends with its head, never with a small word
  if (first > lo && /^(?:of|the|and|for|&)$/i.test(ctx.tokens[first - 1]!.text)) return first;
  let i = first - 1;
  let start = first;
  let hasHead = false;
  while (i >= lo) {
    const w = ctx.tokens[i]!.text;
    if (TITLE_CONNECTORS.has(w.toLowerCase())) {
      // "and" only joins two titles: the word before it must be a title word too
      if (i - 1 >= lo && isTitleWord(ctx.tokens[i - 1]!.text) && isCapitalized(ctx.tokens[i - 1]!.text)) {
        i--;
        continue;
      }
      break;
    }
    if (!isCapitalized(w) && !isTitleWord(w)) break;
    if (!titleModifier(ctx, i)) break;
    if (isTitleHead(w)) hasHead = true;
    start = i;
    i--;
  }
  if (!hasHead) return first;
  // trim leading function words ("of", "the", "and")
  while (start < first && /^(of|the|and|for|&)$/i.test(ctx.tokens[start]!.text)) start++;
  return start;
}

/**
 * The end of a name that ran on into the next sentence ("the Xbox One X. So, …"): a word that
 * opens sentences ("So", "But", "This") right after a word ending in a period is no part of it.
 * Not after a courtesy title ("Mr. So"), and not a one-letter word (an initial: "E. A. Lee").
 */
function sentenceRunOnEnd(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    const w = tokens[k]!.text;
    const prev = tokens[k - 1]!.text;
    if (w.length < 2 || !isCapitalized(w) || !LEADING_FUNCTION_WORDS.has(w.toLowerCase())) continue;
    if (prev.endsWith('.') && !COURTESY.test(prev)) return k;
  }
  return last;
}

/** Mentions (name only, titles cut) for the PER/LOC/ORG spans, in text order. */
export function spansToMentions(ctx: MentionContext, spans: readonly NerSpan[]): RawMention[] {
  const { tokens } = ctx;
  const out: RawMention[] = [];
  for (const s of spans) {
    if (s.type !== 'PER' && s.type !== 'LOC' && s.type !== 'ORG') continue;
    let first = s.first;
    let last = s.last;
    // trim possessives and punctuation at the edges
    while (last > first && (POSSESSIVE.has(tokens[last - 1]!.text) || !isWordToken(tokens[last - 1]!.text))) {
      // keep the period of an abbreviation the model read as part of the name ("Fla.", "Corp.")
      const t = tokens[last - 1]!;
      const prev = tokens[last - 2];
      if (
        t.text === '.' &&
        prev &&
        last - 1 > first &&
        prev.end === t.start &&
        prev.text.length <= 4 &&
        isCapitalized(prev.text) &&
        last === s.last
      )
        break;
      last--;
    }
    while (first < last && !isWordToken(tokens[first]!.text)) first++;
    last = sentenceRunOnEnd(tokens, first, last);
    // a capitalised function word at the start of a sentence is not part of the name ("Although Trump")
    while (
      last - first > 1 &&
      first === ctx.sentFirst[first] &&
      LEADING_FUNCTION_WORDS.has(tokens[first]!.text.toLowerCase())
    )
      first++;
    // "The European Space Agency" opening a sentence: the article is no part of a body's name
    if (s.type === 'ORG' && last - first >= 3 && tokens[first]!.text === 'The' && hasBodyHead(tokens, first + 1, last))
      first++;
    // "Amazon-owned Whole Foods Market": the owner's adjective describes the name (a role), it is no part of it
    if (s.type !== 'PER' && last - first >= 2 && ATTACHED_ADJECTIVE.test(tokens[first]!.text)) first++;
    if (first >= last) continue;
    let type = s.type as MentionType;
    // cut leading titles off a person's name, keeping at least one word
    let cut = first;
    if (type === 'PER' || type === 'ORG') {
      while (cut < last - 1) {
        const w = tokens[cut]!.text;
        if (isTitleWord(w) || TITLE_CONNECTORS.has(w.toLowerCase()) || ctx.isDemonym(w.toLowerCase())) cut++;
        else break;
      }
      let hasHead = false;
      let courtesy = false;
      for (let k = first; k < cut; k++) {
        if (isTitleHead(tokens[k]!.text)) hasHead = true;
        if (COURTESY.test(tokens[k]!.text)) courtesy = true;
        if (PERSON_OFFICE.test(tokens[k]!.text) && last - cut <= 3 && allCapitalized(tokens, cut, last))
          courtesy = true;
      }
      // an ORG span that was a title + personal name ("Admiral Frank" read as ORG) is a person;
      // so is one after a courtesy title ("Mr. Assad") or an office only people hold ("Senator")
      const person =
        courtesy || (allCapitalized(tokens, cut, last) && ctx.isFirstName(tokens[cut]!.text.toLowerCase()));
      if (!hasHead || (type === 'ORG' && !person)) cut = first;
      else if (type === 'ORG') type = 'PER';
    }
    let titleFirst = cut;
    if (type === 'PER')
      titleFirst = Math.min(cut, cut > first ? titleRunStart(ctx, first) : titleRunStart(ctx, cut), first);
    out.push({ type, first: cut, last, titleFirst });
  }
  return withPatronymics(ctx, withParticles(ctx, joinNicknames(ctx, out)));
}

/**
 * A surname's particle written in lower case before a name the model found without it ("said
 * bin Laden"), when the article writes it inside a person's name elsewhere ("Osama bin Laden").
 * Not the Dutch and German ones ("van", "von", "der"): on CoNLL-2003 taking them lost more names
 * than it gained.
 */
// prettier-ignore
const GERMANIC_PARTICLES = new Set(['van', 'von', 'der', 'den', 'ter', 'ten', 'zu']);
function withParticles(ctx: MentionContext, mentions: RawMention[]): RawMention[] {
  const { tokens } = ctx;
  const particled = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    for (let k = m.first; k + 1 < m.last; k++)
      if (SURNAME_PARTICLES.has(tokens[k]!.text) && !GERMANIC_PARTICLES.has(tokens[k]!.text))
        particled.add(`${tokens[k]!.text} ${tokens[k + 1]!.text}`);
  }
  if (particled.size === 0) return mentions;
  return mentions.map((m) => {
    if (m.type !== 'PER' || m.titleFirst < m.first) return m;
    let first = m.first;
    while (
      first - 1 >= ctx.sentFirst[first]! &&
      particled.has(`${tokens[first - 1]!.text} ${tokens[first]!.text}`) &&
      tokens[first]!.start - tokens[first - 1]!.end <= 1
    )
      first--;
    return first === m.first ? m : { ...m, first, titleFirst: first };
  });
}

const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Lowercase words that name a person's father inside an Arabic name ("Mohammed bin Rashid"). */
export const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'bint']);

/**
 * "Mohammed bin Rashid Al Maktoum", "Hussein bin Abdullah": a person's name goes on over a
 * patronymic particle and the capitalised words after it in the sentence, taking in the mentions
 * the recognizer found there (it often splits the name at the particle, or takes the father's
 * name for a place).
 */
function withPatronymics(ctx: MentionContext, mentions: RawMention[]): RawMention[] {
  const { tokens } = ctx;
  const out: RawMention[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const cur = mentions[m]!;
    let last = cur.last;
    if (cur.type === 'PER') {
      while (
        last + 1 < tokens.length &&
        PATRONYMIC_PARTICLES.has(tokens[last]!.text) &&
        ctx.sentFirst[last + 1] === ctx.sentFirst[cur.first] &&
        isCapitalized(tokens[last + 1]!.text) &&
        !isTitleWord(tokens[last + 1]!.text)
      ) {
        last += 2;
        while (
          last < tokens.length &&
          ctx.sentFirst[last] === ctx.sentFirst[cur.first] &&
          isCapitalized(tokens[last]!.text) &&
          isWordToken(tokens[last]!.text) &&
          !isTitleWord(tokens[last]!.text) &&
          !CALENDAR.test(tokens[last]!.text)
        )
          last++;
      }
    }
    if (last === cur.last) {
      out.push(cur);
      continue;
    }
    while (m + 1 < mentions.length && mentions[m + 1]!.first < last) {
      last = Math.max(last, mentions[m + 1]!.last);
      m++;
    }
    out.push({ ...cur, last });
  }
  return out;
}

function allCapitalized(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isCapitalized(tokens[i]!.text)) return false;
  return to > from;
}

/**
 * "Frank M “Mitch” Bradley": a capitalised run, a quoted capitalised word, a capitalised run, with
 * a person mention touching it, is one name.
 */
function joinNicknames(ctx: MentionContext, mentions: RawMention[]): RawMention[] {
  const { tokens } = ctx;
  const n = tokens.length;
  const result: RawMention[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const cur = mentions[m]!;
    const q = cur.last; // token after the mention
    if (
      cur.type === 'PER' &&
      q + 3 < n &&
      OPEN_QUOTES.has(tokens[q]!.text) &&
      isCapitalized(tokens[q + 1]!.text) &&
      CLOSE_QUOTES.has(tokens[q + 2]!.text) &&
      isCapitalized(tokens[q + 3]!.text) &&
      tokens[q]!.start - tokens[q - 1]!.end <= 1 &&
      tokens[q + 3]!.start - tokens[q + 2]!.end <= 1 &&
      ctx.sentFirst[q + 3] === ctx.sentFirst[cur.first]
    ) {
      // extend over the capitalised run after the nickname (and any mention it starts)
      let end = q + 4;
      while (
        end < n &&
        isCapitalized(tokens[end]!.text) &&
        isWordToken(tokens[end]!.text) &&
        ctx.sentFirst[end] === ctx.sentFirst[cur.first]
      )
        end++;
      while (m + 1 < mentions.length && mentions[m + 1]!.first < end) {
        end = Math.max(end, mentions[m + 1]!.last);
        m++;
      }
      result.push({ ...cur, last: end });
      continue;
    }
    // the same pattern when only the part after the nickname was recognised
    const p = cur.first;
    if (
      cur.type === 'PER' &&
      p >= 4 &&
      CLOSE_QUOTES.has(tokens[p - 1]!.text) &&
      isCapitalized(tokens[p - 2]!.text) &&
      OPEN_QUOTES.has(tokens[p - 3]!.text) &&
      isCapitalized(tokens[p - 4]!.text) &&
      !isTitleWord(tokens[p - 4]!.text) &&
      ctx.sentFirst[p - 4] === ctx.sentFirst[p]
    ) {
      let start = p - 4;
      while (
        start - 1 >= ctx.sentFirst[p]! &&
        isCapitalized(tokens[start - 1]!.text) &&
        isWordToken(tokens[start - 1]!.text) &&
        !isTitleWord(tokens[start - 1]!.text)
      )
        start--;
      const prev = result[result.length - 1];
      if (prev && prev.last > start) result.pop();
      result.push({ ...cur, first: start, titleFirst: titleRunStart(ctx, start) });
      continue;
    }
    result.push(cur);
  }
  return result;
}
