import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ChoiceStore,
  createMemoryStorage,
  createWikipediaClient,
  createWikipediaLookup,
  WikiCache,
  type LinkContext,
} from '../../src/core/notes/wikipedia';
import { DAY_MS } from '../../src/core/notes/wikipedia/cache';
import { fakeFetch, json, recorded, type Route } from './notes-wikipedia-fakes';

const JORGE_CONTEXT: LinkContext = {
  role: 'head of Venezuela\u2019s legislature',
  otherNames: ['Delcy Rodriguez', 'Nicolas Maduro', 'Venezuela', 'United States'],
  keywords: ['venezuela', 'strikes', 'maduro'],
  hintTitle: null,
};

const JORGE_SEARCH = {
  batchcomplete: true,
  query: {
    pages: [
      {
        pageid: 1,
        ns: 0,
        title: 'Jorge Rodríguez',
        index: 1,
        description: 'Topics referred to by the same term',
        pageprops: { disambiguation: '' },
      },
      {
        pageid: 2,
        ns: 0,
        title: 'Jorge Rodríguez (Venezuelan politician)',
        index: 2,
        description: 'Venezuelan politician and psychiatrist (born 1965)',
        pageviews: { '2025-11-01': 4000 },
      },
      {
        pageid: 3,
        ns: 0,
        title: 'Jorge Rodríguez (Uruguayan footballer)',
        index: 3,
        description: 'Uruguayan footballer (born 1971)',
        pageviews: { '2025-11-01': 200 },
      },
    ],
  },
};

function summaryOf(title: string, type = 'standard') {
  const body = JSON.parse(recorded('summary-venezuela.json'));
  return {
    ...body,
    type,
    title,
    titles: { ...body.titles, normalized: title },
    description: `About ${title}`,
    extract: `${title} is a page.`,
    content_urls: { desktop: { page: `https://en.wikipedia.org/wiki/${encodeURIComponent(title)}` } },
  };
}

/** Answers search with `search` and any summary with a standard page of that title. */
const wiki =
  (search: unknown = JORGE_SEARCH, summaries: Record<string, unknown> = {}): Route =>
  (url) => {
    if (url.pathname === '/w/api.php') return json(search);
    const title = decodeURIComponent(url.pathname.split('/').pop()!).replace(/_/g, ' ');
    return json(summaries[title] ?? summaryOf(title));
  };

function setup(route: Route, storage = createMemoryStorage()) {
  const fetch = fakeFetch(route);
  const client = createWikipediaClient({ fetch, userAgent: 'Gloss/test', baseUrl: 'https://wiki.test' });
  const cache = new WikiCache({ storage });
  const lookup = createWikipediaLookup({ client, cache, choices: new ChoiceStore(storage) });
  return { fetch, lookup, storage, cache };
}

const req = (over: Partial<Parameters<ReturnType<typeof createWikipediaLookup>['lookup']>[0]> = {}) => ({
  name: 'Jorge Rodriguez',
  entityType: 'person' as const,
  context: JORGE_CONTEXT,
  ...over,
});

