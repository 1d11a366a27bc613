/**
 * Builds an article's plain text from a DOM subtree, keeping for every stretch of text the live
 * text node it was copied from. Paragraph-level elements become paragraphs separated by "\n\n";
 * <br> becomes "\n"; runs of HTML whitespace collapse to one space, as a browser renders them.
 */
import type { Segment } from './types';

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
/** Elements whose text is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);

interface Piece {
  text: string;
  /** The live node this text was copied from verbatim, or null (collapsed whitespace, breaks). */
  node: Text | null;
  nodeOffset: number;
  space: boolean;
}

export interface Paragraph {
  pieces: Piece[];
  /** The block element the paragraph came from (in the tree that was walked). */
  block: Element | null;
}

const WS = /[ \t\n\r\f]+/g;

/**
 * Walks `root` and returns its paragraphs. `liveOf` maps a text node of the walked tree to the
 * live page's text node it mirrors (identity when walking the live page itself).
 */
export function collectParagraphs(root: Node, liveOf: (t: Text) => Text | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let pieces: Piece[] = [];
  let block: Element | null = null;
  const flush = () => {
    const cleaned = collapse(pieces);
    if (cleaned.length) paragraphs.push({ pieces: cleaned, block });
    pieces = [];
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const live = liveOf(t);
      const data = t.data;
      if (pre) {
        if (data) pieces.push({ text: data, node: live, nodeOffset: 0, space: false });
        return;
      }
      let last = 0;
      WS.lastIndex = 0;
      for (let m = WS.exec(data); m; m = WS.exec(data)) {
        if (m.index > last) pieces.push({ text: data.slice(last, m.index), node: live, nodeOffset: last, space: false });
        const verbatim = m[0] === ' ';
        pieces.push({ text: ' ', node: verbatim ? live : null, nodeOffset: m.index, space: true });
        last = m.index + m[0].length;
      }
      if (last < data.length) pieces.push({ text: data.slice(last), node: live, nodeOffset: last, space: false });
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    const tag = el.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      pieces.push({ text: '\n', node: null, nodeOffset: 0, space: true });
      return;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) {
      flush();
      block = el;
    }
    const isPre = pre || tag === 'PRE';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, isPre);
    if (isBlock) {
      flush();
      block = null;
    }
  };
  walk(root, false);
  flush();
  return paragraphs;
}

/** Drops leading, trailing and doubled whitespace pieces. */
function collapse(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.space) {
      const prev = out[out.length - 1];
      if (!prev) continue;
      if (prev.space) {
        // A line break wins over a space next to it.
        if (p.text === '\n') out[out.length - 1] = p;
        continue;
      }
    }
    out.push(p);
  }
  while (out.length && out[out.length - 1]!.space) out.pop();
  return out;
}

export function paragraphText(p: Paragraph): string {
  let s = '';
  for (const piece of p.pieces) s += piece.text;
  return s;
}

/** Joins paragraphs with "\n\n" and returns the text with its segments (adjacent pieces merged). */
export function joinParagraphs(paragraphs: Paragraph[]): { text: string; segments: Segment[] } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  paragraphs.forEach((p, i) => {
    if (i > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    for (const piece of p.pieces) {
      const len = piece.text.length;
      if (piece.node) {
        const prev = segments[segments.length - 1];
        if (prev && prev.node === piece.node && prev.end === offset && prev.nodeOffset + (prev.end - prev.start) === piece.nodeOffset) {
          prev.end += len;
        } else {
          segments.push({ start: offset, end: offset + len, node: piece.node, nodeOffset: piece.nodeOffset });
        }
      }
      parts.push(piece.text);
      offset += len;
    }
  });
  return { text: parts.join(''), segments };
}
