/**
 * The run of modifiers ending in a head word right before a name ("Commerzbank analyst", "the
 * company's chief executive"), walked backwards and stopped by punctuation, verbs and function
 * words; the same run closed by a comma ("his aunt, Jane Starner"); and its text as written.
 */
import type { Token } from '../tokenize';
import { isListedPersonHead, isOrgRoleHead, isPersonRoleHead } from './role-words';
import {
  AMOUNT,
  DESCRIBING_PARTICIPLES,
  DETERMINERS,
  POSSESSIVE_PRONOUNS,
  POSSESSIVE_S,
  STOP_WORDS,
  TWO_WORD_HEADS,
  VERB_BEFORE,
  isCapWord,
  isHeadWord,
  isLowerWord,
  isModifier,
  isPlainWord,
  isPlural,
  singularForm,
  type Kind,
} from './descriptor-words';

export interface DescriptorContext {
  text: string;
  tokens: readonly Token[];
  /** sentence end token index (exclusive), per token: tokens of one sentence share it */
  sentLast: Int32Array;
  /** is token i part of a person's name? (to name the owner in "his wife X") */
  inPersonName?: Uint8Array;
}

export const MAX_TOKENS = 12;

/**
 * 'single': a head word ends the run; 'plural': a plural head with a modifier (the description of a
 * list); 'such': a plural head alone ("politicians such as A and B"); 'title': a title follows.
 */
export type Head = 'single' | 'plural' | 'such' | 'title';

export interface Run {
  /** first token of the description */
  from: number;
  /** its last token (the head) */
  to: number;
}

/**
 * The run of modifiers and head ending right before token `end`. `head`: 'single' needs a head
 * word last; 'plural' needs a plural head with a modifier before it (a bare "reporters" before a
 * name is an object, not a description); 'title' has its head already (a title word follows).
 */
export function runBefore(ctx: DescriptorContext, end: number, kind: Kind, head: Head): Run | null {
  const { tokens } = ctx;
  const last = end - 1;
  if (last < 0 || ctx.sentLast[last] !== ctx.sentLast[end]) return null;
  let from = end;
  if (head !== 'title') {
    const w = tokens[last]!.text;
    // "NASA Administrator Jim Bridenstine", "CBS Sports NFL Insider X": a job written with a
    // capital after the employer's name
    const capitalHead =
      kind === 'person' &&
      head === 'single' &&
      last > 0 &&
      /^\p{Lu}\p{Ll}+$/u.test(w) &&
      isPersonRoleHead(w) &&
      isCapWord(tokens[last - 1]!.text) &&
      ctx.sentLast[last - 1] === ctx.sentLast[last] &&
      !STOP_WORDS.has(tokens[last - 1]!.text.toLowerCase());
    // "running back Trey Edmunds", "tight end X"
    const twoWordHead =
      kind === 'person' && last > 0 && TWO_WORD_HEADS.has(`${tokens[last - 1]!.text.toLowerCase()} ${w}`);
    // "Actor Tom Hanks", "the Filmmaker X": a job opening the sentence takes a capital
    const openingHead =
      kind === 'person' &&
      head === 'single' &&
      /^\p{Lu}\p{Ll}+$/u.test(w) &&
      isListedPersonHead(w) &&
      (last === 0 ||
        ctx.sentLast[last - 1] !== ctx.sentLast[last] ||
        DETERMINERS.has(tokens[last - 1]!.text.toLowerCase()));
    if (!isHeadWord(w, kind) && !capitalHead && !twoWordHead && !openingHead) return null;
    if (head !== 'single' && !isPlural(w)) return null;
    from = twoWordHead ? last - 1 : last;
  }
  const sentence = ctx.sentLast[last];
  for (let k = from - 1; k >= 0 && end - k <= MAX_TOKENS && ctx.sentLast[k] === sentence; k--) {
    const w = tokens[k]!.text;
    const l = w.toLowerCase();
    if (DETERMINERS.has(l) || POSSESSIVE_PRONOUNS.has(l)) {
      from = k;
      break;
    }
    if (POSSESSIVE_S.test(w)) {
      // "Steenburgen's co-writers": the owner's name and its 's
      if (k > 0 && isCapWord(tokens[k - 1]!.text)) {
        from = k - 1;
        k--;
        continue;
      }
      // "the company's chief executive": a common noun owns it with its article
      const article = tokens[k - 2]?.text.toLowerCase() ?? '';
      if (
        k > 1 &&
        isLowerWord(tokens[k - 1]!.text) &&
        (DETERMINERS.has(article) || POSSESSIVE_PRONOUNS.has(article)) &&
        ctx.sentLast[k - 2] === sentence
      )
        from = k - 2;
      break;
    }
    if (l === 'and') {
      // "co-founder and CEO", "pedophile and alleged sex trafficker": two descriptions joined
      const before = tokens[k - 1]?.text ?? '';
      if (k > 0 && isLowerWord(before) && isModifier(before)) continue;
      break;
    }
    if (isCapWord(w) && !STOP_WORDS.has(l)) {
      from = k;
      continue;
    }
    // "22-year-old", which the tokenizer splits at its first hyphen
    if (w === '-' && k > 0 && /^\d+$/.test(tokens[k - 1]!.text) && tokens[k - 1]!.end === tokens[k]!.start) {
      from = k - 1;
      k--;
      continue;
    }
    if (isLowerWord(w) && isModifier(w)) {
      // after a modal the word is a verb: "the trek will feature members A, B and C"
      if (k > 0 && VERB_BEFORE.has(tokens[k - 1]!.text.toLowerCase())) break;
      // after "to", a plain word before a capitalised title is a verb: "threatened to kill Rep. X"
      // (not "to former President X", "to financial planner X")
      if (k > 0 && tokens[k - 1]!.text === 'to' && isPlainWord(w) && isCapWord(tokens[k + 1]!.text)) break;
      from = k;
      continue;
    }
    break;
  }
  // a capitalised first word of the sentence is no part of a description unless it is a name
  // the description needs ("Commerzbank analyst …" starts with one)
  if (from === end) return null;
  // "the $53 million figure X cited": a sum of money, not a description of the name after it
  if (/^[$£€¥]$/.test(tokens[from - 1]?.text ?? '') || tokens.slice(from, end).some((t) => AMOUNT.test(t.text)))
    return null;
  // a bare plural before a name is an object ("told reporters Smith …"), unless "such as" follows
  if (head !== 'title' && head !== 'such' && isPlural(tokens[last]!.text) && from === last) return null;
  if (head === 'plural' && from === last) return null;
  return { from, to: end - 1 };
}

