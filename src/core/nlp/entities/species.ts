/**
 * Scientific names of living things, which the recognizer reads as names of people or bodies: a
 * genus followed by its species in lower case ("Escherichia coli", "Pseudomonas aeruginosa") or
 * the genus cut to its initial ("T. muris"). A person's initial is followed by a capitalised
 * surname, and an English word after a name stands elsewhere in the article too.
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';

/** Latin endings of a genus ("Escherichia", "Pseudomonas", "Plasmodium") and of a species ("coli", "muris"). */
const GENUS = /^\p{Lu}\p{Ll}{3,}(?:a|as|us|um|is|es|on|ia|ella|ix|ax)$/u;
const EPITHET = /^\p{Ll}{2,}(?:i|ae|us|um|is|a|ens|genes|ii|oides|ensis)$/u;
/** English words with such endings that may follow a name ("the Kenya data"). */
// prettier-ignore
const ENGLISH = new Set([
  'data', 'area', 'media', 'via', 'this', 'thus', 'plus', 'bonus', 'status', 'virus', 'census', 'campus', 'focus',
  'basis', 'crisis', 'extra', 'agenda', 'idea', 'era', 'camera', 'drama', 'formula', 'minimum', 'maximum', 'forum',
  'museum', 'premium', 'album', 'stadium', 'medium', 'visa', 'quota', 'says', 'does', 'goes', 'has', 'was', 'his',
  'its', 'yes', 'gives', 'makes', 'takes', 'uses', 'comes', 'times', 'sales', 'series', 'species', 'analysis',
  'sanatorium', 'aquarium', 'auditorium', 'crematorium', 'moratorium', 'consortium', 'symposium', 'referendum',
  'curriculum', 'memorandum', 'spectrum', 'gymnasium', 'emporium', 'condominium', 'podium', 'stimulus', 'genus',
]);

/** The species word right after token `at` (one space between), or null. */
function epithetAfter(text: string, tokens: readonly Token[], at: number): string | null {
  const t = tokens[at];
  const next = tokens[at + 1];
  if (!t || !next || next.start - t.end !== 1 || text[t.end] !== ' ') return null;
  return EPITHET.test(next.text) && !ENGLISH.has(next.text) ? next.text : null;
}

/** The species word never stands in the text but after a genus (written in full or as its initial). */
function onlyAfterGenus(tokens: readonly Token[], word: string): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== word) continue;
    const before = tokens[i - 1]?.text ?? '';
    if (!GENUS.test(before) && !/^\p{Lu}\.$/u.test(before)) return false;
  }
  return true;
}

/** The one-word mention is a genus, or its initial, written before a species. */
export function isSpeciesName(m: NameMention, text: string, tokens: readonly Token[]): boolean {
  if (m.last - m.first !== 1) return false;
  const w = tokens[m.first]!.text;
  if (!GENUS.test(w) && !/^\p{Lu}\.$/u.test(w)) return false;
  const epithet = epithetAfter(text, tokens, m.first);
  return epithet !== null && onlyAfterGenus(tokens, epithet);
}
