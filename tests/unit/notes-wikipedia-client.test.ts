import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWikipediaClient, RequestQueue } from '../../src/core/notes/wikipedia';
import { WikiHttpError } from '../../src/core/notes/wikipedia/http';
import { fakeFetch, json, recorded } from './notes-wikipedia-fakes';

const UA = 'Gloss/0.1.0 (browser extension)';
const client = (
  fetch: ReturnType<typeof fakeFetch>,
  extra: Partial<Parameters<typeof createWikipediaClient>[0]> = {},
) => createWikipediaClient({ fetch, userAgent: UA, baseUrl: 'https://wiki.test', ...extra });

const failureOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof WikiHttpError) return e.failure;
    throw e;
  }
  throw new Error('expected a failure');
};

describe('summary', () => {
  it('normalises a standard summary to plain text, thumbnail and page URL, with Api-User-Agent and no cookies', async () => {
    const fetch = fakeFetch(() => json(recorded('summary-venezuela.json')));
    const page = await client(fetch).summary('Venezuela');
    expect(fetch.calls[0]!.url).toBe('https://wiki.test/api/rest_v1/page/summary/Venezuela');
    expect(fetch.calls[0]!.headers['Api-User-Agent']).toBe(UA);
    expect(fetch.calls[0]!.init.credentials).toBe('omit');
    expect(fetch.calls[0]!.init.referrerPolicy).toBe('no-referrer');
    expect(page).toEqual({
      kind: 'standard',
      summary: {
        title: 'Venezuela',
        description: 'Country in South America',
        extract: expect.stringMatching(/^Venezuela, officially the Bolivarian Republic of Venezuela, is a country/),
        thumbnail: {
          url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/0/06/Flag_of_Venezuela.svg/320px-Flag_of_Venezuela.svg.png',
          width: 320,
          height: 213,
        },
        pageUrl: 'https://en.wikipedia.org/wiki/Venezuela',
      },
    });
    expect(page!.summary.extract).not.toMatch(/<|>/);
  });

  it('encodes titles (spaces, slashes, accents) in the path', async () => {
    const fetch = fakeFetch(() => json(recorded('summary-jorge-rodriguez-disambiguation.json')));
    await client(fetch).summary('AC/DC and Jorge Rodríguez');
    expect(fetch.calls[0]!.url).toBe('https://wiki.test/api/rest_v1/page/summary/AC%2FDC_and_Jorge_Rodr%C3%ADguez');
  });

  it('marks a disambiguation page as such', async () => {
    const fetch = fakeFetch(() => json(recorded('summary-jorge-rodriguez-disambiguation.json')));
    expect((await client(fetch).summary('Jorge Rodríguez'))?.kind).toBe('disambiguation');
  });

  it('returns null for 404', async () => {
    const fetch = fakeFetch(() => json(recorded('summary-not-found.json'), 404));
    expect(await client(fetch).summary('Zzqxw Nonexistent Page')).toBeNull();
  });

  it('drops HTML, control characters, non-Wikimedia thumbnails and caps the extract', async () => {
    const body = JSON.parse(recorded('summary-venezuela.json'));
    body.extract = `<script>alert(1)</script>Plain \u0007text. ${'More text. '.repeat(300)}`;
    body.thumbnail = { source: 'https://evil.example/x.png', width: 10, height: 10 };
    const fetch = fakeFetch(() => json(body));
    const page = await client(fetch).summary('Venezuela');
    expect(page!.summary.extract.startsWith('alert(1)Plain text.')).toBe(true);
    expect(page!.summary.extract.length).toBeLessThanOrEqual(1200);
    expect(page!.summary.thumbnail).toBeNull();
  });

  it('rejects malformed JSON and answers without a page URL as bad responses', async () => {
    expect(
      await failureOf(client(fakeFetch(() => json('{"type": "standard", "title": "Venez'))).summary('Venezuela')),
    ).toEqual({ kind: 'bad-response' });
    const noUrl = JSON.parse(recorded('summary-venezuela.json'));
    delete noUrl.content_urls;
    expect(await failureOf(client(fakeFetch(() => json(noUrl))).summary('Venezuela'))).toEqual({
      kind: 'bad-response',
    });
    const js = JSON.parse(recorded('summary-venezuela.json'));
    js.content_urls.desktop.page = 'javascript:alert(1)';
    expect(await failureOf(client(fakeFetch(() => json(js))).summary('Venezuela'))).toEqual({ kind: 'bad-response' });
  });

  it('refuses an oversized response, declared or streamed', async () => {
    const big = JSON.stringify({ ...JSON.parse(recorded('summary-venezuela.json')), extract: 'x'.repeat(300_000) });
    const declared = fakeFetch(() => json(big, 200, { 'Content-Length': String(big.length) }));
    expect(await failureOf(client(declared).summary('Venezuela'))).toEqual({ kind: 'too-large' });
    const streamed = fakeFetch(() => {
      const bytes = new TextEncoder().encode(big);
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += 16_384) c.enqueue(bytes.slice(i, i + 16_384));
          c.close();
        },
      });
      return new Response(stream, { status: 200 });
    });
    expect(await failureOf(client(streamed).summary('Venezuela'))).toEqual({ kind: 'too-large' });
  });

  it('reports offline when the network fails and an HTTP error otherwise', async () => {
    expect(await failureOf(client(fakeFetch(() => 'offline')).summary('Venezuela'))).toEqual({ kind: 'offline' });
    expect(await failureOf(client(fakeFetch(() => json({}, 503))).summary('Venezuela'))).toEqual({
      kind: 'http',
      status: 503,
    });
  });
});

