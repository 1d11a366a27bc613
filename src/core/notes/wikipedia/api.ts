/**
 * The Wikipedia client: candidates from the Action API's search (with short descriptions,
 * coordinates, disambiguation flags and page views, so type and popularity are known without a
 * request per candidate) and summaries from the REST `page/summary` endpoint. Responses are
 * reduced at this boundary to small plain-text view models; nothing else leaves this file.
 *
 * The base URL is injectable: tests and the browser test point it at their own server
 * (`createWikipediaClient({ baseUrl: 'http://127.0.0.1:PORT', ... })`).
 */
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, getJson, WikiHttpError, type FetchLike } from './http';
import { IMAGE_HOSTS, PAGE_HOSTS, type WikiSummary } from './summary';
import { RequestQueue } from './queue';
import { cleanName } from '../names';

export const DEFAULT_BASE_URL = 'https://en.wikipedia.org';
export const MAX_EXTRACT_CHARS = 1_200;
export const SEARCH_LIMIT = 10;
export const PAGEVIEW_DAYS = 30;

/** A candidate page from search, with what ranking needs. */
export interface Candidate {
  title: string;
  description: string | null;
  disambiguation: boolean;
  hasCoordinates: boolean;
  /** Page views over the last PAGEVIEW_DAYS days, null when unknown. */
  views: number | null;
  /** 1-based position in the search results, null when fetched by title. */
  searchRank: number | null;
}

export type SummaryKind = 'standard' | 'disambiguation' | 'other';

export interface SummaryPage {
  kind: SummaryKind;
  summary: WikiSummary;
}

export interface WikipediaClientOptions {
  fetch: FetchLike;
  /** "Gloss/0.1.0": sent as Api-User-Agent, as Wikimedia's API etiquette asks. */
  userAgent: string;
  baseUrl?: string;
  timeoutMs?: number;
  maxBytes?: number;
  queue?: RequestQueue;
  now?: () => number;
}

export interface WikipediaClient {
  /** Candidate pages for a name (the name is the only thing sent). */
  search(name: string, signal?: AbortSignal): Promise<Candidate[]>;
  /** The same facts for known titles (a bundled hint, a remembered choice). */
  pages(titles: string[], signal?: AbortSignal): Promise<Candidate[]>;
  /** A page's summary; null when there is no such page. */
  summary(title: string, signal?: AbortSignal): Promise<SummaryPage | null>;
}

const PROPS = 'description|pageprops|coordinates|pageviews';

