/**
 * What the article calls an organisation or a place when it names it again without its name:
 * "Walt Disney Co. said … when the Burbank entertainment giant launched Disney+", "Whole Foods
 * touted … to revise the grocery chain’s reputation". A definite phrase with a describing word
 * and a head word (role-words.ts), in the same or the next sentence, before any other
 * organisation or place is named. "The company" alone says nothing the reader does not know.
 */
import type { RoleContext } from './role-context';
import { isOrgRoleHead } from './role-words';

/** Heads that name a place; the other organisation heads name a body. */
// prettier-ignore
const PLACE_HEADS = new Set(['city', 'town', 'village', 'capital', 'state', 'province', 'county', 'region', 'country', 'nation', 'island', 'neighborhood', 'neighbourhood', 'district', 'suburb', 'port']);
/** Words that point at something other than the last name ("the same company", "the other group"). */
// prettier-ignore
const NOT_DESCRIBING = new Set(['same', 'other', 'such', 'whole', 'entire', 'following', 'above', 'latter', 'former', 'first', 'second', 'last', 'next', 'only', 'very', 'own', 'new', 'old', 'big', 'biggest', 'largest', 'one', 'two', 'three', 'parent', 'local', 'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'that', 'which', 'who', 'is', 'was', 'has', 'had', 'have', 'are', 'were', 'will', 'would', 'said', 'says']);
const MAX_MODIFIERS = 4;
/** Heads of things an organisation runs or owns rather than of the organisation itself. */
// prettier-ignore
const NOT_BODIES = new Set(['panel', 'program', 'programme', 'project', 'initiative', 'campaign', 'service', 'app', 'platform', 'site', 'website', 'facility', 'center', 'centre', 'camp', 'prison', 'venue', 'stadium', 'arena', 'museum', 'gallery', 'theater', 'theatre', 'unit', 'division', 'arm', 'wing', 'fund', 'deal', 'border']);
/** Words that may follow the phrase's head: verbs and the words that end a noun phrase. */
// prettier-ignore
const FOLLOWERS = new Set(['said', 'says', 'is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'does', 'did', 'which', 'that', 'who', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'made', 'took', 'told', 'sold', 'bought', 'won', 'lost', 'put', 'set', 'saw', 'gave', 'got', 'began']);

/** The later definite description of the organisation or place whose name ends at token `last`, or null. */
export function kindNamedLater(ctx: RoleContext, last: number, isPlace: boolean): string | null {
  const { tokens } = ctx;
  const ends = ctx.placeOrOrgEnd;
  if (!ends || last < 1) return null;
  const own = ctx.sentLast[last - 1]!;
  // another organisation or place named before it in its sentence could be the one meant
  for (let k = last - 1; k > 0 && ctx.sentLast[k - 1] === own; k--) {
    if (ctx.mentionStart[k] && (ends[k] ?? 0) > k && (ends[k] ?? 0) < last) return null;
  }
  const limit = own < tokens.length ? ctx.sentLast[own]! : own;
  for (let k = last; k < limit; k++) {
    // another organisation or place is named first: the phrase may be about it
    if ((ends[k] ?? 0) > k || ctx.inPersonName[k]) {
      if ((ends[k] ?? 0) > k) return null;
      continue;
    }
    if (tokens[k]!.text.toLowerCase() !== 'the') continue;
    const found = phraseAt(ctx, k, limit, isPlace);
    if (found) return found;
  }
  return null;
}

/** "the <describing words> <head>" at token k, ending the noun phrase, or null. */
function phraseAt(ctx: RoleContext, k: number, limit: number, isPlace: boolean): string | null {
  const { tokens } = ctx;
  let m = k + 1;
  let modifiers = 0;
  while (m < limit && modifiers <= MAX_MODIFIERS) {
    const w = tokens[m]!.text;
    const lower = w.toLowerCase();
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && isOrgRoleHead(w) && !w.endsWith('s') && modifiers > 0) {
      const head = PLACE_HEADS.has(w);
      if (head !== isPlace || NOT_BODIES.has(w)) return null;
      // a name right before the head makes another thing: "the Artemis program", "the CBP facility"
      if (!/^\p{Ll}/u.test(tokens[m - 1]!.text)) return null;
      const next = tokens[m + 1]?.text ?? '.';
      // the phrase must end at its head: not "the grocery chain store", not "the journal Nature"
      if (/^[\p{L}\d]/u.test(next) && !/^\p{Ll}+ed$/u.test(next) && !FOLLOWERS.has(next)) return null;
      return ctx.text.slice(tokens[k]!.start, tokens[m]!.end).replace(/\s+/g, ' ');
    }
    if (NOT_DESCRIBING.has(lower) || /^[,.;:!?()]$/.test(w)) return null;
    // a describing word: lower case ("entertainment", "Facebook-owned", "four-time") or a name ("Burbank")
    if (!/^[\p{L}\d][\p{L}\d’'-]*$/u.test(w)) return null;
    modifiers++;
    m++;
  }
  return null;
}
