import { describe, expect, it, vi } from 'vitest';
import { createWikipediaService, isWikipediaMessage } from '../../src/platform/wikipedia/service';
import { createWikipediaContentClient } from '../../src/platform/wikipedia/content-client';
import { createMemoryStorage } from '../../src/core/notes/wikipedia';
import {
  WIKIPEDIA_CANCEL,
  WIKIPEDIA_CHOOSE,
  WIKIPEDIA_LOOKUP,
  type WikipediaLookupRequest,
} from '../../src/protocol/wikipedia';
import { normalizeSettings } from '../../src/core/settings';
import { fakeFetch, json, recorded, type Route } from './notes-wikipedia-fakes';

const req = (over: Partial<WikipediaLookupRequest> = {}): WikipediaLookupRequest => ({
  type: WIKIPEDIA_LOOKUP,
  requestId: 'r1',
  name: 'Venezuela',
  entityType: 'place',
  context: { role: null, otherNames: ['Caracas'], keywords: [], hintTitle: 'Venezuela' },
  ...over,
});

const venezuela: Route = (url) =>
  url.pathname === '/w/api.php'
    ? json({
        batchcomplete: true,
        query: {
          pages: [
            {
              pageid: 1,
              ns: 0,
              title: 'Venezuela',
              index: 1,
              description: 'Country in South America',
              coordinates: [{ lat: 8, lon: -66, primary: true, globe: 'earth' }],
            },
          ],
        },
      })
    : json(recorded('summary-venezuela.json'));

let base = 'https://wiki.test';

function service(route: Route, enabled = true) {
  base = 'https://wiki.test';
  const fetch = fakeFetch(route);
  const svc = createWikipediaService({
    fetch,
    storage: createMemoryStorage(),
    userAgent: 'Gloss/test',
    isEnabled: async () => enabled,
    baseUrl: () => base,
  });
  return { fetch, svc };
}

describe('background service: consent', () => {
  // What a fresh install (or an upgrade from the opt-out version) stores.
  const fresh = () => service(venezuela, normalizeSettings(undefined).wikipedia);

  it('on a fresh install refuses a lookup the reader did not ask for: nothing leaves', async () => {
    const { fetch, svc } = fresh();
    expect(await svc.handle(req())).toEqual({ status: 'disabled' });
    expect(await svc.handle(req({ consented: false }))).toEqual({ status: 'disabled' });
    expect(fetch.calls).toHaveLength(0);
  });

  it('looks up the one name the reader asked for in the card', async () => {
    const { fetch, svc } = fresh();
    expect(await svc.handle(req({ consented: true }))).toMatchObject({
      status: 'found',
      summary: { title: 'Venezuela' },
    });
    expect(fetch.calls.length).toBeGreaterThan(0);
    expect(fetch.calls.every((c) => decodeURIComponent(c.url).includes('Venezuela'))).toBe(true);
    // The answer was for that card only: the next unasked lookup is refused again.
    const before = fetch.calls.length;
    expect(await svc.handle(req({ name: 'Caracas' }))).toEqual({ status: 'disabled' });
    expect(fetch.calls).toHaveLength(before);
  });

  it('rejects a consent flag that is not a boolean', async () => {
    const { fetch, svc } = fresh();
    await expect(svc.handle({ ...req(), consented: 'yes' })).rejects.toThrow('malformed');
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('background service', () => {
  it('with the setting off answers "disabled" and no request leaves', async () => {
    const { fetch, svc } = service(venezuela, false);
    expect(await svc.handle(req())).toEqual({ status: 'disabled' });
    expect(fetch.calls).toHaveLength(0);
  });

  it('rejects malformed messages before anything else', async () => {
    const { fetch, svc } = service(venezuela);
    await expect(svc.handle({ ...req(), name: 42 })).rejects.toThrow('malformed');
    await expect(svc.handle({ type: 'gloss/wikipedia/lookup' })).rejects.toThrow('malformed');
    await expect(svc.handle('Venezuela')).rejects.toThrow('malformed');
    expect(fetch.calls).toHaveLength(0);
  });

  it('looks up, remembers a choice and answers with the view model; the base URL is injectable', async () => {
    const { fetch, svc } = service(venezuela);
    const r = await svc.handle(req());
    expect(r).toMatchObject({
      status: 'found',
      summary: { title: 'Venezuela', description: 'Country in South America' },
    });
    expect(fetch.calls.every((c) => c.url.startsWith('https://wiki.test/'))).toBe(true);
    expect(
      await svc.handle({ type: WIKIPEDIA_CHOOSE, name: 'Venezuela', entityType: 'place', title: 'Venezuela' }),
    ).toEqual({ ok: true });
    base = 'http://127.0.0.1:9';
    await svc.handle(req({ name: 'Caracas', context: { role: null, otherNames: [], keywords: [], hintTitle: null } }));
    expect(fetch.calls.at(-1)!.url.startsWith('http://127.0.0.1:9/')).toBe(true);
  });

  it('a cancel aborts the request of a card the reader left', async () => {
    const { fetch, svc } = service(() => 'hang');
    const pending = svc.handle(req({ requestId: 'card-1' }));
    await vi.waitFor(() => expect(fetch.calls).toHaveLength(1));
    expect(await svc.handle({ type: WIKIPEDIA_CANCEL, requestId: 'card-1' })).toEqual({ cancelled: true });
    expect(fetch.calls[0]!.init.signal?.aborted).toBe(true);
    expect(await pending).toEqual({ status: 'offline' });
    expect(await svc.handle({ type: WIKIPEDIA_CANCEL, requestId: 'card-1' })).toEqual({ cancelled: false });
  });

  it('recognises its messages for the router', () => {
    expect(isWikipediaMessage(req())).toBe(true);
    expect(isWikipediaMessage({ type: 'get-shortcuts' })).toBe(false);
    expect(isWikipediaMessage(null)).toBe(false);
  });
});

describe('content client', () => {
  it('forwards the request, validates the answer, and cancels when the card is left', async () => {
    const sent: unknown[] = [];
    let answer: (v: unknown) => void = () => {};
    const send = vi.fn(async (m: unknown) => {
      sent.push(m);
      if ((m as { type: string }).type === WIKIPEDIA_LOOKUP) return new Promise((r) => (answer = r));
      return undefined;
    });
    const client = createWikipediaContentClient(send);
    const ctrl = new AbortController();
    const p = client.lookupWikipedia(req({ requestId: 'card-2' }), ctrl.signal);
    ctrl.abort();
    answer({ status: 'not-found' });
    await expect(p).rejects.toThrow('The card was left.');
    expect(sent).toEqual([req({ requestId: 'card-2' }), { type: WIKIPEDIA_CANCEL, requestId: 'card-2' }]);

    const ok = client.lookupWikipedia(req({ requestId: 'card-3' }), new AbortController().signal);
    answer({
      status: 'found',
      summary: { title: 'X', description: null, extract: '', thumbnail: null, pageUrl: 'javascript:alert(1)' },
      alternatives: [],
      chosen: false,
      cached: null,
    });
    expect(await ok).toMatchObject({ status: 'error', reason: 'bad-response' });

    await client.rememberWikipediaChoice('Georgia', 'place', 'Georgia (country)');
    expect(sent.at(-1)).toEqual({
      type: WIKIPEDIA_CHOOSE,
      name: 'Georgia',
      entityType: 'place',
      title: 'Georgia (country)',
    });
  });
});
