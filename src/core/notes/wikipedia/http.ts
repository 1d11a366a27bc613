/**
 * One GET that returns parsed JSON or a classified failure: a 5 s timeout, a size cap read
 * from the stream (a hostile or broken answer cannot fill memory), 404 and 429 told apart.
 * `fetch` is injected so tests answer with recorded responses.
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type HttpFailure =
  | { kind: 'offline' }
  | { kind: 'timeout' }
  | { kind: 'aborted' }
  | { kind: 'not-found' }
  | { kind: 'rate-limited'; retryAfterMs: number | null }
  | { kind: 'http'; status: number }
  | { kind: 'bad-response' }
  | { kind: 'too-large' };

export class WikiHttpError extends Error {
  constructor(readonly failure: HttpFailure) {
    super(`Wikipedia request failed: ${failure.kind}`);
    this.name = 'WikiHttpError';
  }
}

export interface GetJsonOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  now?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_BYTES = 256 * 1024;

export async function getJson(fetchFn: FetchLike, url: string, opts: GetJsonOptions): Promise<unknown> {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, opts.timeoutMs);
  const onAbort = () => ctrl.abort();
  if (opts.signal?.aborted) ctrl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const fail = (f: HttpFailure): never => {
    throw new WikiHttpError(f);
  };
  try {
    let res: Response;
    try {
      res = await fetchFn(url, {
        method: 'GET',
        headers: { Accept: 'application/json', ...opts.headers },
        signal: ctrl.signal,
        // Never Wikipedia cookies, never the page we are on.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'follow',
      });
    } catch {
      if (timedOut) fail({ kind: 'timeout' });
      if (opts.signal?.aborted) fail({ kind: 'aborted' });
      return fail({ kind: 'offline' });
    }
    if (res.status === 404) return fail({ kind: 'not-found' });
    if (res.status === 429)
      return fail({
        kind: 'rate-limited',
        retryAfterMs: parseRetryAfter(res.headers.get('Retry-After'), opts.now?.() ?? Date.now()),
      });
    if (!res.ok) return fail({ kind: 'http', status: res.status });
    const declared = Number(res.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > opts.maxBytes) return fail({ kind: 'too-large' });
    let body: string;
    try {
      body = await readCapped(res, opts.maxBytes);
    } catch (e) {
      if (e instanceof WikiHttpError) throw e;
      if (timedOut) return fail({ kind: 'timeout' });
      if (opts.signal?.aborted) return fail({ kind: 'aborted' });
      return fail({ kind: 'offline' });
    }
    try {
      return JSON.parse(body) as unknown;
    } catch {
      return fail({ kind: 'bad-response' });
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) {
    const t = await res.text();
    if (t.length > maxBytes) throw new WikiHttpError({ kind: 'too-large' });
    return t;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new WikiHttpError({ kind: 'too-large' });
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder('utf-8').decode(all);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(v: string | null, now: number): number | null {
  if (v === null) return null;
  const s = v.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}