/** "his aunt, Jane Starner": a short description closed by a comma right before the name. */
export function commaRunBefore(ctx: DescriptorContext, first: number, kind: Kind): Run | null {
  const { tokens } = ctx;
  // a comma between organisations or places is mostly a list ("ESPN channels, Disney Channel")
  if (kind !== 'person' || first < 2 || tokens[first - 1]!.text !== ',') return null;
  const run = runBefore(ctx, first - 1, kind, 'single');
  if (!run) return null;
  // it must start with a determiner or a possessive, and its head must be a listed word: a comma
  // before a name often just ends a clause ("In the end, Smith ...")
  const lead = tokens[run.from]!.text.toLowerCase();
  // "Tom Holt's wife, X": the owner may be a name of several words
  let owned = false;
  for (let k = run.from + 1; k < run.to && !owned; k++) owned = POSSESSIVE_S.test(tokens[k]!.text);
  if (!DETERMINERS.has(lead) && !POSSESSIVE_PRONOUNS.has(lead) && !owned) return null;
  const head = tokens[run.to]!.text;
  if (kind === 'person' ? !isListedPersonHead(head) : !isOrgRoleHead(head)) return null;
  const before = tokens[run.from - 1]?.text.toLowerCase() ?? '';
  if (before === 'like' || before === 'unlike' || before === 'as' || before === 'than') return null;
  // the object of a verb, not a description: "the man who kidnapped the child, Michael Webb"
  if (/^\p{Ll}+ed$/u.test(before) && !DESCRIBING_PARTICIPLES.has(before)) return null;
  return { from: run.from, to: first - 2 };
}

/**
 * The description as written, its plural head made singular: each name in a list is one "founding
 * member". After "the" the plural stays: "the researchers A and B" are each one of the researchers.
 */
export function slice(ctx: DescriptorContext, from: number, to: number): string {
  const { tokens, text } = ctx;
  const last = tokens[to]!;
  const definite = tokens[from]!.text.toLowerCase() === 'the';
  const head = isPlural(last.text) && !definite ? singularForm(last.text) : last.text;
  return (text.slice(tokens[from]!.start, last.start) + head).replace(/\s+/g, ' ').trim();
}
