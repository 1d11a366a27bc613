/**
 * A stand-in for en.wikipedia.org for the browser tests: answers the search and page-summary
 * calls for Nicolás Maduro (from tests/fixtures/linking/cases.json) and records every request;
 * `pointAt` points the test build's background at it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { inBackground, type Session } from './harness';
import { fixture } from '../helpers/fixtures';

const cases = JSON.parse(fixture('linking/cases.json'));
const maduro = (Array.isArray(cases) ? cases : cases.cases).find((c: { id: string }) => c.id === 'ex-maduro');

const SUMMARY = {
  type: 'standard',
  title: 'Nicolás Maduro',
  description: 'President of Venezuela since 2013',
  extract: 'Nicolás Maduro Moros is a Venezuelan politician who has been president of Venezuela since 2013.',
  content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Nicol%C3%A1s_Maduro' } },
  lang: 'en',
  dir: 'ltr',
};

export interface Seen {
  method: string;
  url: string;
}

/** Stands in for en.wikipedia.org: records every request, whatever its path. */
export async function fakeWikipedia(): Promise<{ origin: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push({ method: req.method ?? '', url: decodeURIComponent((req.url ?? '').replace(/\+/g, ' ')) });
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'Api-User-Agent' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    const path = (req.url ?? '').split('?')[0]!;
    const body =
      path === '/w/api.php' ? maduro.responses.search : path.startsWith('/api/rest_v1/page/summary/') ? SUMMARY : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', ...cors });
    res.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Points the background's lookups at `origin` (the test build's hook). */
export async function pointAt(session: Session, page: Page, origin: string): Promise<void> {
  const ok = await inBackground(
    session,
    page,
    `(g) => typeof g.glossWikipedia === 'object' && (g.glossWikipedia.setBaseUrl(${JSON.stringify(origin)}), true)`,
  );
  if (ok !== true) throw new Error('the background never exposed glossWikipedia');
}
