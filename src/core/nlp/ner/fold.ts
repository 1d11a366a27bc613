/**
 * Folding of a word to the form the recognizer's features are computed from: Latin letters lose
 * their diacritics ("Nicolás" -> "Nicolas", "Muñoz" -> "Munoz", "Łódź" -> "Lodz"), a few letters
 * that do not decompose are spelled out ("ß" -> "ss", "ø" -> "o"), and typographic apostrophes,
 * quotation marks and dashes become their ASCII forms ("O’Neill" -> "O'Neill"). The training data
 * is mostly ASCII, so a name written with its accents then gets the same features as the same name
 * written without them. Case is kept. Pure ASCII input is returned as is (the common case, no
 * allocation).
 */

/** Letters and marks that Unicode decomposition (NFD) does not reduce to ASCII. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
};

const COMBINING = /[\u0300-\u036f]/g;

export function foldWord(w: string): string {
  let ascii = true;
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return w;
  let out = '';
  for (const ch of w) out += SPECIAL[ch] ?? ch;
  out = out.normalize('NFD').replace(COMBINING, '');
  // a word made only of marks would fold to nothing: keep it as it was
  return out === '' ? w : out.normalize('NFC');
}
