/**
 * The messages between the content script (sidebar) and the background service worker for
 * Wikipedia lookups, and validators for both directions. The background rejects anything
 * malformed: a message is data from another context, never trusted.
 *
 * What leaves the browser: only `name` (and a page title the reader chose or the bundled data
 * named). `context` stays in the background, where it ranks candidates.
 */
import type { EntityType } from '../../analysis/contract';

export const WIKIPEDIA_LOOKUP = 'gloss/wikipedia/lookup' as const;
export const WIKIPEDIA_CHOOSE = 'gloss/wikipedia/choose' as const;
export const WIKIPEDIA_CANCEL = 'gloss/wikipedia/cancel' as const;

export const MAX_NAME_CHARS = 200;
export const MAX_CONTEXT_ITEMS = 40;

/** What the article says around an entity, used to rank candidate pages (never sent out). */
export interface LinkContext {
  /** The role the article gives ("Vice President and Oil Minister"), if any. */
  role: string | null;
  /** The other entities the article names. */
  otherNames: string[];
  /** Frequent content words of the article ("cricket", "oil"). */
  keywords: string[];
  /** The page the bundled data names for this entity ("Washington, D.C."), if any. */
  hintTitle: string | null;
}

export interface WikipediaLookupRequest {
  type: typeof WIKIPEDIA_LOOKUP;
  /** Chosen by the caller; a later cancel names it. */
  requestId: string;
  name: string;
  entityType: EntityType;
  context: LinkContext;
  /** Show this page (the reader picked it from "Which one?"). */
  title?: string;
  /** Ignore a remembered choice and offer the candidates again ("Not this one?"). */
  reconsider?: boolean;
  /**
   * The reader asked for this one lookup in the card ("Look up on Wikipedia", a trusted click)
   * while lookups are not on for good. Without it, the background looks up only if they are.
   */
  consented?: boolean;
}

export interface WikipediaChooseRequest {
  type: typeof WIKIPEDIA_CHOOSE;
  name: string;
  entityType: EntityType;
  /** The page the reader picked for this name, or null to forget the choice. */
  title: string | null;
}

export interface WikipediaCancelRequest {
  type: typeof WIKIPEDIA_CANCEL;
  requestId: string;
}

export type WikipediaRequest = WikipediaLookupRequest | WikipediaChooseRequest | WikipediaCancelRequest;

/** A page summary reduced to what the card shows; every string is plain text. */
export interface WikiSummary {
  title: string;
  description: string | null;
  extract: string;
  thumbnail: { url: string; width: number; height: number } | null;
  pageUrl: string;
}

/** A candidate page offered under "Which one?". */
export interface WikiChoice {
  title: string;
  description: string | null;
}

export type WikiErrorReason = 'timeout' | 'rate-limited' | 'bad-response' | 'too-large' | 'http';

export type WikipediaResult =
  | {
      status: 'found';
      summary: WikiSummary;
      /** Other plausible pages, for "Not this one?". */
      alternatives: WikiChoice[];
      /** The reader picked this page for this name earlier. */
      chosen: boolean;
      /** Set when served from the cache: when it was fetched, and whether it is older than a week. */
      cached: { savedAt: number; stale: boolean } | null;
    }
  | { status: 'ambiguous'; choices: WikiChoice[] }
  | { status: 'not-found' }
  | { status: 'offline' }
  | { status: 'error'; reason: WikiErrorReason; message: string }
  | { status: 'disabled' };

export type WikipediaChooseResult = { ok: true } | { ok: false; message: string };

export const ATTRIBUTION = {
  text: 'Text from Wikipedia, available under CC BY-SA 4.0.',
  license: 'CC BY-SA 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
} as const;

/* ---------------------------------------------------------------- validation */

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];
const CONTROL = /[\u0000-\u001f\u007f]/;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return s.length > 0 && s.length <= max && !CONTROL.test(s) ? s : null;
}

function optText(v: unknown, max: number): string | null | undefined {
  if (v === undefined || v === null) return null;
  return text(v, max) ?? undefined;
}

function textList(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length > MAX_CONTEXT_ITEMS) return null;
  const out: string[] = [];
  for (const x of v) {
    const s = text(x, MAX_NAME_CHARS);
    if (s === null) return null;
    out.push(s);
  }
  return out;
}

function entityType(v: unknown): EntityType | null {
  return ENTITY_TYPES.includes(v as EntityType) ? (v as EntityType) : null;
}

function requestId(v: unknown): string | null {
  return typeof v === 'string' && /^[\w.:-]{1,64}$/.test(v) ? v : null;
}

function linkContext(v: unknown): LinkContext | null {
  if (!isRec(v)) return null;
  const role = optText(v.role, MAX_NAME_CHARS);
  const hintTitle = optText(v.hintTitle, MAX_NAME_CHARS);
  const otherNames = textList(v.otherNames);
  const keywords = textList(v.keywords);
  if (role === undefined || hintTitle === undefined || !otherNames || !keywords) return null;
  return { role, hintTitle, otherNames, keywords };
}

