/**
 * Invisible format characters (Unicode category Cf) that the article text leaves out: the text
 * builder skips them, so a soft hyphen inside "Vladi\u00ADmir" or a zero-width space between two
 * halves of a word neither splits nor joins words for the analysis, while the segments still map
 * every character kept to its place in the page's text node (a removed character is a gap in the
 * node offsets, covered by any Range that spans it).
 *
 * Left out: soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space,
 * non-joiner and joiner, the bidi marks, embeddings, overrides and isolates, word joiner and the
 * invisible math operators, the deprecated format controls, byte-order mark, and the tag
 * characters (U+E0001, U+E0020-E007F). Kept: the Cf characters that are visible signs or that
 * shape other scripts (Arabic number signs U+0600-0605 and alike, Egyptian hieroglyph and
 * shorthand format controls, musical symbol formatting, interlinear annotation marks): they carry
 * meaning and never sit inside an English word.
 */
const CLASS = '\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF';
/** One invisible character (the tag characters are astral: a surrogate pair). */
export const INVISIBLE_SOURCE = `[${CLASS}]|\\uDB40[\\uDC01\\uDC20-\\uDC7F]`;

const ANY_INVISIBLE = new RegExp(INVISIBLE_SOURCE);
const ALL_INVISIBLE = new RegExp(INVISIBLE_SOURCE, 'g');

export function hasInvisible(s: string): boolean {
  return ANY_INVISIBLE.test(s);
}

/** `s` without its invisible characters. */
export function removeInvisible(s: string): string {
  return s.replace(ALL_INVISIBLE, '');
}