export function createWikipediaClient(opts: WikipediaClientOptions): WikipediaClient {
  const base = (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const queue = opts.queue ?? new RequestQueue({ now: opts.now });
  const get = (url: string, signal?: AbortSignal) =>
    queue.run(
      (s) =>
        getJson(opts.fetch, url, {
          headers: { 'Api-User-Agent': opts.userAgent },
          timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
          signal: s,
          now: opts.now,
        }),
      signal,
    );
  const actionUrl = (params: Record<string, string>) =>
    `${base}/w/api.php?${new URLSearchParams({ action: 'query', format: 'json', formatversion: '2', origin: '*', prop: PROPS, ppprop: 'disambiguation', pvipdays: String(PAGEVIEW_DAYS), ...params })}`;

  return {
    async search(name, signal) {
      const json = await get(
        actionUrl({
          generator: 'search',
          gsrsearch: cleanName(name),
          gsrnamespace: '0',
          gsrlimit: String(SEARCH_LIMIT),
        }),
        signal,
      );
      return normalizeQuery(json);
    },
    async pages(titles, signal) {
      if (titles.length === 0) return [];
      const json = await get(actionUrl({ titles: titles.slice(0, 20).join('|'), redirects: '1' }), signal);
      return normalizeQuery(json);
    },
    async summary(title, signal) {
      try {
        const json = await get(`${base}/api/rest_v1/page/summary/${encodeTitle(title)}`, signal);
        return normalizeSummary(json);
      } catch (e) {
        if (e instanceof WikiHttpError && e.failure.kind === 'not-found') return null;
        throw e;
      }
    },
  };
}

export function encodeTitle(title: string): string {
  return encodeURIComponent(title.trim().replace(/ /g, '_'));
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const bad = () => new WikiHttpError({ kind: 'bad-response' });

/** Action API `query` (formatversion=2) -> candidates in search order. */
export function normalizeQuery(json: unknown): Candidate[] {
  if (!isRec(json)) throw bad();
  if (isRec(json.error)) throw bad();
  // No results: the API leaves out `query` entirely.
  if (json.query === undefined) return [];
  if (!isRec(json.query)) throw bad();
  const pages = json.query.pages;
  if (pages === undefined) return [];
  if (!Array.isArray(pages)) throw bad();
  const out: Candidate[] = [];
  for (const p of pages) {
    if (!isRec(p) || p.missing === true || p.invalid === true) continue;
    const title = str(p.title);
    if (!title || (typeof p.ns === 'number' && p.ns !== 0)) continue;
    const views = isRec(p.pageviews)
      ? Object.values(p.pageviews).reduce<number>((sum, v) => sum + (typeof v === 'number' && v > 0 ? v : 0), 0)
      : null;
    out.push({
      title,
      description: str(p.description),
      disambiguation: isRec(p.pageprops) && 'disambiguation' in p.pageprops,
      hasCoordinates: Array.isArray(p.coordinates) && p.coordinates.length > 0,
      views,
      searchRank: typeof p.index === 'number' ? p.index : null,
    });
  }
  return out.sort((a, b) => (a.searchRank ?? 1e9) - (b.searchRank ?? 1e9));
}

/** REST `page/summary` -> the card's view model. Never takes `extract_html`. */
export function normalizeSummary(json: unknown): SummaryPage {
  if (!isRec(json)) throw bad();
  const title = str(isRec(json.titles) ? json.titles.normalized : null) ?? str(json.title);
  const urls = isRec(json.content_urls) && isRec(json.content_urls.desktop) ? json.content_urls.desktop : null;
  const pageUrl = str(urls?.page);
  if (!title || !pageUrl || !isHttps(pageUrl, PAGE_HOSTS)) throw bad();
  const type = json.type === 'standard' || json.type === 'disambiguation' ? json.type : 'other';
  let thumbnail: WikiSummary['thumbnail'] = null;
  if (isRec(json.thumbnail)) {
    const src = str(json.thumbnail.source);
    const { width, height } = json.thumbnail;
    if (
      src &&
      isHttps(src, IMAGE_HOSTS) &&
      typeof width === 'number' &&
      typeof height === 'number' &&
      width > 0 &&
      height > 0 &&
      width < 10_000 &&
      height < 10_000
    ) {
      thumbnail = { url: src, width: Math.round(width), height: Math.round(height) };
    }
  }
  return {
    kind: type,
    summary: {
      title,
      description: str(json.description) ? plainText(String(json.description), 300) : null,
      extract: plainText(typeof json.extract === 'string' ? json.extract : '', MAX_EXTRACT_CHARS),
      thumbnail,
      pageUrl,
    },
  };
}

function isHttps(url: string, hosts: RegExp): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && hosts.test(u.hostname);
  } catch {
    return false;
  }
}

/**
 * Plain text for display: control characters and anything tag-like removed (the REST
 * `extract` is already plain, this guards against a changed or hostile answer), whitespace
 * collapsed, cut at a sentence or word boundary.
 */
export function plainText(s: string, max: number): string {
  let t = s
    .replace(/<[^>]{0,500}>/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length <= max) return t;
  t = t.slice(0, max);
  const stop = t.lastIndexOf('. ');
  if (stop > max * 0.6) return t.slice(0, stop + 1);
  const sp = t.lastIndexOf(' ');
  return `${t.slice(0, sp > 0 ? sp : max)}\u2026`;
}
