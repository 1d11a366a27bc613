/**
 * The type the article's own description of a name gives it, where it contradicts the reading:
 * the role Gloss found ("Jupiter's moon", "a German chemicals maker", "a software company") has a
 * head noun that fits one kind of name only. "Europa, Jupiter's moon" is a place, not an
 * organisation; "Acme, a software company" is no person. Only head nouns that never name the
 * other kinds count, a part that opens with "the" is no evidence (it may be an anaphor
 * matched to the wrong name), and a role whose parts disagree changes nothing.
 */
import type { MentionType } from './mentions';

/** Heads a description of a place ends with: celestial bodies, settlements, land and water. */
// prettier-ignore
const PLACE_HEADS = new Set([
  'moon', 'planet', 'asteroid', 'comet', 'exoplanet', 'city', 'town', 'village', 'hamlet', 'suburb', 'county',
  'province', 'country', 'island', 'islands', 'river', 'lake', 'mountain', 'peninsula', 'valley', 'volcano', 'borough',
  'municipality', 'township', 'archipelago', 'sea', 'ocean', 'neighborhood', 'neighbourhood',
]);
/** Heads a description of an organisation ends with: businesses, outlets, bands, parties, schools. */
// prettier-ignore
const ORG_HEADS = new Set([
  'company', 'firm', 'corporation', 'conglomerate', 'startup', 'start-up', 'retailer', 'manufacturer', 'carmaker',
  'automaker', 'drugmaker', 'chipmaker', 'steelmaker', 'planemaker', 'airline', 'insurer', 'lender', 'newspaper', 'magazine', 'tabloid', 'broadcaster', 'band', 'party',
  'university', 'college', 'charity', 'nonprofit', 'non-profit', 'subsidiary', 'brand', 'chain',
]);
/** Words that end a description's head phrase: "a town in Essex", "a company that makes …". */
// prettier-ignore
const PHRASE_ENDS = new Set([
  'in', 'of', 'at', 'on', 'for', 'from', 'with', 'by', 'near', 'outside', 'based', 'that', 'which', 'who', 'whose',
  'where', 'and', 'or', 'to',
]);

/** The head noun of one part of a role: the last word before a phrase end, in lower case. */
function headOf(part: string): string | null {
  let head: string | null = null;
  for (const raw of part.split(/\s+/)) {
    const w = raw.replace(/[,.;:()"“”]+$/u, '').toLowerCase();
    if (PHRASE_ENDS.has(w)) break;
    if (w) head = w;
    if (/[,;]$/.test(raw)) break;
  }
  return head;
}

/** The type the role's head nouns give the name, where they all agree and differ from `type`. */
export function typeFromRoleHead(role: string | null, type: MentionType): MentionType {
  if (role === null) return type;
  const said = new Set<MentionType>();
  for (const part of role.split('; ')) {
    // "the icy moon", "the city" may be a kind named later in the text, not this name's
    if (/^the\s/i.test(part)) continue;
    const head = headOf(part);
    if (head === null) continue;
    if (PLACE_HEADS.has(head)) said.add('LOC');
    else if (ORG_HEADS.has(head)) said.add('ORG');
  }
  if (said.size !== 1) return type;
  return [...said][0]!;
}
