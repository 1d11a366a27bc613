/**
 * The article's blocks as the analyser reads them: checked before use (they come from another
 * process, or from a message), cut to the analysed text, and sorted into the stretches each stage
 * reads differently. Without blocks every "\n\n"-separated paragraph is a `paragraph`, which no
 * stage treats specially, so the analysis is then what it was before blocks existed.
 */
import type { ArticleBlock, BlockKind, TextSpan } from './contract';
import { isBlockKind } from './block-kinds';
import { creditsInsideBlocks } from './credits';

export { inSpans } from '../nlp/spans';

/** Kinds whose names are not the article's entities and whose words are not quotations. */
const NOT_SOURCES: ReadonlySet<BlockKind> = new Set<BlockKind>(['byline', 'dateline', 'credit']);

/**
 * The blocks if they are well formed for `text` (integer offsets inside it, each non-empty, in
 * order without overlap, of known kinds), else null: the caller then reads the text as plain
 * paragraphs. Blocks need not cover every character (the breaks between them belong to none).
 */
export function checkBlocks(text: string, blocks: unknown): ArticleBlock[] | null {
  if (!Array.isArray(blocks)) return null;
  let prevEnd = 0;
  const out: ArticleBlock[] = [];
  for (const b of blocks as unknown[]) {
    if (typeof b !== 'object' || b === null) return null;
    const { start, end, kind } = b as Record<string, unknown>;
    if (!Number.isInteger(start) || !Number.isInteger(end) || !isBlockKind(kind)) return null;
    const s = start as number;
    const e = end as number;
    if (s < prevEnd || e <= s || e > text.length) return null;
    out.push({ start: s, end: e, kind });
    prevEnd = e;
  }
  return out;
}

/** The blocks cut to the first `length` characters (the analysed prefix of a long text). */
export function clipBlocks(blocks: ArticleBlock[], length: number): ArticleBlock[] {
  const out: ArticleBlock[] = [];
  for (const b of blocks) {
    if (b.start >= length) break;
    out.push(b.end > length ? { ...b, end: length } : b);
  }
  return out;
}

/** How the stages read the text, from its blocks. */
export interface BlockReading {
  /**
   * Bylines, datelines and credits, and the credits written at the end of a caption or a
   * paragraph (credits.ts): no entity mention, demonym or quotation is taken from them.
   */
  skip: TextSpan[];
  /** Headings: read for names, but a quotation in one is the headline's, not the body's. */
  headings: TextSpan[];
  /** Block quotations: each is a quotation whether or not it has quotation marks. */
  blockquotes: TextSpan[];
  /** Bylines (also in `skip`): the author they name is who "I" is in the article's own voice. */
  bylines: TextSpan[];
}

export function readBlocks(blocks: ArticleBlock[], text?: string): BlockReading {
  const skip: TextSpan[] = [];
  const inside = text === undefined ? [] : creditsInsideBlocks(text, blocks);
  let next = 0;
  const headings: TextSpan[] = [];
  const blockquotes: TextSpan[] = [];
  const bylines: TextSpan[] = [];
  for (const b of blocks) {
    const span = { start: b.start, end: b.end };
    while (next < inside.length && inside[next]!.start < b.start) skip.push(inside[next++]!);
    if (b.kind === 'byline') bylines.push(span);
    if (NOT_SOURCES.has(b.kind)) skip.push(span);
    else if (b.kind === 'heading') headings.push(span);
    else if (b.kind === 'blockquote') blockquotes.push(span);
  }
  while (next < inside.length) skip.push(inside[next++]!);
  return { skip, headings, blockquotes, bylines };
}
