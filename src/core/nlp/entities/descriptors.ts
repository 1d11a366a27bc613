/**
 * Descriptions written before a name, as news style puts them:
 *  - "Commerzbank analyst Carsten Fritsch", "the French engineer Georges Claude", "his agent X",
 *    "billionaire pedophile and alleged sex trafficker X", "Whole Foods co-founder and CEO X"
 *  - set off by a comma: "his aunt, Jane Starner", "Taiwan's incumbent president, Tsai Ing-wen",
 *    and both: "Steenburgen's son, filmmaker Charlie McDowell"
 *  - over a list of names: "founding members A, B, C and D" (each is a founding member)
 *  - for organisations and places: "whale rescue group X", "the journal X", "Kroger-owned X".
 * A description is a run of modifiers ending in a head word (role-words.ts), walked backwards
 * from the name and stopped by punctuation, verbs and other function words.
 */
import type { Token } from '../tokenize';
import { CUE_WORDS } from '../quotes/cues';
import { isListedPersonHead, isOrgRoleHead, isPersonRoleHead } from './role-words';
import { isTitleWord } from './titles';

export interface DescriptorContext {
  text: string;
  tokens: readonly Token[];
  /** sentence end token index (exclusive), per token: tokens of one sentence share it */
  sentLast: Int32Array;
  /** is token i part of a person's name? (to name the owner in "his wife X") */
  inPersonName?: Uint8Array;
}

/** Words that end a description going backwards (the description starts after them). */
// prettier-ignore
const STOP_WORDS = new Set([
  'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'about', 'against', 'among',
  'between', 'into', 'onto', 'over', 'under', 'after', 'before', 'during', 'since', 'until', 'than', 'as',
  'like', 'unlike', 'via', 'per', 'plus', 'or', 'nor', 'but', 'so', 'yet', 'if', 'because', 'while', 'when',
  'where', 'whom', 'who', 'which', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'he', 'she',
  'they', 'we', 'you', 'i', 'me', 'him', 'them', 'us', 'is', 'was', 'are', 'were', 'be', 'been', 'being',
  'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'can',
  'must', 'shall', 'not', 'no', 'also', 'then', 'now', 'just', 'even', 'only', 'still', 'already', 'said',
  'says', 'say', 'told', 'tells', 'tell', 'asked', 'asks', 'called', 'calls', 'named', 'names', 'met',
  'meets', 'hired', 'joined', 'including', 'includes', 'include', 'according', 'such', 'both', 'all', 'each',
  'every', 'some', 'any', 'many', 'most', 'more', 'few', 'other', 'another', 'one', 'two', 'three', 'what',
  'how', 'why', 'whether', 'although', 'though', 'once', 'again', 'ago', 'later', 'earlier', 'today',
  'yesterday', 'tomorrow', 'tonight', 'week', 'month', 'year', 'says', 'reports', 'reported', 'wrote',
  'writes', 'added', 'adds', 'noted', 'explained', 'thanked', 'praised', 'blamed', 'accused', 'urged',
  'replaced', 'succeeded', 'beat', 'defeated', 'faces', 'faced', 'sued', 'thanks', 'see', 'saw', 'seen',
  // particles and prepositions: "pulled off Steelers quarterback X" ends at "off"
  'off', 'up', 'out', 'down', 'away', 'across', 'along', 'around', 'behind', 'near', 'past', 'through',
  'toward', 'towards', 'upon', 'within', 'beside', 'beyond', 'despite', 'amid', 'alongside',
]);

/** Past participles that describe a person or a body rather than tell what happened. */
// prettier-ignore
const DESCRIBING_PARTICIPLES = new Set([
  'alleged', 'retired', 'renowned', 'acclaimed', 'celebrated', 'disgraced', 'jailed', 'detained', 'elected',
  'appointed', 'embattled', 'beleaguered', 'indicted', 'convicted', 'noted', 'famed', 'licensed', 'certified',
  'registered', 'qualified', 'talented', 'respected', 'decorated', 'seasoned', 'unnamed', 'ousted', 'exiled',
  'imprisoned', 'recently', 'newly', 'longtime', 'unidentified', 'balding', 'bearded', 'married', 'divorced',
  'widowed', 'retiring', 'acting', 'founding', 'managing', 'leading', 'reigning', 'ruling', 'governing',
  'presiding', 'visiting', 'sitting', 'outgoing', 'incoming', 'ailing', 'aging', 'rising', 'striking',
  'fellow', 'late', 'early', 'elderly', 'only', 'lone',
]);

