/**
 * The lookup service the background runs: remembered choice, cache, client and page choice
 * put together into one answer for the card. Fresh cache answers are served without a request;
 * stale ones are served at once and refreshed in the background; when the network fails, any
 * cached answer is served, else the card says it is offline.
 */
import type { EntityType } from '../../analysis/contract';
import { cleanName, nameKey } from '../names';
import type { Candidate, SummaryPage, WikipediaClient } from './api';
import type { CacheHit, WikiCache } from './cache';
import type { ChoiceStore } from './choices';
import { WikiHttpError } from './http';
import { decide, type Scored } from './linking';
import { parseWikiSummary, type LinkContext, type WikiChoice, type WikipediaResult } from './summary';

export interface LookupInput {
  name: string;
  entityType: EntityType;
  context: LinkContext;
  title?: string;
  reconsider?: boolean;
}

export interface WikipediaLookup {
  lookup(req: LookupInput, signal?: AbortSignal): Promise<WikipediaResult>;
  /** Remember (or forget, with null) the reader's page for a name. */
  choose(name: string, entityType: EntityType, title: string | null): Promise<void>;
  /** Background refreshes still running (tests wait on it). */
  settled(): Promise<void>;
}

export interface LookupOptions {
  client: WikipediaClient;
  cache: WikiCache;
  choices: ChoiceStore;
}

type StoredSummary = { kind: SummaryPage['kind']; summary: unknown } | { missing: true };

