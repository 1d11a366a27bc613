/**
 * A stand-in for en.wikipedia.org for the browser tests: answers the search and page-summary
 * calls for Nicolás Maduro (from tests/fixtures/linking/cases.json) and records every request;
 * `pointAt` points the test build's background at it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { pierce, tabAt, type Session } from './harness';
import { sleep } from './reader-helpers';
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
    const body = path === '/w/api.php' ? maduro.responses.search : path.startsWith('/api/rest_v1/page/summary/') ? SUMMARY : null;
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

const SET_BASE_URL = (origin: string) => `typeof glossWikipedia === 'object' && (glossWikipedia.setBaseUrl(${JSON.stringify(origin)}), true)`;

/** Points the background's lookups at `origin`. */
export async function pointAt(session: Session, page: Page, origin: string): Promise<void> {
  if (session.name === 'chromium') {
    for (let i = 0; ; i++) {
      const t = await session.browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().includes(session.extensionId));
      const ok = await (await t.worker())!.evaluate(SET_BASE_URL(origin)).catch(() => false);
      if (ok) return;
      if (i > 100) throw new Error('the background never exposed glossWikipedia');
      await sleep(100);
    }
  }
  // Firefox: the settings page (opened as a reader would, from the sidebar) can reach the
  // background page, which holds the same test hook.
  await (await pierce(page, '.gl-open-options')).click();
  const options = await tabAt(session, '/extension/options/options.html');
  const ok = await options.evaluate(`browser.runtime.getBackgroundPage().then((bg) => { var glossWikipedia = bg.glossWikipedia; return ${SET_BASE_URL(origin)}; })`);
  if (ok !== true) throw new Error('the background page never exposed glossWikipedia');
  await options.close();
  await page.bringToFront();
}
