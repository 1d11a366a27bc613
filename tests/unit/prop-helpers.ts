/**
 * Shared fast-check arbitraries for the property tests (prop-*.test.ts): article-like text with
 * adversarial pieces mixed in (surrogate pairs, RTL text and controls, zero-width characters,
 * combining marks, lone surrogates, huge runs of quotation marks), and offset checks.
 */
import fc from 'fast-check';

// prettier-ignore
const WORDS = ['the', 'minister', 'said', 'on', 'Monday', 'that', 'talks', 'would', 'resume', 'in', 'Geneva', 'and', 'a', 'spokesman', 'for', 'Reuters', 'told', 'reporters', 'it', 'was', 'over'];
// prettier-ignore
export const NAMES = ['Donald Trump', 'Angela Merkel', 'Nicolás Maduro', 'Delcy Rodríguez', 'Emmanuel Macron', 'Jorge Rodríguez', 'Xi Jinping', 'Olaf Scholz', 'Kamala Harris', 'Vladimir Putin'];
// prettier-ignore
const ORGS = ['OPEC', 'the United Nations', 'UN', 'the European Union', 'EU', 'NATO', 'the US', 'United States', 'Reuters'];
// prettier-ignore
const CUES = ['said', 'told reporters', 'added', 'according to', 'wrote', 'asked'];
// prettier-ignore
const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '「', '」'];
// prettier-ignore
const WEIRD = [
  '😀', '👩‍👩‍👧', '🇻🇪', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\u{1F600}\u{1F601}', // surrogate pairs, ZWJ sequences, flags
  'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '\u200F', '\u200E', '\u2067x\u2069', // RTL text and controls
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', // zero-width
  'e\u0301', 'a\u0308\u0323', 'Ż', 'İ', 'ß', 'ﬁ', // combining marks, case-mapping oddities
  '\uD800', '\uDFFF', '\uDBFF\uDBFF', // lone surrogates (invalid UTF-16, still JS strings)
  '\u0000', '\u0007', '\t', '\r\n', '\u2028', '\u2029', '\u00A0', '\u3000', // controls and odd spaces
  '<img src=x onerror=alert(1)>', '&amp;', '</p>', '${x}', '\\', // markup and escapes as plain text
];

const sentence = fc
  .tuple(
    fc.constantFrom(...NAMES, ...ORGS, 'He', 'She', 'They'),
    fc.constantFrom(...CUES),
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
    fc.constantFrom(...QUOTE_MARKS),
    fc.constantFrom(...QUOTE_MARKS),
    fc.boolean(),
  )
  .map(([who, cue, words, open, close, quoted]) => {
    const body = words.join(' ');
    return quoted ? `${open}${body},${close} ${who} ${cue}.` : `${who} ${cue} ${body}.`;
  });

/** A piece of adversarial text. */
export const piece = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 3, arbitrary: fc.constantFrom(...WEIRD) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...QUOTE_MARKS), fc.integer({ min: 1, max: 3000 }))
      .map(([q, n]) => q.repeat(n)),
  },
  { weight: 1, arbitrary: fc.constantFrom('\n\n', '\n', ' ', '  ') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

/** Adversarial article-ish text: sentences, paragraphs and hostile pieces mixed. */
export const adversarialText = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(' '));

/** Any JS string at all (lone surrogates included). */
export const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 100 }),
);

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether offset `i` of `text` falls between code points (never between a surrogate pair's halves). */
export function onCodePointBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return i === 0 || i === text.length;
  return !(isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));
}

/** Throws (with a readable message) unless [start, end) is a span inside `text` on code-point boundaries. */
export function assertSpan(text: string, s: { start: number; end: number }, what: string, allowEmpty = false): void {
  const ok =
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.end <= text.length &&
    (allowEmpty ? s.end >= s.start : s.end > s.start) &&
    onCodePointBoundary(text, s.start) &&
    onCodePointBoundary(text, s.end);
  if (!ok)
    throw new Error(
      `${what} [${s.start}, ${s.end}) is not a span of the text (length ${text.length}) on code-point boundaries: ${JSON.stringify(text.slice(Math.max(0, s.start - 5), s.end + 5))}`,
    );
}
