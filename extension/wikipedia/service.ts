/**
 * The background's Wikipedia service, without extension APIs so tests can drive it: validates
 * each message, checks the reader's consent before any request, runs lookups through one client (one
 * request at a time) and cache, and aborts a lookup when its card is left (cancel message).
 * handler.ts wires it to the real fetch and browser.storage.local.
 */
import { ChoiceStore } from '../../src/notes/wikipedia/choices';
import { WikiCache, type KeyValueStorage } from '../../src/notes/wikipedia/cache';
import { createWikipediaClient, DEFAULT_BASE_URL } from '../../src/notes/wikipedia/api';
import type { FetchLike } from '../../src/notes/wikipedia/http';
import { createWikipediaLookup, type WikipediaLookup } from '../../src/notes/wikipedia/lookup';
import {
  parseWikipediaRequest,
  WIKIPEDIA_CANCEL,
  WIKIPEDIA_CHOOSE,
  WIKIPEDIA_LOOKUP,
  type WikipediaChooseResult,
  type WikipediaResult,
} from '../../src/notes/wikipedia/protocol';

export interface WikipediaServiceDeps {
  fetch: FetchLike;
  storage: KeyValueStorage;
  /** "Gloss/0.1.0 (browser extension)": the Api-User-Agent header. */
  userAgent: string;
  /** Whether lookups are on for good (settings.wikipedia); checked on every lookup. */
  isEnabled(): Promise<boolean>;
  /** Where Wikipedia is, read at each lookup; the test build's browser tests point it at their own server. */
  baseUrl?: () => string;
}

export type WikipediaAnswer = WikipediaResult | WikipediaChooseResult | { cancelled: boolean };

export interface WikipediaService {
  /** Answers one message; throws on a malformed one (the sender gets a rejected promise). */
  handle(raw: unknown): Promise<WikipediaAnswer>;
  /** Background refreshes still running (tests). */
  settled(): Promise<void>;
}

export function createWikipediaService(deps: WikipediaServiceDeps): WikipediaService {
  let baseUrl = '';
  let lookup: WikipediaLookup | null = null;
  const inflight = new Map<string, AbortController>();

  const getLookup = () => {
    // A new base URL gets a new client; the cache is kept.
    const now = deps.baseUrl?.() ?? DEFAULT_BASE_URL;
    if (now !== baseUrl) lookup = null;
    baseUrl = now;
    lookup ??= createWikipediaLookup({
      client: createWikipediaClient({ fetch: deps.fetch, userAgent: deps.userAgent, baseUrl }),
      cache: new WikiCache({ storage: deps.storage }),
      choices: new ChoiceStore(deps.storage),
    });
    return lookup;
  };

  return {
    async handle(raw) {
      const req = parseWikipediaRequest(raw);
      if (!req) throw new Error('Gloss: malformed Wikipedia message');
      switch (req.type) {
        case WIKIPEDIA_LOOKUP: {
          // Checked here too, so a content script with stale settings, or one that lost track of
          // the reader's answer, sends nothing out: either lookups are on for good, or the reader
          // asked for this one in the card.
          if (req.consented !== true && !(await deps.isEnabled())) return { status: 'disabled' };
          inflight.get(req.requestId)?.abort();
          const ctrl = new AbortController();
          inflight.set(req.requestId, ctrl);
          try {
            const { type: _t, requestId: _id, ...input } = req;
            return await getLookup().lookup(input, ctrl.signal);
          } finally {
            if (inflight.get(req.requestId) === ctrl) inflight.delete(req.requestId);
          }
        }
        case WIKIPEDIA_CHOOSE:
          try {
            await getLookup().choose(req.name, req.entityType, req.title);
            return { ok: true };
          } catch (e) {
            return { ok: false, message: e instanceof Error ? e.message : String(e) };
          }
        case WIKIPEDIA_CANCEL: {
          const ctrl = inflight.get(req.requestId);
          ctrl?.abort();
          inflight.delete(req.requestId);
          return { cancelled: Boolean(ctrl) };
        }
      }
    },
    async settled() {
      await lookup?.settled();
    },
  };
}

/** Whether a runtime message is meant for this service (the router's test before parsing). */
export function isWikipediaMessage(raw: unknown): boolean {
  const t = (raw as { type?: unknown } | null)?.type;
  return t === WIKIPEDIA_LOOKUP || t === WIKIPEDIA_CHOOSE || t === WIKIPEDIA_CANCEL;
}