/** The request if `msg` is a well-formed Wikipedia message, else null. */
export function parseWikipediaRequest(msg: unknown): WikipediaRequest | null {
  if (!isRec(msg)) return null;
  switch (msg.type) {
    case WIKIPEDIA_LOOKUP: {
      const id = requestId(msg.requestId);
      const name = text(msg.name, MAX_NAME_CHARS);
      const type = entityType(msg.entityType);
      const context = linkContext(msg.context);
      if (!id || !name || !type || !context) return null;
      const req: WikipediaLookupRequest = { type: WIKIPEDIA_LOOKUP, requestId: id, name, entityType: type, context };
      if (msg.title !== undefined) {
        const title = text(msg.title, MAX_NAME_CHARS);
        if (!title) return null;
        req.title = title;
      }
      if (msg.reconsider !== undefined) {
        if (typeof msg.reconsider !== 'boolean') return null;
        req.reconsider = msg.reconsider;
      }
      if (msg.consented !== undefined) {
        if (typeof msg.consented !== 'boolean') return null;
        req.consented = msg.consented;
      }
      return req;
    }
    case WIKIPEDIA_CHOOSE: {
      const name = text(msg.name, MAX_NAME_CHARS);
      const type = entityType(msg.entityType);
      const title = msg.title === null ? null : text(msg.title, MAX_NAME_CHARS);
      if (!name || !type || title === undefined || (msg.title !== null && title === null)) return null;
      return { type: WIKIPEDIA_CHOOSE, name, entityType: type, title };
    }
    case WIKIPEDIA_CANCEL: {
      const id = requestId(msg.requestId);
      return id ? { type: WIKIPEDIA_CANCEL, requestId: id } : null;
    }
    default:
      return null;
  }
}

function isWikiUrl(v: unknown, hosts: RegExp): v is string {
  if (typeof v !== 'string' || v.length > 2000) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' && hosts.test(u.hostname);
  } catch {
    return false;
  }
}

/** Pages on Wikipedia; thumbnails on Wikimedia's upload host. */
export const PAGE_HOSTS = /^([a-z-]+\.)?(m\.)?wikipedia\.org$/;
export const IMAGE_HOSTS = /^upload\.wikimedia\.org$/;

export function parseWikiSummary(v: unknown): WikiSummary | null {
  if (!isRec(v)) return null;
  const title = text(v.title, 500);
  const description = optText(v.description, 1000);
  if (!title || description === undefined || typeof v.extract !== 'string' || v.extract.length > 20_000) return null;
  if (!isWikiUrl(v.pageUrl, PAGE_HOSTS)) return null;
  let thumbnail: WikiSummary['thumbnail'] = null;
  if (v.thumbnail !== null && v.thumbnail !== undefined) {
    const t = v.thumbnail;
    if (!isRec(t) || !isWikiUrl(t.url, IMAGE_HOSTS) || !isDim(t.width) || !isDim(t.height)) return null;
    thumbnail = { url: t.url, width: t.width, height: t.height };
  }
  return { title, description, extract: v.extract, thumbnail, pageUrl: v.pageUrl };
}

const isDim = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 10_000;

export function parseWikiChoices(v: unknown): WikiChoice[] | null {
  if (!Array.isArray(v) || v.length > 20) return null;
  const out: WikiChoice[] = [];
  for (const c of v) {
    if (!isRec(c)) return null;
    const title = text(c.title, 500);
    const description = optText(c.description, 1000);
    if (!title || description === undefined) return null;
    out.push({ title, description });
  }
  return out;
}

const REASONS: readonly WikiErrorReason[] = ['timeout', 'rate-limited', 'bad-response', 'too-large', 'http'];

/** The result if `v` is a well-formed answer from the background, else null. */
export function parseWikipediaResult(v: unknown): WikipediaResult | null {
  if (!isRec(v)) return null;
  switch (v.status) {
    case 'found': {
      const summary = parseWikiSummary(v.summary);
      const alternatives = parseWikiChoices(v.alternatives);
      if (!summary || !alternatives || typeof v.chosen !== 'boolean') return null;
      let cached: { savedAt: number; stale: boolean } | null = null;
      if (v.cached !== null) {
        const c = v.cached;
        if (!isRec(c) || typeof c.savedAt !== 'number' || !Number.isFinite(c.savedAt) || typeof c.stale !== 'boolean') return null;
        cached = { savedAt: c.savedAt, stale: c.stale };
      }
      return { status: 'found', summary, alternatives, chosen: v.chosen, cached };
    }
    case 'ambiguous': {
      const choices = parseWikiChoices(v.choices);
      return choices ? { status: 'ambiguous', choices } : null;
    }
    case 'not-found':
    case 'offline':
    case 'disabled':
      return { status: v.status };
    case 'error': {
      const message = text(v.message, 500);
      if (!REASONS.includes(v.reason as WikiErrorReason) || !message) return null;
      return { status: 'error', reason: v.reason as WikiErrorReason, message };
    }
    default:
      return null;
  }
}

/**
 * A found summary as a contract Note (source "wikipedia"), for code that wants Wikipedia in
 * entity.notes (a copied briefing, say). The card itself shows the richer WikiSummary.
 */
export function wikipediaNote(summary: WikiSummary): { source: 'wikipedia'; text: string; url: string } {
  const head = summary.description ? `${summary.title}: ${summary.description}.` : `${summary.title}.`;
  return { source: 'wikipedia', text: summary.extract ? `${head} ${summary.extract}` : head, url: summary.pageUrl };
}
