/**
 * What Gloss keeps of Wikipedia: a page summary reduced to what the card shows, the candidate
 * pages offered under "Which one?", a lookup's result, and what the article says around a name
 * to rank candidates with. The messages that carry them are in src/protocol/wikipedia.ts.
 *
 * What leaves the browser: only a name (and a page title the reader chose or the bundled data
 * named). The context stays in the background, where it ranks candidates.
 */
import * as v from 'valibot';

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

export const WIKI_ERROR_REASONS = ['timeout', 'rate-limited', 'bad-response', 'too-large', 'http'] as const;
export type WikiErrorReason = (typeof WIKI_ERROR_REASONS)[number];

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

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Text without control characters, trimmed, one to `max` characters. */
export const plainText = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check((s) => s.length > 0 && s.length <= max && !CONTROL.test(s)),
  );

/** Plain text, or null (also when absent). */
export const plainTextOrNull = (max: number) => v.nullish(plainText(max), null);

/** An object (not an array) read for these keys; other keys are dropped. */
export const objectWith = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x)),
    v.object(entries),
  );

/** Pages on Wikipedia; thumbnails on Wikimedia's upload host. */
export const PAGE_HOSTS = /^([a-z-]+\.)?(m\.)?wikipedia\.org$/;
export const IMAGE_HOSTS = /^upload\.wikimedia\.org$/;

const wikiUrl = (hosts: RegExp) =>
  v.pipe(
    v.string(),
    v.check((s) => {
      if (s.length > 2000) return false;
      try {
        const u = new URL(s);
        return u.protocol === 'https:' && hosts.test(u.hostname);
      } catch {
        return false;
      }
    }),
  );

const dimension = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9_999));

export const WikiSummarySchema = objectWith({
  title: plainText(500),
  description: plainTextOrNull(1000),
  extract: v.pipe(v.string(), v.maxLength(20_000)),
  thumbnail: v.nullish(objectWith({ url: wikiUrl(IMAGE_HOSTS), width: dimension, height: dimension }), null),
  pageUrl: wikiUrl(PAGE_HOSTS),
}) satisfies v.GenericSchema<unknown, WikiSummary>;

export const WikiChoicesSchema = v.pipe(
  v.array(objectWith({ title: plainText(500), description: plainTextOrNull(1000) })),
  v.maxLength(20),
) satisfies v.GenericSchema<unknown, WikiChoice[]>;

export function parseWikiSummary(x: unknown): WikiSummary | null {
  const r = v.safeParse(WikiSummarySchema, x);
  return r.success ? r.output : null;
}

export function parseWikiChoices(x: unknown): WikiChoice[] | null {
  const r = v.safeParse(WikiChoicesSchema, x);
  return r.success ? r.output : null;
}

/**
 * A found summary as a contract Note (source "wikipedia"), for code that wants Wikipedia in
 * entity.notes (a copied briefing, say). The card itself shows the richer WikiSummary.
 */
export function wikipediaNote(summary: WikiSummary): { source: 'wikipedia'; text: string; url: string } {
  const head = summary.description ? `${summary.title}: ${summary.description}.` : `${summary.title}.`;
  return { source: 'wikipedia', text: summary.extract ? `${head} ${summary.extract}` : head, url: summary.pageUrl };
}