const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words after which the next word is a verb. */
// prettier-ignore
const VERB_BEFORE = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'did', 'does', 'do', "won't", 'won’t']);
// prettier-ignore
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'its']);
/** Adjectives that attach a name to another: "Amazon-owned", "London-based", "Kremlin-backed". */
const ATTACHED =
  /^[\p{L}.]+-(owned|based|backed|run|led|funded|born|controlled|affiliated|linked|allied|aligned|leaning|friendly|oriented)$/u;
const POSSESSIVE_S = /^['’]s$/;
const AMOUNT = /^(?:million|billion|trillion|percent|%)$/;

/** "acclaimed", "retired": a word that qualifies a person in a description. */
export const isDescribingParticiple = (w: string) => DESCRIBING_PARTICIPLES.has(w);
/** "London-based", "Kremlin-backed". */
export const isAttachedAdjective = (w: string) => ATTACHED.test(w);
const MAX_TOKENS = 12;

type Kind = 'person' | 'org';

const isLowerWord = (w: string) => /^[\p{Ll}][\p{L}'’.-]*$/u.test(w);
const isCapWord = (w: string) => /^[\p{Lu}\d][\p{L}\d'’.&-]*$/u.test(w);

/**
 * The description before a name, or null. `titleFirst` is the first of the title words before the
 * name (`nameFirst` when there are none): a description then ends with the title ("Steelers
 * defensive captain"), and none is given when only the title is there (the caller has it).
 */
export function descriptorBefore(
  ctx: DescriptorContext,
  titleFirst: number,
  nameFirst: number,
  kind: Kind,
  place = false,
): string | null {
  // "private equity giant The Carlyle Group": a capitalised article inside a sentence is the name's
  if (kind === 'org' && titleFirst === nameFirst && nameFirst > 1 && ctx.tokens[nameFirst - 1]!.text === 'The') {
    const inside = ctx.sentLast[nameFirst - 2] === ctx.sentLast[nameFirst];
    if (inside) return descriptorBefore(ctx, nameFirst - 1, nameFirst - 1, kind, place);
  }
  const found = descriptionBefore(ctx, titleFirst, nameFirst, kind, place);
  return found && kind === 'person' ? withOwnerNamed(ctx, found, nameFirst) : found;
}

/**
 * "his wife Kali" says little on a card read apart from the sentence: the person the pronoun
 * stands for follows, the last one named before it in the sentence or the one before ("his wife
 * (Eric Roberge's)").
 */
function withOwnerNamed(ctx: DescriptorContext, found: string, nameFirst: number): string {
  const pronoun = /^(?:his|her)\s/i.exec(found);
  const named = ctx.inPersonName;
  if (!pronoun || !named) return found;
  const { tokens } = ctx;
  let k = nameFirst - 1;
  while (k >= 0 && nameFirst - k <= MAX_TOKENS && !/^(?:his|her)$/i.test(tokens[k]!.text)) k--;
  if (k < 0 || nameFirst - k > MAX_TOKENS) return found;
  let sentences = 0;
  for (k--; k >= 0; k--) {
    if (ctx.sentLast[k] !== ctx.sentLast[k + 1] && ++sentences > 1) return found;
    if (!named[k]) continue;
    if (!/^\p{L}/u.test(tokens[k]!.text)) continue;
    let first = k;
    while (first > 0 && named[first - 1] && /^\p{L}/u.test(tokens[first - 1]!.text)) first--;
    // the person a possessive pronoun stands for: the name itself, not a longer phrase around it
    const owner = ctx.text.slice(tokens[first]!.start, tokens[k]!.end).replace(/\s+/g, ' ');
    return `${found} (${owner}'s)`;
  }
  return found;
}

function descriptionBefore(
  ctx: DescriptorContext,
  titleFirst: number,
  nameFirst: number,
  kind: Kind,
  place: boolean,
): string | null {
  const titled = titleFirst < nameFirst;
  const direct = runBefore(ctx, titleFirst, kind, titled ? 'title' : 'single');
  if (direct) {
    // "Steenburgen's son, filmmaker Charlie McDowell": a second description, set off by a comma
    const comma = commaRunBefore(ctx, direct.from, kind);
    return slice(ctx, comma ? comma.from : direct.from, nameFirst - 1);
  }
  if (titled) return null;
  const comma = commaRunBefore(ctx, nameFirst, kind);
  if (comma) return slice(ctx, comma.from, comma.to);
  if (kind === 'person') {
    const over = objectRunBefore(ctx, nameFirst) ?? commaObjectRunBefore(ctx, nameFirst);
    if (over) return over;
  }
  if (place) return placeKindBefore(ctx, nameFirst) ?? ownerBefore(ctx, nameFirst);
  // a list's description is given to each person in it; organisations in a list are often of
  // different kinds ("ESPN channels, Disney Channel and other networks")
  if (kind === 'person')
    return (
      suchAsBefore(ctx, nameFirst, kind) ??
      listRunBefore(ctx, nameFirst, kind) ??
      asBefore(ctx, nameFirst) ??
      ownerBefore(ctx, nameFirst)
    );
  return ownerBefore(ctx, nameFirst);
}

/**
 * A description whose head takes a name after it: "former special envoy to Ukraine Kurt Volker",
 * "ambassador to the UN Nikki Haley", "chief of staff for Senator X" is not one (a title there).
 */
function objectRunBefore(ctx: DescriptorContext, p: number): string | null {
  const { tokens } = ctx;
  let k = p - 1;
  while (
    k >= 0 &&
    p - k <= 4 &&
    ctx.sentLast[k] === ctx.sentLast[p] &&
    isCapWord(tokens[k]!.text) &&
    !STOP_WORDS.has(tokens[k]!.text.toLowerCase())
  )
    k--;
  if (k === p - 1 || k < 1) return null;
  if (tokens[k]!.text === 'the') k--;
  if (!OBJECT_PREPOSITIONS.has(tokens[k]?.text ?? '') || ctx.sentLast[k] !== ctx.sentLast[p]) return null;
  const run = runBefore(ctx, k, 'person', 'single');
  return run ? ctx.text.slice(tokens[run.from]!.start, tokens[p - 1]!.end).replace(/\s+/g, ' ') : null;
}
const OBJECT_PREPOSITIONS = new Set(['to', 'for', 'of', 'at']);

/**
 * A description with its object set off by commas before the name: "The director of the National
 * Gallery, Jane Roe, said …", "the former special envoy for Syria, Kurt Vance,". A comma after a
 * phrase often just ends it ("After meeting the head of the agency, Roe said"), so the
 * description must open the sentence or the name be closed by a comma or the sentence's end.
 */
function commaObjectRunBefore(ctx: DescriptorContext, first: number): string | null {
  const { tokens } = ctx;
  if (first < 4 || tokens[first - 1]!.text !== ',') return null;
  const sentence = ctx.sentLast[first];
  let k = first - 2;
  while (k > 0 && first - k <= 7 && ctx.sentLast[k] === sentence && !OBJECT_PREPOSITIONS.has(tokens[k]!.text)) {
    const w = tokens[k]!.text;
    const l = w.toLowerCase();
    const fits =
      (isCapWord(w) && !STOP_WORDS.has(l)) || l === 'the' || POSSESSIVE_S.test(w) || (isLowerWord(w) && isModifier(w));
    if (!fits) return null;
    k--;
  }
  if (!OBJECT_PREPOSITIONS.has(tokens[k]?.text ?? '') || k >= first - 2 || ctx.sentLast[k] !== sentence) return null;
  const run = runBefore(ctx, k, 'person', 'single');
  if (!run) return null;
  const lead = tokens[run.from]!.text.toLowerCase();
  if (!DETERMINERS.has(lead) && !POSSESSIVE_PRONOUNS.has(lead)) return null;
  if (!isListedPersonHead(tokens[run.to]!.text)) return null;
  const opens =
    run.from === 0 ||
    ctx.sentLast[run.from - 1] !== sentence ||
    (run.from === 1 && /^(?:But|And|Meanwhile|Now)$/.test(tokens[0]!.text));
  let after = first;
  while (after < tokens.length && after - first < 5 && isCapWord(tokens[after]!.text)) after++;
  // "… by the head of the union, Pia Sorn." ends the sentence with the name: an appositive too
  const closed = after >= tokens.length || ctx.sentLast[after] !== sentence || /^[,.;!?]$/.test(tokens[after]!.text);
  if (!opens && !closed) return null;
  return ctx.text.slice(tokens[run.from]!.start, tokens[first - 2]!.end).replace(/\s+/g, ' ');
}

/** "BBC’s Emily Maitlis", "Braun’s Ithaca Holdings", "the Agency's SciSpacE team": the owner's name. */
function ownerBefore(ctx: DescriptorContext, p: number): string | null {
  const { tokens } = ctx;
  if (p < 2 || !POSSESSIVE_S.test(tokens[p - 1]!.text) || ctx.sentLast[p - 2] !== ctx.sentLast[p]) return null;
  let k = p - 2;
  while (
    k - 1 >= 0 &&
    ctx.sentLast[k - 1] === ctx.sentLast[p] &&
    isCapWord(tokens[k - 1]!.text) &&
    !STOP_WORDS.has(tokens[k - 1]!.text.toLowerCase())
  )
    k--;
  const owner = tokens.slice(k, p - 1).map((t) => t.text);
  if (owner.length === 0 || !owner.every(isCapWord) || owner.some((w) => CALENDAR.test(w))) return null;
  // with its article: "the Agency's"
  if (k > 0 && tokens[k - 1]!.text.toLowerCase() === 'the' && ctx.sentLast[k - 1] === ctx.sentLast[p]) k--;
  return ctx.text.slice(tokens[k]!.start, tokens[p - 1]!.end).replace(/\s+/g, ' ');
}
/** Words before 's that own nothing: dates, and pronouns ("It’s Seattle" is "it is"). */
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Yesterday|Tomorrow|Year|Week|Month|Day|This|Last|Next|Its|His|Her|Their|Our|It|That|What|There|Here|He|She|Who|Where|Let|Everyone|Everybody|Nobody|Someone|Somebody)$/;

/**
 * "the state of New York", "the regional capital of Kyzyl", "the South Taranaki coast of
 * Kaupokonui": what a place is, said before it. "The capital of France" is not France, so a
 * capital or a coast needs a word that qualifies it, and "a suburb of Chicago" is not Chicago.
 */
function placeKindBefore(ctx: DescriptorContext, p: number): string | null {
  const { tokens } = ctx;
  if (p < 3 || tokens[p - 1]!.text !== 'of' || ctx.sentLast[p - 2] !== ctx.sentLast[p]) return null;
  const head = tokens[p - 2]!.text;
  if (!PLACE_OF_HEADS.has(head) && !QUALIFIED_PLACE_HEADS.has(head)) return null;
  let k = p - 3;
  let modifiers = 0;
  while (k >= 0 && p - k <= 8 && ctx.sentLast[k] === ctx.sentLast[p]) {
    const w = tokens[k]!.text;
    if (w.toLowerCase() === 'the') break;
    if (DIRECTIONS.test(w) || STOP_WORDS.has(w.toLowerCase()) || !(isCapWord(w) || (isLowerWord(w) && isModifier(w))))
      return null;
    modifiers++;
    k--;
  }
  if (k < 0 || tokens[k]!.text.toLowerCase() !== 'the' || ctx.sentLast[k] !== ctx.sentLast[p]) return null;
  if (QUALIFIED_PLACE_HEADS.has(head) && modifiers === 0) return null;
  return ctx.text.slice(tokens[k]!.start, tokens[p - 2]!.end).replace(/\s+/g, ' ');
}
// prettier-ignore
const PLACE_OF_HEADS = new Set(['city', 'town', 'village', 'hamlet', 'state', 'province', 'county', 'district', 'island', 'republic', 'kingdom', 'emirate', 'principality', 'borough', 'municipality', 'prefecture', 'country', 'nation', 'port', 'region']);
const QUALIFIED_PLACE_HEADS = new Set(['capital', 'coast']);
const DIRECTIONS =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest|upper|lower|rest|part|heart|outskirts|edge)$/i;

/** "As a lung biologist at the University of Pennsylvania, Andrew Vaughan followed …". */
function asBefore(ctx: DescriptorContext, p: number): string | null {
  const { tokens } = ctx;
  if (p < 4 || tokens[p - 1]!.text !== ',') return null;
  let s = p - 2;
  while (s - 1 >= 0 && ctx.sentLast[s - 1] === ctx.sentLast[p] && tokens[s - 1]!.text !== ',') s--;
  if (s > 0 && ctx.sentLast[s - 1] === ctx.sentLast[p]) return null;
  if (tokens[s]!.text !== 'As' || !DETERMINERS.has(tokens[s + 1]?.text.toLowerCase() ?? '')) return null;
  let head = false;
  for (let k = s + 2; k < p - 1; k++)
    if (isLowerWord(tokens[k]!.text) && isListedPersonHead(tokens[k]!.text)) head = true;
  return head ? ctx.text.slice(tokens[s + 1]!.start, tokens[p - 2]!.end).replace(/\s+/g, ' ') : null;
}

/** "media figures such as A, B and C": each of them is a media figure; "a genre-bending superstar like X". */
function suchAsBefore(ctx: DescriptorContext, p: number, kind: Kind): string | null {
  const { tokens } = ctx;
  if (tokens[p - 1]?.text.toLowerCase() === 'like') {
    const run = runBefore(ctx, p - 1, kind, 'single');
    // "a … superstar like X" with a word that describes; not "someone like X" or "leaders like X"
    return run && /^an?$/i.test(tokens[run.from]!.text) && run.to - run.from >= 2 ? slice(ctx, run.from, run.to) : null;
  }
  if (tokens[p - 1]?.text.toLowerCase() !== 'as' || tokens[p - 2]?.text.toLowerCase() !== 'such') return null;
  const run = runBefore(ctx, p - 2, kind, 'such');
  return run && slice(ctx, run.from, run.to);
}

/**
 * 'single': a head word ends the run; 'plural': a plural head with a modifier (the description of a
 * list); 'such': a plural head alone ("politicians such as A and B"); 'title': a title follows.
 */
type Head = 'single' | 'plural' | 'such' | 'title';

interface Run {
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
function runBefore(ctx: DescriptorContext, end: number, kind: Kind, head: Head): Run | null {
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
function commaRunBefore(ctx: DescriptorContext, first: number, kind: Kind): Run | null {
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

/** "founding members A, B and C": the description of a list, given to each name in it. */
function listRunBefore(ctx: DescriptorContext, first: number, kind: Kind): string | null {
  const { tokens } = ctx;
  let p = first;
  for (let items = 0; items < 8; items++) {
    const sep = tokens[p - 1]?.text;
    if (sep !== ',' && sep !== 'and') return null;
    let q = p - 1;
    if (sep === 'and' && tokens[q - 1]?.text === ',') q--;
    // back over the previous name (capitalised words and initials)
    let k = q - 1;
    while (k >= 0 && isCapWord(tokens[k]!.text) && !STOP_WORDS.has(tokens[k]!.text.toLowerCase())) k--;
    if (k === q - 1) return null;
    p = k + 1;
    const such = suchAsBefore(ctx, p, kind);
    if (such) return such;
    const run = runBefore(ctx, p, kind, 'plural');
    if (run) return slice(ctx, run.from, run.to);
  }
  return null;
}

// prettier-ignore
const TWO_WORD_HEADS = new Set(['running back', 'full back', 'half back', 'tight end', 'defensive end', 'wide receiver']);

function isHeadWord(w: string, kind: Kind): boolean {
  // offices and positions written as capitals: "CEO", "Cleveland DL Larry Ogunjobi"
  if (kind === 'person')
    return (isLowerWord(w) && isPersonRoleHead(w)) || /^(?:CEO|CFO|COO|CTO|QB|RB|WR|TE|DL|OL|LB|CB|DB|DT)s?$/.test(w);
  return (isLowerWord(w) && isOrgRoleHead(w)) || ATTACHED.test(w);
}

/** A lower-case word that is no title word, describing participle or compound: after "to", a verb. */
function isPlainWord(w: string): boolean {
  const l = w.toLowerCase();
  return !w.includes('-') && !DESCRIBING_PARTICIPLES.has(l) && !isTitleWord(l) && !isPersonRoleHead(l);
}

function isModifier(w: string): boolean {
  const l = w.toLowerCase();
  // speech verbs: "explains Dr. X", "writes X"
  if (STOP_WORDS.has(l) || CUE_WORDS.has(l)) return false;
  if (DESCRIBING_PARTICIPLES.has(l) || ATTACHED.test(w)) return true;
  // verbs and adverbs: "arrested", "quickly"; hyphenated compounds describe ("Oscar-winning", "22-year-old")
  if (!l.includes('-') && (/ed$/.test(l) || /ly$/.test(l) || /ing$/.test(l))) return false;
  return true;
}

/**
 * The description as written, its plural head made singular: each name in a list is one "founding
 * member". After "the" the plural stays: "the researchers A and B" are each one of the researchers.
 */
function slice(ctx: DescriptorContext, from: number, to: number): string {
  const { tokens, text } = ctx;
  const last = tokens[to]!;
  const definite = tokens[from]!.text.toLowerCase() === 'the';
  const head = isPlural(last.text) && !definite ? singularForm(last.text) : last.text;
  return (text.slice(tokens[from]!.start, last.start) + head).replace(/\s+/g, ' ').trim();
}

function isPlural(w: string): boolean {
  return /^[\p{Ll}][\p{L}-]*[^s]s$/u.test(w) && !/(ss|us|is|ics)$/.test(w);
}

function singularForm(w: string): string {
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
