/**
 * Builds an article's plain text from a DOM subtree, keeping for every stretch of text the live
 * text node it was copied from. Paragraph-level elements become paragraphs separated by "\n\n";
 * <br> becomes "\n"; runs of HTML whitespace collapse to one space, as a browser renders them;
 * invisible format characters (invisible.ts) are left out. Each paragraph is given its kind
 * (block-kinds.ts), and the joined text its blocks, one per paragraph.
 */
import type { ArticleBlock, BlockKind } from '../analysis/contract';
import { MarkupKinds, patternKind } from './block-kinds';
import { INVISIBLE_SOURCE } from './invisible';
import type { Segment } from './types';

/** Elements that start a new paragraph. */
// prettier-ignore
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
/** Elements whose text is never article text. */
// prettier-ignore
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);

interface Piece {
  text: string;
  /** The live node this text was copied from verbatim, or null (collapsed whitespace, breaks). */
  node: Text | null;
  nodeOffset: number;
  space: boolean;
  /** The text node of the walked tree this piece was read from (null for a <br>). */
  from: Text | null;
}

export interface Paragraph {
  pieces: Piece[];
  /** The block element the paragraph came from (in the tree that was walked). */
  block: Element | null;
  /** What the paragraph is on the page. */
  kind: BlockKind;
}

/** A run of HTML whitespace (group 1), or one invisible character (left out of the text). */
const BREAKS = new RegExp(`([ \\t\\n\\r\\f]+)|${INVISIBLE_SOURCE}`, 'g');
const INVISIBLES = new RegExp(INVISIBLE_SOURCE, 'g');

/**
 * The pieces of one text node's `data`: its words verbatim, each whitespace run as one space
 * (verbatim when it is a single space), invisible characters left out. Inside <pre> whitespace
 * is kept as it is; invisible characters are left out there too.
 */
function addText(pieces: Piece[], from: Text, live: Text | null, pre: boolean): void {
  const data = from.data;
  const re = pre ? INVISIBLES : BREAKS;
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(data); m; m = re.exec(data)) {
    if (m.index > last)
      pieces.push({ text: data.slice(last, m.index), node: live, nodeOffset: last, space: false, from });
    if (m[1] !== undefined)
      pieces.push({ text: ' ', node: m[0] === ' ' ? live : null, nodeOffset: m.index, space: true, from });
    last = m.index + m[0].length;
  }
  if (last < data.length) pieces.push({ text: data.slice(last), node: live, nodeOffset: last, space: false, from });
}

/**
 * Walks `root` and returns its paragraphs. `liveOf` maps a text node of the walked tree to the
 * live page's text node it mirrors (identity when walking the live page itself). `kinds: false`
 * leaves every paragraph a `paragraph` (no markup read).
 */
export function collectParagraphs(
  root: Node,
  liveOf: (t: Text) => Text | null,
  opts: { kinds?: boolean } = {},
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // Kinds are for the article's blocks; a caller that only maps text to nodes skips them.
  const kinds = opts.kinds === false ? null : new MarkupKinds(root);
  let pieces: Piece[] = [];
  let block: Element | null = null;
  // An image came since the last paragraph, or that paragraph was a caption or credit: a credit
  // line may follow.
  let afterImage = false;
  const flush = () => {
    const cleaned = collapse(pieces);
    pieces = [];
    if (!cleaned.length) return;
    const p: Paragraph = { pieces: cleaned, block, kind: 'paragraph' };
    if (kinds) p.kind = kindOf(p, kinds, afterImage);
    paragraphs.push(p);
    afterImage = p.kind === 'caption' || p.kind === 'credit';
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const t = node as Text;
      addText(pieces, t, liveOf(t), pre);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    const tag = el.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      pieces.push({ text: '\n', node: null, nodeOffset: 0, space: true, from: null });
      return;
    }
    if (MEDIA.has(tag)) afterImage = true;
    const isBlock = BLOCKS.has(tag);
    const outer = block;
    if (isBlock) {
      flush();
      block = el;
    }
    const isPre = pre || tag === 'PRE';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, isPre);
    if (isBlock) {
      flush();
      block = outer;
    }
  };
  walk(root, false);
  flush();
  return paragraphs;
}

/** Elements a photo credit may follow. */
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'FIGURE']);

/** The paragraph's kind: from its markup, else from its text where the markup says only "paragraph". */
function kindOf(p: Paragraph, kinds: MarkupKinds, afterImage: boolean): BlockKind {
  const text = paragraphText(p);
  const words = text.split(/\s+/).filter(Boolean).length;
  const kind = kinds.kindOf(innermostElement(p.pieces), text.length, words);
  // A caption block holding only a credit line ("Photo: Ann Lee", "Ann Lee/Getty Images") is the credit.
  if (kind === 'caption') return patternKind(text, words, { afterImage: true }) === 'credit' ? 'credit' : kind;
  if (kind !== 'paragraph') return kind;
  return patternKind(text, words, { afterImage }) ?? kind;
}

/** The innermost element of the walked tree holding all of the paragraph's text. */
function innermostElement(pieces: Piece[]): Element | null {
  let first: Text | null = null;
  let last: Text | null = null;
  for (const p of pieces) {
    if (p.from && !p.space) {
      first ??= p.from;
      last = p.from;
    }
  }
  if (!first || !last) return null;
  if (first === last || first.parentNode === last.parentNode) return first.parentElement;
  // The nearest element above `first` that is also above `last`: `last`'s ancestors once, then
  // a walk up from `first` (asking contains() of each ancestor walked the tree again each time).
  const aboveLast = new Set<Node>();
  for (let a = last.parentNode; a; a = a.parentNode) aboveLast.add(a);
  let el = first.parentElement;
  while (el && !aboveLast.has(el)) el = el.parentElement;
  return el;
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

/**
 * Joins paragraphs with "\n\n" and returns the text with its segments (adjacent pieces merged)
 * and its blocks (one per paragraph, with the paragraph's kind).
 */
export function joinParagraphs(paragraphs: Paragraph[]): { text: string; segments: Segment[]; blocks: ArticleBlock[] } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const blocks: ArticleBlock[] = [];
  let offset = 0;
  paragraphs.forEach((p, i) => {
    if (i > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    const start = offset;
    for (const piece of p.pieces) {
      const len = piece.text.length;
      if (piece.node) {
        const prev = segments[segments.length - 1];
        if (
          prev &&
          prev.node === piece.node &&
          prev.end === offset &&
          prev.nodeOffset + (prev.end - prev.start) === piece.nodeOffset
        ) {
          prev.end += len;
        } else {
          segments.push({ start: offset, end: offset + len, node: piece.node, nodeOffset: piece.nodeOffset });
        }
      }
      parts.push(piece.text);
      offset += len;
    }
    blocks.push({ start, end: offset, kind: p.kind });
  });
  return { text: parts.join(''), segments, blocks };
}
