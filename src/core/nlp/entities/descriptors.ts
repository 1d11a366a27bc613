/**
 * Descriptions written before a name, as news style puts them:
 *  - "Commerzbank analyst Carsten Fritsch", "the French engineer Georges Claude", "his agent X",
 *    "billionaire pedophile and alleged sex trafficker X", "Whole Foods co-founder and CEO X"
 *  - set off by a comma: "his aunt, Jane Starner", "Taiwan's incumbent president, Tsai Ing-wen",
 *    and both: "Steenburgen's son, filmmaker Charlie McDowell"
 *  - over a list of names: "founding members A, B, C and D" (each is a founding member)
 *  - for organisations and places: "whale rescue group X", "the journal X", "Kroger-owned X".
 * A description is a run of modifiers ending in a head word (role-words.ts), walked backwards
 * from the name and stopped by punctuation, verbs and other function words (descriptor-runs.ts,
 * its words in descriptor-words.ts). This module picks which kind applies; descriptions with an
 * object are in descriptor-objects.ts, those over a list in descriptor-lists.ts.
 */
import { POSSESSIVE_S, STOP_WORDS, isCapWord, isLowerWord, isModifier, type Kind } from './descriptor-words';
import { MAX_TOKENS, commaRunBefore, runBefore, slice, type DescriptorContext } from './descriptor-runs';
import { asBefore, commaObjectRunBefore, objectRunBefore } from './descriptor-objects';
import { listRunBefore, suchAsBefore } from './descriptor-lists';

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
