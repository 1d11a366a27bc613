/**
 * Quotation-mark scanning and pairing: which marks open and close quotations, in which paragraph.
 *
 * Double marks (“ ” " „ « ») are paired first. A mark's direction comes from its neighbours, not
 * only its glyph, so a curly opening closed by a straight mark (“very soon") and a mis-curled
 * mark (”Hello) still pair. Single marks (‘ ’ ') are quotation marks only where an opening and a
 * closing candidate pair up in the same paragraph; apostrophes (don't, Venezuela’s, ’90s,
 * rock ’n’ roll, players’) never open one. A quotation inside another is nested: only the
 * outermost is returned here; inner-marks.ts finds the ones inside it. A quotation left open at the end of a paragraph continues into the next
 * one when that paragraph opens with a mark (the multi-paragraph convention), up to a cap.
 */

/** A paragraph: a maximal run of text between line breaks. */
export interface Paragraph {
  start: number;
  end: number;
}

export interface RawQuote {
  /** One span per paragraph, marks included. */
  spans: { start: number; end: number }[];
  /** Index of the first paragraph. */
  paragraph: number;
  /** Single (‘…’) or double (“…”) marks. */
  single: boolean;
  /** The last span ran to the end of its paragraph without a closing mark. */
  unclosed: boolean;
}

/** A quotation continued over more paragraphs than this is cut there (the rest is dropped). */
export const MAX_QUOTE_PARAGRAPHS = 6;
/** An unclosed quotation longer than this is not taken as one (a stray mark, not a quotation). */
export const MAX_UNCLOSED_CHARS = 1200;
/** Single-quote pairs further apart than this are not a quotation. */
const MAX_SINGLE_CHARS = 600;

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    // Trim blank edges so a paragraph's first character is its first visible one.
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 160 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x3000
  );
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);

function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}

/** What may stand just before an opening mark. */
function opensAfter(prev: string | undefined): boolean {
  return prev === undefined || /[\s([{\u2014\u2013\-/:;…]/.test(prev) || OPEN_DOUBLE.has(prev) || prev === '‘';
}

/** What may stand just after a closing mark. */
function closesBefore(next: string | undefined): boolean {
  return (
    next === undefined ||
    /[\s.,;:!?)\]}\u2014\u2013\-…/]/.test(next) ||
    CLOSE_DOUBLE.has(next) ||
    next === '’' ||
    next === "'"
  );
}

type Dir = 'open' | 'close' | 'either';

/** Any quotation mark, double or single (test() with /g: a native scan, no match arrays). */
const ANY_MARK = /["'\u00ab\u00bb\u2018-\u201e]/g;

/**
 * Positions of the double marks (“ ” " „ « ») and of the single ones (‘ ’ ' ‚ ‛) in the whole
 * text, in one scan (scanning from each paragraph's start ran on to the next mark, however many
 * paragraphs away, once per paragraph; then one regex scan per kind, with a match array per mark).
 */
function allMarks(text: string): { doubles: number[]; singles: number[] } {
  const doubles: number[] = [];
  const singles: number[] = [];
  ANY_MARK.lastIndex = 0;
  while (ANY_MARK.test(text)) {
    const i = ANY_MARK.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0xab || c === 0xbb || c >= 0x201c) doubles.push(i);
    else singles.push(i);
  }
  return { doubles, singles };
}

/** A cursor over sorted mark positions: those inside each paragraph, paragraphs in order. */
class MarkCursor {
  private i = 0;
  constructor(private readonly all: number[]) {}
  /** Marks in [p.start, p.end); paragraphs must come in increasing order. */
  take(p: Paragraph): number[] {
    const all = this.all;
    while (this.i < all.length && all[this.i]! < p.start) this.i++;
    let e = this.i;
    while (e < all.length && all[e]! < p.end) e++;
    const out = e > this.i ? all.slice(this.i, e) : EMPTY;
    this.i = e;
    return out;
  }
}
const EMPTY: number[] = [];
const NO_PAIRS: Pair[] = [];

function doubleDirection(text: string, i: number, p: Paragraph): Dir {
  const ch = text[i]!;
  const prev = i > p.start ? text[i - 1] : undefined;
  const next = i + 1 < p.end ? text[i + 1] : undefined;
  const canOpen = opensAfter(prev) && next !== undefined && !/\s/.test(next);
  const canClose = closesBefore(next) && prev !== undefined && !/\s/.test(prev);
  if (OPEN_DOUBLE.has(ch)) return canClose && !canOpen ? 'close' : 'open';
  if (CLOSE_DOUBLE.has(ch)) return canOpen && !canClose ? 'open' : 'close';
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return 'either';
}

export interface Pair {
  start: number;
  end: number;
  unclosed: boolean;
}

