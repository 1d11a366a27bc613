/**
 * The analysis contract (../shared/notes/design.md): what `analyze` prints and what the
 * content script hands to the sidebar. Offsets are UTF-16 indices into `article.text`,
 * end-exclusive. Fields may be added; none may be renamed.
 */

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface TextSpan {
  start: number;
  end: number;
}

export interface Mention extends TextSpan {
  text: string;
}

export type NoteSource = 'article' | 'bundled' | 'wikipedia';

export interface Note {
  source: NoteSource;
  text: string;
  url?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
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
}

export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  text: string;
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

/** What the analyser produces from an article's text (no file, no timings). */
export interface Analysis {
  entities: Entity[];
  quotes: Quote[];
  /** Set when the text is not something the analyser handles (e.g. not English). */
  unsupported?: { reason: string };
  /** Set when the input was longer than the analyser's cap and only a prefix was analysed. */
  truncated?: { analysedChars: number; totalChars: number };
}