describe('lookup', () => {
  it('chooses the Venezuelan politician, fetches his summary, offers the others as alternatives', async () => {
    const { lookup, fetch } = setup(wiki());
    const r = await lookup.lookup(req());
    expect(r.status).toBe('found');
    if (r.status !== 'found') return;
    expect(r.summary.title).toBe('Jorge Rodríguez (Venezuelan politician)');
    expect(r.alternatives.map((a) => a.title)).toEqual(['Jorge Rodríguez (Uruguayan footballer)']);
    expect(r.cached).toBeNull();
    expect(r.chosen).toBe(false);
    // Only the name goes out: no role, other names or keywords in any URL.
    for (const c of fetch.calls) expect(decodeURIComponent(c.url)).not.toMatch(/legislature|Maduro|strikes|Delcy/);
  });

  it('never shows a disambiguation page: the reader gets "Which one?" instead', async () => {
    const { lookup } = setup(
      wiki(JORGE_SEARCH, {
        'Jorge Rodríguez (Venezuelan politician)': JSON.parse(recorded('summary-jorge-rodriguez-disambiguation.json')),
      }),
    );
    const r = await lookup.lookup(req());
    expect(r).toEqual({
      status: 'ambiguous',
      choices: [{ title: 'Jorge Rodríguez (Uruguayan footballer)', description: 'Uruguayan footballer (born 1971)' }],
    });
  });

  it('asks "Which one?" when context cannot tell, and remembers the reader\u2019s choice for the name', async () => {
    const { lookup, fetch } = setup(wiki());
    const noContext: LinkContext = { role: null, otherNames: [], keywords: [], hintTitle: null };
    const first = await lookup.lookup(req({ context: noContext }));
    expect(first.status).toBe('ambiguous');
    if (first.status !== 'ambiguous') return;
    expect(first.choices.map((c) => c.title)).toEqual([
      'Jorge Rodríguez (Venezuelan politician)',
      'Jorge Rodríguez (Uruguayan footballer)',
    ]);
    await lookup.choose('Jorge Rodriguez', 'person', 'Jorge Rodríguez (Uruguayan footballer)');
    const again = await lookup.lookup(req({ context: JORGE_CONTEXT }));
    expect(again.status === 'found' && again.summary.title).toBe('Jorge Rodríguez (Uruguayan footballer)');
    expect(again.status === 'found' && again.chosen).toBe(true);
    // "Not this one?" ignores the remembered choice.
    const reconsider = await lookup.lookup(req({ reconsider: true }));
    expect(reconsider.status === 'found' && reconsider.summary.title).toBe('Jorge Rodríguez (Venezuelan politician)');
    await lookup.choose('Jorge Rodriguez', 'person', null);
    const forgotten = await lookup.lookup(req());
    expect(forgotten.status === 'found' && forgotten.chosen).toBe(false);
    expect(fetch.calls.filter((c) => c.url.includes('api.php'))).toHaveLength(1); // candidates cached
  });

  it('forgets a remembered page that no longer exists and chooses afresh', async () => {
    const route: Route = (url) =>
      url.pathname.endsWith('/Jorge_Rodr%C3%ADguez_(old_title)')
        ? json(JSON.parse(recorded('summary-not-found.json')), 404)
        : wiki()(url, { url: '', headers: {}, init: {} });
    const { lookup, storage } = setup(route);
    await lookup.choose('Jorge Rodriguez', 'person', 'Jorge Rodríguez (old title)');
    const r = await lookup.lookup(req());
    expect(r.status === 'found' && r.summary.title).toBe('Jorge Rodríguez (Venezuelan politician)');
    expect(await new ChoiceStore(storage).get('Jorge Rodriguez')).toBeNull();
  });

  it('fetches the bundled data\u2019s page by title when search missed it', async () => {
    const route: Route = (url) => {
      if (url.searchParams.get('titles')) {
        return json({
          batchcomplete: true,
          query: {
            pages: [
              {
                pageid: 9,
                ns: 0,
                title: 'Federal government of the United States',
                description: 'National government of the United States',
              },
            ],
          },
        });
      }
      if (url.pathname === '/w/api.php')
        return json(
          JSON.parse(
            JSON.stringify({
              batchcomplete: true,
              query: {
                pages: [
                  {
                    pageid: 1,
                    ns: 0,
                    title: 'Washington, D.C.',
                    index: 1,
                    description: 'Capital city of the United States',
                    coordinates: [{ lat: 1, lon: 1, primary: true, globe: 'earth' }],
                  },
                ],
              },
            }),
          ),
        );
      return json(summaryOf(decodeURIComponent(url.pathname.split('/').pop()!).replace(/_/g, ' ')));
    };
    const { lookup, fetch } = setup(route);
    const r = await lookup.lookup({
      name: 'Washington',
      entityType: 'organization',
      context: {
        role: null,
        otherNames: ['Beijing'],
        keywords: [],
        hintTitle: 'Federal government of the United States',
      },
    });
    expect(r.status === 'found' && r.summary.title).toBe('Federal government of the United States');
    expect(new URL(fetch.calls[1]!.url).searchParams.get('titles')).toBe('Federal government of the United States');
  });

  it('says not found when nothing fits, and maps failures to designed states', async () => {
    expect((await setup(wiki({ batchcomplete: true })).lookup.lookup(req())).status).toBe('not-found');
    expect(await setup(() => 'offline').lookup.lookup(req())).toEqual({ status: 'offline' });
    expect(await setup(() => json('{oops')).lookup.lookup(req())).toMatchObject({
      status: 'error',
      reason: 'bad-response',
    });
    expect(await setup(() => json({}, 500)).lookup.lookup(req())).toMatchObject({
      status: 'error',
      reason: 'http',
      message: 'Wikipedia answered with an error (HTTP 500).',
    });
  });
});

