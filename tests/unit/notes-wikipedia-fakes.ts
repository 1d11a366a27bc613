/** A recorded-response fetch for the Wikipedia tests: routes by URL, records every request. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES } from '../helpers/fixtures';
import type { FetchLike } from '../../src/core/notes/wikipedia';

export function recorded(name: string): string {
  return readFileSync(resolve(FIXTURES, 'linking/responses', name), 'utf8');
}

export interface Call {
  url: string;
  headers: Record<string, string>;
  init: RequestInit;
}

export type Route = (url: URL, call: Call) => Response | Promise<Response> | 'hang' | 'offline';

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A fetch that answers from `route`; 'hang' never answers (until aborted), 'offline' rejects. */
export function fakeFetch(route: Route): FetchLike & { calls: Call[] } {
  const calls: Call[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    const call = { url, headers: { ...(init.headers as Record<string, string>) }, init };
    calls.push(call);
    const answer = await route(new URL(url), call);
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted.', 'AbortError')),
        );
      });
    }
    return answer;
  }) as FetchLike & { calls: Call[] };
  fn.calls = calls;
  return fn;
}