describe('search', () => {
  it('asks the Action API for candidates with descriptions, coordinates, disambiguation flags and views, sending only the name', async () => {
    const fetch = fakeFetch(() => json(recorded('search-delcy-rodriguez.json')));
    const cands = await client(fetch).search('Delcy Rodriguez');
    const url = new URL(fetch.calls[0]!.url);
    expect(url.origin + url.pathname).toBe('https://wiki.test/w/api.php');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'query',
      format: 'json',
      formatversion: '2',
      origin: '*',
      prop: 'description|pageprops|coordinates|pageviews',
      ppprop: 'disambiguation',
      pvipdays: '30',
      generator: 'search',
      gsrsearch: 'Delcy Rodriguez',
      gsrnamespace: '0',
      gsrlimit: '10',
    });
    expect(cands.map((c) => [c.title, c.disambiguation, c.searchRank])).toEqual([
      ['Delcy Rodríguez', false, 1],
      ['Jorge Rodríguez (Venezuelan politician)', false, 2],
      ['Rodríguez', true, 3],
      ['Vice President of Venezuela', false, 4],
    ]);
    expect(cands[0]!.views).toBe(4120 + 3980 + 5210);
    expect(cands[2]!.views).toBe(400); // null days count as 0
  });

  it('reads "no results" (no query key) as no candidates, and drops quoted nicknames from the query', async () => {
    const fetch = fakeFetch(() => json({ batchcomplete: true }));
    expect(await client(fetch).search('Frank M \u201cMitch\u201d Bradley')).toEqual([]);
    expect(new URL(fetch.calls[0]!.url).searchParams.get('gsrsearch')).toBe('Frank M Bradley');
  });
});

describe('timeouts, rate limits and the queue', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_700_000_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('times out after 5 s', async () => {
    const fetch = fakeFetch(() => 'hang');
    const p = failureOf(client(fetch).summary('Venezuela'));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await p).toEqual({ kind: 'timeout' });
  });

  it('on 429 with Retry-After waits that long before asking again', async () => {
    let n = 0;
    const fetch = fakeFetch(() =>
      n++ === 0
        ? json(recorded('rate-limited.json'), 429, { 'Retry-After': '12' })
        : json(recorded('summary-venezuela.json')),
    );
    const p = client(fetch).summary('Venezuela');
    await vi.advanceTimersByTimeAsync(11_999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await p)?.summary.title).toBe('Venezuela');
    expect(fetch.calls).toHaveLength(2);
  });

  it('on 429 without Retry-After waits at least 5 s, then backs off while 429s continue, then gives up', async () => {
    const fetch = fakeFetch(() => json(recorded('rate-limited.json'), 429));
    const times: number[] = [];
    const timed = fakeFetch(async (url, call) => {
      times.push(Date.now());
      return fetch(url.toString(), call.init);
    });
    const p = failureOf(client(timed).summary('Venezuela'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await p).toEqual({ kind: 'rate-limited', retryAfterMs: null });
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps).toEqual([5_000, 10_000]);
  });

  it('a 429 pauses every queued request, and a Retry-After date is honoured', async () => {
    const queue = new RequestQueue();
    let first = true;
    const fetch = fakeFetch(() => {
      if (first) {
        first = false;
        return json({}, 429, { 'Retry-After': new Date(Date.now() + 8_000).toUTCString() });
      }
      return json(recorded('summary-venezuela.json'));
    });
    const c = client(fetch, { queue });
    const a = c.summary('Venezuela');
    const b = c.summary('Caracas');
    await vi.advanceTimersByTimeAsync(7_000);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all([a, b]);
    expect(fetch.calls).toHaveLength(3);
  });

  it('sends one request at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const fetch = fakeFetch(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 100));
      inFlight--;
      return json(recorded('summary-venezuela.json'));
    });
    const c = client(fetch);
    const all = Promise.all(['A', 'B', 'C'].map((t) => c.summary(t)));
    await vi.advanceTimersByTimeAsync(400);
    await all;
    expect(most).toBe(1);
    expect(fetch.calls.map((x) => x.url.split('/').pop())).toEqual(['A', 'B', 'C']);
  });

  it('a request aborted while queued is never sent', async () => {
    const fetch = fakeFetch(async () => {
      await new Promise((r) => setTimeout(r, 100));
      return json(recorded('summary-venezuela.json'));
    });
    const c = client(fetch);
    const ctrl = new AbortController();
    const a = c.summary('A');
    const b = failureOf(c.summary('B', ctrl.signal));
    ctrl.abort();
    await vi.advanceTimersByTimeAsync(200);
    await a;
    expect(await b).toEqual({ kind: 'aborted' });
    expect(fetch.calls).toHaveLength(1);
  });
});