/**
 * Double-mark pairs inside one paragraph; an opening left unclosed runs to the paragraph's end.
 * A writer who uses double marks at both levels (“He said “no” to me.”, or straight marks inside
 * curly ones) nests them: an opening mark while a curly one is open opens an inner quotation, and
 * the next closing mark closes that, not the outer one. Only the outermost pairs are returned. If
 * nesting leaves a quotation unclosed, the marks are paired again without it.
 */
export function pairDoubles(text: string, p: Paragraph, marks: number[], nest = true): Pair[] {
  const out: Pair[] = [];
  let open = -1;
  // Openers of the inner quotations still open, innermost last.
  const inner: string[] = [];
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k]!;
    const dir = doubleDirection(text, i, p);
    if (open < 0) {
      if (dir !== 'close') open = i;
      // A closing mark with nothing open is stray: ignored.
    } else if (nest && dir === 'open' && opensInner(text, p, marks, k, open)) {
      inner.push(text[i]!);
    } else if (inner.length && dir !== 'open') {
      // (a straight opener that a curly closer meets was no quotation: the closer is the next level's)
      while (inner.length && inner[inner.length - 1] === '"' && text[i] !== '"') inner.pop();
      if (inner.length) inner.pop();
      else {
        out.push({ start: open, end: i + 1, unclosed: false });
        open = -1;
      }
    } else if (dir !== 'open') {
      out.push({ start: open, end: i + 1, unclosed: false });
      open = -1;
    } else if (text[open] === text[i] && text[i] === '"') {
      // Two straight openers in a row: the first one was a closer written the wrong way round.
      out.push({ start: open, end: i + 1, unclosed: false });
      open = -1;
    }
    // Otherwise an opening mark while one is open: ignored (the outer quotation continues).
  }
  if (open >= 0) {
    // (nesting that leaves a quotation open was wrong: a title's mark, a mark left out; unless
    // the open one is a paragraph of a quotation running on, opened at its start, its inner
    // quotations all closed)
    const lead = text.slice(p.start, open).trimEnd();
    if (nest && !((lead === '' || /[:,—–]$/.test(lead)) && inner.length === 0))
      return pairDoubles(text, p, marks, false);
    out.push({ start: open, end: p.end, unclosed: true });
  }
  return out;
}

/**
 * An opening mark while the quotation opened at `open` is still open starts an inner one: the same
 * curly mark again or a straight one inside curly marks (“He said “no”…”), a curly one inside
 * straight marks ("He said “no”…"), or a straight one inside straight marks when the next two
 * marks close, the inner quotation and then the outer ("He said "no" to me").
 */
function opensInner(text: string, p: Paragraph, marks: number[], k: number, open: number): boolean {
  const ch = text[marks[k]!]!;
  if (text[open] !== '"') return ch === text[open] || ch === '"';
  if (ch === '“') return true;
  if (ch !== '"') return false;
  const a = marks[k + 1];
  const b = marks[k + 2];
  return (
    a !== undefined &&
    b !== undefined &&
    text[a] === '"' &&
    text[b] === '"' &&
    doubleDirection(text, a, p) === 'close' &&
    doubleDirection(text, b, p) === 'close'
  );
}

/** ’90s, ’n’, ’em, ’til, ’cause: elisions written with an opening-looking apostrophe. */
const ELISION = /^(?:\d0s|\d\ds|\d\d\b|n['’]|em\b|til\b|cause\b|tis\b|twas\b|bout\b|round\b)/i;

export function singlePairs(text: string, p: Paragraph, taken: Pair[], marks: number[]): Pair[] {
  const out: Pair[] = [];
  // `taken` is sorted and marks come in order: one pointer walks both.
  let ti = 0;
  const openers: number[] = [];
  const closers: number[] = [];
  for (const i of marks) {
    const ch = text[i]!;
    // Inside a double pair: not a mark of its own.
    while (ti < taken.length && taken[ti]!.end <= i) ti++;
    const t = taken[ti];
    if (t !== undefined && t.start < i && i < t.end) continue;
    const prev = i > p.start ? text[i - 1] : undefined;
    const next = i + 1 < p.end ? text[i + 1] : undefined;
    if (isLetterOrDigit(prev) && isLetterOrDigit(next)) continue; // don't, Venezuela’s
    if (ch !== '’' && opensAfter(prev) && isLetterOrDigit(next) && !ELISION.test(text.slice(i + 1, i + 6)))
      openers.push(i);
    else if (ch !== '‚' && ch !== '‛' && !isSpaceChar(prev) && prev !== undefined && closesBefore(next))
      // (an opening glyph after a word, "‘Blue Hours‘ and …", is a closer typed the wrong way round)
      closers.push(i);
  }
  let k = 0;
  for (const o of openers) {
    if (out.length && o < out[out.length - 1]!.end) continue;
    while (k < closers.length && closers[k]! < o) k++;
    // Prefer a closer that is not a plural possessive ("the players’ union"): s’ + space + lowercase.
    let chosen = -1;
    for (let j = k; j < closers.length && closers[j]! - o <= MAX_SINGLE_CHARS; j++) {
      const c = closers[j]!;
      const possessive = text[c - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(c + 1, c + 3));
      if (chosen < 0) chosen = c;
      if (!possessive) {
        chosen = c;
        break;
      }
    }
    if (chosen >= 0 && chosen - o > 2) out.push({ start: o, end: chosen + 1, unclosed: false });
  }
  return out;
}

function isSpaceChar(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Is `x` inside one of `list` (sorted by start, not overlapping one another)? Binary search. */
function containedIn(list: Pair[], x: Pair): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < x.start) lo = mid + 1;
    else hi = mid;
  }
  const c = list[lo - 1];
  return c !== undefined && x.end <= c.end;
}

