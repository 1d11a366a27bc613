/**
 * The background's Wikipedia service, without extension APIs so tests can drive it: validates
 * each message, checks the reader's consent before any request, runs lookups through one client (one
 * request at a time) and cache, and aborts a lookup when its card is left (cancel message).
 * handler.ts wires it to the real fetch and browser.storage.local.
 */
import { ChoiceStore } from '../../core/notes/wikipedia/choices';
import { WikiCache, type KeyValueStorage } from '../../core/notes/wikipedia/cache';
import { createWikipediaClient, DEFAULT_BASE_URL } from '../../core/notes/wikipedia/api';
import type { FetchLike } from '../../core/notes/wikipedia/http';
import { createWikipediaLookup, type WikipediaLookup } from '../../core/notes/wikipedia/lookup';
import type { WikipediaChooseResult, WikipediaResult } from '../../core/notes/wikipedia/summary';
import {
  isWikipediaType,
  parseWikipediaRequest,
  WIKIPEDIA_CANCEL,
  WIKIPEDIA_CHOOSE,
  WIKIPEDIA_LOOKUP,
  type WikipediaCancelRequest,
  type WikipediaChooseRequest,
  type WikipediaLookupRequest,
} from '../../protocol/wikipedia';

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
  /** The answers to each request, read already (the background's router reads them). */
  lookup(req: WikipediaLookupRequest): Promise<WikipediaResult>;
  choose(req: WikipediaChooseRequest): Promise<WikipediaChooseResult>;
  cancel(req: WikipediaCancelRequest): { cancelled: boolean };
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

  const service: WikipediaService = {
    async handle(raw) {
      const req = parseWikipediaRequest(raw);
      if (!req) throw new Error('Gloss: malformed Wikipedia message');
      switch (req.type) {
        case WIKIPEDIA_LOOKUP:
          return service.lookup(req);
        case WIKIPEDIA_CHOOSE:
          return service.choose(req);
        case WIKIPEDIA_CANCEL:
          return service.cancel(req);
      }
    },
    async lookup(req) {
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
    },
    async choose(req) {
      try {
        await getLookup().choose(req.name, req.entityType, req.title);
        return { ok: true };
      } catch (e) {
        return { ok: false, message: e instanceof Error ? e.message : String(e) };
      }
    },
    cancel(req) {
      const ctrl = inflight.get(req.requestId);
      ctrl?.abort();
      inflight.delete(req.requestId);
      return { cancelled: Boolean(ctrl) };
    },
    async settled() {
      await lookup?.settled();
    },
  };
  return service;
}

/** Whether a runtime message is meant for this service (the router's test before parsing). */
export function isWikipediaMessage(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && isWikipediaType((raw as { type?: unknown }).type);
}
