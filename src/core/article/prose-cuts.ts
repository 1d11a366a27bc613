/**
 * Furniture set inside a paragraph's prose, cut out of the paragraph and the rest kept: an
 * encyclopedia's citation and edit markers, the text of hover cards, the labels of buttons.
 */
import { paragraphText, type Paragraph } from './text-builder';
import type { PageFacts } from './page-facts';

type Piece = Paragraph['pieces'][number];

// ---- markers inside prose ------------------------------------------------------------------

/**
 * Citation and edit markers of an encyclopedia: "[1]", "[edit]", "[citation needed]", "[note 2]";
 * not an editor's bracket inside a quotation ("give[s]", "[T]he").
 */
const MARKER =
  /\[(\d{1,3}|edit|citation needed|note \d{1,3}|nb \d{1,3}|clarification needed|when\?|who\?)\](?![\p{L}\p{N}])/gu;

/** The paragraph without the text of hover cards set into it. */
export function cutPopups(p: Paragraph, facts: PageFacts): Paragraph {
  const inPopup = perNode((t) => facts.inPopup(t));
  if (!p.pieces.some((x) => x.node && inPopup(x.node))) return p;
  return { ...p, pieces: tidySpaces(p.pieces.filter((x) => !(x.node && inPopup(x.node)))) };
}

/** A share button's label set after a pull quote, as its own text: "Click To Tweet", "Tweet this". */
const TWEET_LABEL = /^\s*(click to tweet|tweet this|tweet)\s*$/i;
/** Class words of a button: a link or span styled as one ("btn", "sw-ctt-btn", "wp-block-button"). */
const BUTTON = /(^|[-_\s])(btn|button)([-_\s]|$)/i;
/** A button's label is a few words; longer text under such a class is a box of prose. */
const BUTTON_MAX_CHARS = 40;

/**
 * The paragraph without the labels of buttons set into it ("Click To Tweet" after a pull quote, a
 * download link styled as a button). Read from the tree the paragraph was built from, whose
 * elements keep the page's class names: it holds on a page whose text Readability rebuilt, where
 * the page facts know none of the nodes.
 */
export function cutButtons(p: Paragraph): Paragraph {
  const inButton = perNode((t) => TWEET_LABEL.test(t.data) || withinButton(t));
  if (!p.pieces.some((x) => x.from && inButton(x.from))) return p;
  return { ...p, pieces: tidySpaces(p.pieces.filter((x) => !(x.from && inButton(x.from)))) };
}

/** Whether the text sits in an element, up to three levels up, whose class says button and whose text is a label. */
function withinButton(t: Text): boolean {
  let el = t.parentElement;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    const cls = el.getAttribute('class');
    if (cls && BUTTON.test(cls)) return (el.textContent ?? '').trim().length <= BUTTON_MAX_CHARS;
  }
  return false;
}

/**
 * `test` asked once for a run of pieces from the same text node: a node's text comes as one
 * piece per word, and the page facts are the same for all of them.
 */
export function perNode(test: (t: Text) => boolean): (t: Text) => boolean {
  let node: Text | null = null;
  let answer = false;
  return (t) => {
    if (t !== node) {
      node = t;
      answer = test(t);
    }
    return answer;
  };
}

/** The paragraph with every marker cut out (the pieces split where a marker starts or ends inside one). */
export function cutMarkers(p: Paragraph): Paragraph {
  const text = paragraphText(p);
  if (!text.includes('[')) return p;
  const spans: [number, number][] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) spans.push([m.index, m.index + m[0].length]);
  if (!spans.length) return p;
  const out: Piece[] = [];
  let offset = 0;
  let s = 0;
  for (const piece of p.pieces) {
    const start = offset;
    const end = offset + piece.text.length;
    offset = end;
    let from = start;
    while (s < spans.length && spans[s]![1] <= from) s++;
    for (let k = s; k < spans.length && spans[k]![0] < end; k++) {
      const [a, b] = spans[k]!;
      if (a > from) out.push(slicePiece(piece, from - start, a - start));
      from = Math.max(from, b);
    }
    if (from < end) out.push(slicePiece(piece, from - start, end - start));
  }
  return { ...p, pieces: tidySpaces(out) };
}

function slicePiece(piece: Piece, a: number, b: number): Piece {
  if (a === 0 && b === piece.text.length) return piece;
  return { ...piece, text: piece.text.slice(a, b), nodeOffset: piece.nodeOffset + a };
}

/** Drops the doubled, leading and trailing spaces left where a marker was cut out. */
function tidySpaces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const startsSpace = p.space || /^\s/.test(p.text);
    if (startsSpace && (!prev || prev.space || /\s$/.test(prev.text))) {
      if (p.space) continue;
    }
    out.push(p);
  }
  while (out.length && out[out.length - 1]!.space) out.pop();
  return out;
}