/** Does the paragraph open with a quotation mark (continuing a multi-paragraph quotation)? */
function opensWithMark(text: string, p: Paragraph): boolean {
  const ch = text[p.start]!;
  if (!(ch === '“' || ch === '"' || ch === '„' || ch === '«' || ch === '‘')) return false;
  // A transcript's next turn ("PENCE: …) starts a new quotation.
  return !/^\p{Lu}[\p{Lu}.'’ -]{1,30}:\s/u.test(text.slice(p.start + 1, p.start + 40));
}

/** All outermost quotations of `text`, in order. */
export function findQuoteMarks(text: string, paragraphs: Paragraph[]): RawQuote[] {
  const out: RawQuote[] = [];
  // (a cast, not an annotation: TypeScript would narrow `carry` to null inside the loop)
  let carry = null as RawQuote | null;
  const marks = allMarks(text);
  const doubleMarks = new MarkCursor(marks.doubles);
  const singleMarks = new MarkCursor(marks.singles);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const dm = doubleMarks.take(p);
    const sm = singleMarks.take(p);
    if (dm.length === 0 && sm.length === 0) {
      // No mark: nothing pairs here, and a quotation carried from before ends.
      if (carry && carry.paragraph !== pi) {
        out.push(carry);
        carry = null;
      }
      continue;
    }
    let doubles = dm.length ? pairDoubles(text, p, dm) : NO_PAIRS;
    const singles = sm.length ? singlePairs(text, p, doubles, sm) : NO_PAIRS;
    let pairs: { start: number; end: number; unclosed: boolean; single: boolean }[];
    if (singles.length === 0) {
      // (the common case: no single-quoted pair, nothing to nest or merge)
      pairs = doubles.map((d) => ({ start: d.start, end: d.end, unclosed: d.unclosed, single: false }));
    } else {
      // A single pair around doubles makes those doubles nested ( ‘He said “no”’ ).
      doubles = doubles.filter((d) => !containedIn(singles, d));
      const singlesOuter = singles.filter((s) => !containedIn(doubles, s));
      pairs = [
        ...doubles.map((d) => ({ start: d.start, end: d.end, unclosed: d.unclosed, single: false })),
        ...singlesOuter.map((s) => ({ start: s.start, end: s.end, unclosed: s.unclosed, single: true })),
      ].sort((a, b) => a.start - b.start);
    }

    for (let k = 0; k < pairs.length; k++) {
      const pr = pairs[k]!;
      const span = { start: pr.start, end: pr.end };
      // Continuation of last paragraph's open quotation: this paragraph's first mark.
      // (not into a transcript's next turn: "(CROSSTALK.)" / "WALLACE: …" is a new quotation)
      if (carry && k === 0 && pr.start === p.start && !pr.single && opensWithMark(text, p)) {
        carry.spans.push(span);
        carry.unclosed = pr.unclosed;
        if (!pr.unclosed || carry.spans.length >= MAX_QUOTE_PARAGRAPHS) {
          out.push(carry);
          carry = null;
        }
        continue;
      }
      if (carry) {
        out.push(carry);
        carry = null;
      }
      const q: RawQuote = { spans: [span], paragraph: pi, single: pr.single, unclosed: pr.unclosed };
      if (pr.unclosed && k === pairs.length - 1) {
        const next = paragraphs[pi + 1];
        // Only a quotation that opens a paragraph or follows "X said:" / "X said," runs on.
        const lead = text.slice(p.start, pr.start).trimEnd();
        if (next && opensWithMark(text, next) && (lead === '' || /[:,—–]$/.test(lead))) {
          carry = q;
          continue;
        }
      }
      out.push(q);
    }
    if (carry && carry.paragraph !== pi && (pairs.length === 0 || pairs[0]!.start !== p.start)) {
      out.push(carry);
      carry = null;
    }
  }
  if (carry) out.push(carry);
  return out.filter((q) => {
    if (!q.unclosed) return true;
    const last = q.spans[q.spans.length - 1]!;
    return last.end - last.start <= MAX_UNCLOSED_CHARS;
  });
}
