/**
 * What an organisation or a place is called right after its name: "the Interfax news agency",
 * "the remote Russian Tuva region"; and the words for kinds of places.
 */
import { isOrgRoleHead } from './role-words';
import { DETERMINERS, clean, type RoleContext } from './role-context';

/** What an organisation or a place is called right after its name ("the Interfax news agency"). */
export function kindAfter(
  ctx: RoleContext,
  nameFirst: number,
  last: number,
  isPlace: boolean,
  words: number,
): string | null {
  const { tokens } = ctx;
  let j = last;
  while (
    j < tokens.length &&
    j - last < 4 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]!.text) &&
    !KIND_STOPS.has(tokens[j]!.text)
  )
    j++;
  if (j === last) return null;
  const head = tokens[j - 1]!.text;
  // a plural is a verb or other things ("the Budget Office projects that …", "NASA delivery services")
  const ok = isPlace
    ? PLACE_KINDS.has(head) || (words >= 2 && FACILITY_KINDS.has(head))
    : isOrgRoleHead(head) && !VAGUE_ORG_KINDS.has(head) && !head.endsWith('s');
  if (!ok) return null;
  // only the phrase's end: "the Chicago city council" is the council, not Chicago; "NASA
  // supplier SpaceX" describes SpaceX
  const next = tokens[j]?.text ?? '.';
  if (/^\p{L}/u.test(next) && !KIND_STOPS.has(next)) return null;
  // the modifiers in front of the name belong to the kind: "the remote Russian Tuva region"
  let from = nameFirst;
  while (
    from > 0 &&
    from > nameFirst - 4 &&
    ctx.sentLast[from - 1] === ctx.sentLast[nameFirst] &&
    /^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+n)$/u.test(tokens[from - 1]!.text) &&
    !KIND_STOPS.has(tokens[from - 1]!.text)
  )
    from--;
  if (
    from > 0 &&
    ctx.sentLast[from - 1] === ctx.sentLast[nameFirst] &&
    DETERMINERS.has(tokens[from - 1]!.text.toLowerCase())
  )
    from--;
  // "an El Paso facility" is a facility in El Paso, not El Paso
  if (/^an?$/i.test(tokens[from]!.text) && from < nameFirst) return null;
  const lead = from < nameFirst ? `${clean(ctx.text.slice(tokens[from]!.start, tokens[nameFirst - 1]!.end))} ` : '';
  return lead + clean(ctx.text.slice(tokens[last]!.start, tokens[j - 1]!.end));
}
// prettier-ignore
const KIND_STOPS = new Set(['in', 'of', 'at', 'on', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'said', 'says', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'also', 'then', 'as', 'than', 'not', 'been', 'be', 'reported', 'announced', 'told', 'after', 'before', 'when', 'while', 'since', 'until', 'where', 'its', 'his', 'her', 'their', 'the', 'a', 'an', 'last', 'this', 'next']);
/** What a place is called after its name ("the Tuva region"), and the facilities a place name may be. */
// prettier-ignore
export const PLACE_KINDS = new Set(['region', 'province', 'county', 'district', 'island', 'islands', 'peninsula', 'neighborhood', 'neighbourhood', 'suburb', 'village', 'town', 'valley', 'prefecture', 'oblast', 'territory', 'municipality', 'borough']);
/** Other words a place is called by ("a city of 2 million"). */
export const PLACE_WORDS = /^(?:city|state|country|capital|nation|area|community)$/;
// prettier-ignore
const FACILITY_KINDS = new Set(['center', 'centre', 'hospital', 'airport', 'stadium', 'arena', 'prison', 'museum', 'facility', 'base', 'camp', 'park']);
/** Organisation words that after a name mostly say something else ("the Microsoft team", "the Trump campaign"). */
// prettier-ignore
const VAGUE_ORG_KINDS = new Set(['group', 'team', 'office', 'app', 'site', 'website', 'campaign', 'program', 'programme', 'project', 'initiative', 'service', 'platform', 'unit', 'division', 'arm', 'wing', 'board', 'panel', 'state', 'city', 'town', 'country', 'nation', 'border', 'capital', 'region', 'county', 'district', 'venture', 'fund', 'party', 'brand', 'label', 'chain', 'league', 'club', 'squad', 'franchise', 'band', 'paper', 'deal', 'port', 'camp', 'prison']);
