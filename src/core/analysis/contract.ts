/**
 * The analysis contract (../shared/notes/design.md): what `analyze` prints and what the
 * content script hands to the sidebar. Offsets are UTF-16 indices into `article.text`,
 * end-exclusive. Fields may be added; none may be renamed.
 */

import type { EntityType, NoteSource } from './entity-types';

/** Both are read off their lists (entity-types.ts): 'person' | 'organization' | 'place' | 'other', 'article' | 'bundled' | 'wikipedia'. */
export type { EntityType, NoteSource };

export interface TextSpan {
  start: number;
  end: number;
}

export interface Mention extends TextSpan {
  text: string;
}

export interface Note {
  source: NoteSource;
  text: string;
  url?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /**
   * Present (true) when Gloss is not sure of `type`: the article's mentions of the name were read
   * as different kinds and nothing in the article settles it. The card says so.
   */
  typeUncertain?: true;
  aliases: string[];
  role: string | null;
  mentions: Mention[];
  notes: Note[];
}

export interface Speaker {
  entityId: string | null;
  name: string;
  mention: TextSpan | null;
}

export interface Quote {
  text: string;
  start: number;
  end: number;
  spans: TextSpan[];
  kind: 'full' | 'partial';
  speaker: Speaker | null;
  cue: string | null;
  /**
   * Present on a quotation nested inside another (a speaker quoting what someone said): the outer
   * quotation's start and end. Its speaker is the one the outer quotation names for it.
   */
  nestedIn?: TextSpan;
}

/**
 * What a stretch of the article's text is on the page, from its markup (and from patterns where the
 * markup is silent: a "By …" line, a credit in parentheses after a caption). Body kinds are
 * paragraph, heading, blockquote, list-item and table; byline, dateline and credit lines are kept in
 * the text so offsets stay whole, but no entity or quote is taken from them.
 */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'blockquote'
  | 'caption'
  | 'list-item'
  | 'byline'
  | 'dateline'
  | 'credit'
  | 'table'
  | 'other';

/** A block of `article.text`: blocks cover the text in order, each a span of whole paragraphs. */
export interface ArticleBlock extends TextSpan {
  kind: BlockKind;
}

export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  text: string;
  /**
   * Added field: a page with more elements than the detection budget was read only up
   * to its first `elementsRead` elements; the text is from that part.
   */
  partial?: { elementsRead: number; elementsTotal: number };
  /**
   * Added field: the text's blocks, in order, covering it (the "\n\n" between two blocks belongs
   * to neither). Absent from producers that predate it: readers then take every "\n\n"-separated
   * paragraph as a `paragraph` block.
   */
  blocks?: ArticleBlock[];
}

export interface Timings {
  detectMs: number;
  analyzeMs: number;
}

export interface AnalysisResult {
  file: string;
  article: ArticleMeta | null;
  entities: Entity[];
  quotes: Quote[];
  timings: Timings;
}

/**
 * A demonym or country adjective ("Venezuelan", "Americans") in the text. It links to its
 * country's bundled note without becoming an entity; `entityId` is the country's
 * entity when the article also names the country. Filled by findDemonyms (src/core/notes).
 */
export interface DemonymLink extends TextSpan {
  text: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  countryName: string;
  entityId: string | null;
  /** The country's bundled note, for a tooltip or card when no entity carries it. */
  note: string;
}

/** What the analyser produces from an article's text (no file, no timings). */
export interface Analysis {
  entities: Entity[];
  quotes: Quote[];
  /** Set when the text is not something the analyser handles (e.g. not English). */
  unsupported?: { reason: string };
  /** Set when the input was longer than the analyser's cap and only a prefix was analysed. */
  truncated?: { analysedChars: number; totalChars: number };
  /** Demonyms linked to their country's note (added field, optional). */
  demonyms?: DemonymLink[];
}