describe('cache', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2025, 11, 1) }));
  afterEach(() => vi.useRealTimers());

  it('serves from cache without a request for a week, offline included', async () => {
    const storage = createMemoryStorage();
    const first = setup(wiki(), storage);
    await first.lookup.lookup(req());
    expect(first.fetch.calls).toHaveLength(2);
    vi.setSystemTime(Date.now() + 6 * DAY_MS);
    const offline = setup(() => 'offline', storage);
    const r = await offline.lookup.lookup(req());
    expect(r.status === 'found' && r.summary.title).toBe('Jorge Rodríguez (Venezuelan politician)');
    expect(r.status === 'found' && r.cached).toEqual({ savedAt: Date.UTC(2025, 11, 1), stale: false });
    expect(offline.fetch.calls).toHaveLength(0);
  });

  it('after a week serves the stale answer at once and refreshes it in the background', async () => {
    const storage = createMemoryStorage();
    await setup(wiki(), storage).lookup.lookup(req());
    vi.setSystemTime(Date.now() + 8 * DAY_MS);
    const later = setup(
      wiki(JORGE_SEARCH, {
        'Jorge Rodríguez (Venezuelan politician)': {
          ...summaryOf('Jorge Rodríguez (Venezuelan politician)'),
          extract: 'Updated.',
        },
      }),
      storage,
    );
    const stale = await later.lookup.lookup(req());
    expect(stale.status === 'found' && stale.cached?.stale).toBe(true);
    expect(stale.status === 'found' && stale.summary.extract).toBe(
      'Jorge Rodríguez (Venezuelan politician) is a page.',
    );
    await later.lookup.settled();
    expect(later.fetch.calls.length).toBe(2); // search and summary refreshed
    const fresh = await later.lookup.lookup(req());
    expect(fresh.status === 'found' && fresh.summary.extract).toBe('Updated.');
    expect(fresh.status === 'found' && fresh.cached?.stale).toBe(false);
  });

  it('a stale answer is still served offline, and dropped after 30 days', async () => {
    const storage = createMemoryStorage();
    await setup(wiki(), storage).lookup.lookup(req());
    vi.setSystemTime(Date.now() + 20 * DAY_MS);
    const r = await setup(() => 'offline', storage).lookup.lookup(req());
    expect(r.status === 'found' && r.cached?.stale).toBe(true);
    vi.setSystemTime(Date.now() + 11 * DAY_MS);
    expect(await setup(() => 'offline', storage).lookup.lookup(req())).toEqual({ status: 'offline' });
  });

  it('evicts the oldest entries past the entry cap and the size cap', async () => {
    const storage = createMemoryStorage();
    const cache = new WikiCache({ storage, maxEntries: 3 });
    for (const k of ['a', 'b', 'c', 'd']) {
      await cache.put(k, { v: k });
      vi.advanceTimersByTime(1000);
    }
    expect((await cache.keys()).sort()).toEqual(['b', 'c', 'd']);
    expect(storage.data.has('glossWiki:a')).toBe(false);
    // 72 characters of JSON each: five exceed 300, four fit.
    const small = new WikiCache({ storage: createMemoryStorage(), maxBytes: 300 });
    for (const k of ['a', 'b', 'c', 'd', 'e']) {
      await small.put(k, 'x'.repeat(70));
      vi.advanceTimersByTime(1000);
    }
    expect((await small.keys()).sort()).toEqual(['b', 'c', 'd', 'e']);
    // One answer larger than a quarter of the cap is not stored at all.
    await small.put('huge', 'x'.repeat(100));
    expect(await small.keys()).not.toContain('huge');
  });

  it('discards corrupt entries and a corrupt index', async () => {
    const storage = createMemoryStorage({
      'glossWiki:x': { v: 1, savedAt: 'yesterday', value: 1 },
      'glossWiki:y': 'garbage',
      'glossWiki:index': [1, 2],
    });
    const cache = new WikiCache({ storage });
    expect(await cache.get('x', (v) => v)).toBeNull();
    expect(await cache.get('y', (v) => v)).toBeNull();
    expect(storage.data.has('glossWiki:x')).toBe(false);
    await cache.put('z', 1);
    expect(await cache.get('z', (v) => (typeof v === 'number' ? v : null))).toMatchObject({ value: 1, stale: false });
    // A value that fails its validator is discarded too.
    expect(await cache.get('z', () => null)).toBeNull();
    expect(storage.data.has('glossWiki:z')).toBe(false);
  });

  it('remembered choices survive a corrupt store and stay capped', async () => {
    const storage = createMemoryStorage({ glossWikiChoices: 'nonsense' });
    const choices = new ChoiceStore(storage);
    expect(await choices.get('Georgia')).toBeNull();
    await choices.set('Georgia', 'Georgia (country)');
    expect(await choices.get('georgia')).toBe('Georgia (country)');
    // Made at once, neither choice is lost.
    await Promise.all([choices.set('Jordan', 'Jordan'), choices.set('Washington', 'Washington (state)')]);
    expect([await choices.get('Jordan'), await choices.get('Washington'), await choices.get('Georgia')]).toEqual([
      'Jordan',
      'Washington (state)',
      'Georgia (country)',
    ]);
    // Past the cap the oldest choice goes.
    let t = 0;
    const capped = new ChoiceStore(createMemoryStorage(), () => ++t, 2);
    for (const n of ['A', 'B', 'C']) await capped.set(n, `${n} page`);
    expect([await capped.get('A'), await capped.get('B'), await capped.get('C')]).toEqual([null, 'B page', 'C page']);
  });
});
