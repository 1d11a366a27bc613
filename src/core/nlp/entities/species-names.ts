/**
 * Latin names of species: "Escherichia coli", "Pseudomonas aeruginosa", "E. coli", "T. gondii".
 * The recognizer takes the capitalised genus for a person or an organisation; a species is none of
 * the three kinds. The genus is followed right away by the species' epithet: a lowercase word with
 * an ending of Latin (-ii, -ae, -osa, -ensis, ...). A genus written alone elsewhere in the article
 * is the same name and goes with it.
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';

/** Endings of species' epithets that English words after a name hardly have. */
const EPITHET = /^\p{Ll}{2,}(?:ii|ae|osa|osum|osus|ensis|oides|icus|icum|ica|alis|aris|ianus|iana|eus|ella)$/u;
/** Shorter epithets ending in "-i" ("coli", "pylori", "gondii"): English words after a name rarely end so. */
const EPITHET_I = /^\p{Ll}{2,}[^aeiou]i$/u;
// prettier-ignore
const ENGLISH = new Set(['taxi', 'alibi', 'safari', 'khaki', 'bikini', 'broccoli', 'salami', 'tsunami', 'zucchini', 'spaghetti', 'graffiti', 'confetti', 'paparazzi', 'alumni', 'area', 'idea']);

function isEpithet(w: string): boolean {
  return !ENGLISH.has(w) && (EPITHET.test(w) || EPITHET_I.test(w));
}

/** The mention is a genus (a word, or its initial with a period) right before a species' epithet. */
export function isSpeciesMention(tokens: readonly Token[], m: NameMention): boolean {
  if (m.words.length !== 1) return false;
  let k = m.last;
  // "E. coli": the tokenizer may leave the period as a token of its own
  if (tokens[k]?.text === '.' && m.words[0]!.length === 1) k++;
  const next = tokens[k];
  if (!next || next.start - tokens[k - 1]!.end > 1) return false;
  return isEpithet(next.text);
}