export function createWikipediaLookup({ client, cache, choices }: LookupOptions): WikipediaLookup {
  const refreshing = new Map<string, Promise<void>>();

  /** Cached-or-fetched, with stale-while-revalidate. */
  async function cached<T>(
    key: string,
    validate: (v: unknown) => T | null,
    fetch: (signal?: AbortSignal) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<{ value: T; hit: CacheHit<T> | null }> {
    const hit = await cache.get(key, validate);
    if (hit && !hit.stale) return { value: hit.value, hit };
    if (hit) {
      if (!refreshing.has(key)) {
        const job = fetch()
          .then((v) => cache.put(key, v))
          .catch(() => {})
          .finally(() => refreshing.delete(key));
        refreshing.set(key, job);
      }
      return { value: hit.value, hit };
    }
    const value = await fetch(signal);
    await cache.put(key, value).catch(() => {});
    return { value, hit: null };
  }

  // Search ignores case and accents; titles do not ("Paris (mythology)" is not "Paris (Mythology)").
  const candidatesKey = (name: string) => `s:${nameKey(cleanName(name))}`;
  const exactTitle = (title: string) => title.trim().replace(/[_\s]+/g, ' ');
  const pagesKey = (titles: string[]) => `t:${titles.map(exactTitle).join('|')}`;
  const summaryKey = (title: string) => `p:${exactTitle(title)}`;

  async function getSummary(title: string, signal?: AbortSignal) {
    const { value, hit } = await cached<StoredSummary>(
      summaryKey(title),
      validStoredSummary,
      async (s) => {
        const page = await client.summary(title, s);
        return page ? { kind: page.kind, summary: page.summary } : { missing: true };
      },
      signal,
    );
    if ('missing' in value) return null;
    const summary = parseWikiSummary(value.summary);
    return summary ? { kind: value.kind, summary, hit } : null;
  }

  async function found(
    title: string,
    alternatives: WikiChoice[],
    chosen: boolean,
    signal?: AbortSignal,
  ): Promise<WikipediaResult> {
    const page = await getSummary(title, signal);
    if (!page) return { status: 'not-found' };
    if (page.kind === 'disambiguation') {
      // Never shown as a summary: offer the other candidates instead.
      return alternatives.length ? { status: 'ambiguous', choices: alternatives } : { status: 'not-found' };
    }
    return {
      status: 'found',
      summary: page.summary,
      alternatives,
      chosen,
      cached: page.hit ? { savedAt: page.hit.savedAt, stale: page.hit.stale } : null,
    };
  }

  async function run(req: LookupInput, signal?: AbortSignal): Promise<WikipediaResult> {
    if (req.title) return found(req.title, [], true, signal);
    if (!req.reconsider) {
      const choice = await choices.get(req.name);
      if (choice) {
        const r = await found(choice, [], true, signal);
        if (r.status !== 'not-found') return r;
        // The chosen page is gone (deleted or renamed): forget it and choose afresh.
        await choices.set(req.name, null).catch(() => {});
      }
    }
    let { value: candidates } = await cached(
      candidatesKey(req.name),
      validCandidates,
      (s) => client.search(req.name, s),
      signal,
    );
    const hint = req.context.hintTitle;
    if (hint && !candidates.some((c) => nameKey(c.title) === nameKey(hint))) {
      const extra = await cached(pagesKey([hint]), validCandidates, (s) => client.pages([hint], s), signal).catch(
        () => ({ value: [] as Candidate[] }),
      );
      candidates = [...candidates, ...extra.value];
    }
    const decision = decide(req.name, req.entityType, req.context, candidates);
    const toChoice = (s: Scored): WikiChoice => ({ title: s.candidate.title, description: s.candidate.description });
    if (decision.kind === 'none') return { status: 'not-found' };
    if (decision.kind === 'ambiguous') return { status: 'ambiguous', choices: decision.choices.map(toChoice) };
    const alternatives = decision.ranked.slice(1, 5).map(toChoice);
    return found(decision.best.candidate.title, alternatives, false, signal);
  }

  return {
    async lookup(req, signal) {
      try {
        return await run(req, signal);
      } catch (e) {
        return failure(e);
      }
    },
    async choose(name, _entityType, title) {
      await choices.set(name, title);
    },
    async settled() {
      await Promise.all([...refreshing.values()]);
    },
  };
}

function failure(e: unknown): WikipediaResult {
  if (!(e instanceof WikiHttpError))
    return {
      status: 'error',
      reason: 'bad-response',
      message: 'Something went wrong reading Wikipedia\u2019s answer.',
    };
  const f = e.failure;
  switch (f.kind) {
    case 'offline':
    case 'aborted':
      return { status: 'offline' };
    case 'timeout':
      return { status: 'error', reason: 'timeout', message: 'Wikipedia did not answer within 5 seconds.' };
    case 'rate-limited':
      return {
        status: 'error',
        reason: 'rate-limited',
        message: 'Wikipedia asked Gloss to slow down. Try again in a minute.',
      };
    case 'too-large':
      return { status: 'error', reason: 'too-large', message: 'Wikipedia\u2019s answer was too large to read.' };
    case 'bad-response':
      return { status: 'error', reason: 'bad-response', message: 'Wikipedia\u2019s answer could not be read.' };
    case 'not-found':
      return { status: 'not-found' };
    case 'http':
      return { status: 'error', reason: 'http', message: `Wikipedia answered with an error (HTTP ${f.status}).` };
  }
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

function validStoredSummary(v: unknown): StoredSummary | null {
  if (!isRec(v)) return null;
  if (v.missing === true) return { missing: true };
  if ((v.kind === 'standard' || v.kind === 'disambiguation' || v.kind === 'other') && parseWikiSummary(v.summary))
    return { kind: v.kind, summary: v.summary };
  return null;
}

function validCandidates(v: unknown): Candidate[] | null {
  if (!Array.isArray(v) || v.length > 50) return null;
  for (const c of v) {
    if (!isRec(c) || typeof c.title !== 'string' || (c.description !== null && typeof c.description !== 'string'))
      return null;
    if (typeof c.disambiguation !== 'boolean' || typeof c.hasCoordinates !== 'boolean') return null;
    if (c.views !== null && typeof c.views !== 'number') return null;
    if (c.searchRank !== null && typeof c.searchRank !== 'number') return null;
  }
  return v as Candidate[];
}
