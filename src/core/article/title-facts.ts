/**
 * What the headline and the site's name are read from (title.ts, site-name.ts): the page's <h1>s,
 * its metas, its JSON-LD article item and its address, read in one pass over each kind of element
 * before Readability runs (it removes scripts and moves headings).
 */
import { sharesWord, squash } from './title-words';

export interface TitleFacts {
  /** Text of each <h1> of the page, in document order. */
  h1s: string[];
  /** For each of h1s, whether it stands inside <article>, <main> or the main role. */
  h1InArticle: boolean[];
  /**
   * Text of each <h2> of the page, read only when the page's one <h1> shares no word with its
   * declared titles (then the headline may be an <h2>: see leadingH1); else empty.
   */
  h2s?: string[];
  /** schema.org `headline` / `name` of an article item in JSON-LD. */
  ldHeadline: string | null;
  ldPublisher: string | null;
  ogTitle: string | null;
  ogSiteName: string | null;
  /** `<meta name="application-name">`: the name the site gives itself as a web application. */
  appName: string | null;
  /** The sections the page says the article is in: `article:section` metas, JSON-LD `articleSection`. */
  sections: string[];
  /** The document's <title>. */
  docTitle: string;
  /**
   * The page's host name, without "www.": from the address the page declares (canonical link,
   * og:url), else from where the page is (empty when there is neither).
   */
  host: string;
}

const MAX_H1S = 8;
const MAX_LD_SCRIPTS = 8;
const MAX_LD_CHARS = 200_000;
const MAX_SECTIONS = 8;

/** The metas read, by the `property` or `name` they carry. */
const META_KEYS = ['og:title', 'twitter:title', 'og:site_name', 'og:url', 'application-name'] as const;
type MetaKey = (typeof META_KEYS)[number];
const SECTION_KEY = 'article:section';

/**
 * Reads the title facts of `doc`: one pass over each of its <h1>, <meta>, <link> and <script>
 * elements (a selector query walks the whole page per query, a tenth of the detection time in
 * jsdom). Each value is the one the selector would give: the first element in document order
 * whose `property` or `name` is the key; `rel` and `type` compared ignoring ASCII case, as
 * selectors compare those attributes in an HTML document.
 *
 * `pageUrl` is where the page is, when `doc` is a copy that does not know it (a document rebuilt
 * from a page snapshot is at about:blank); by default the document's own URL.
 */
export function readTitleFacts(doc: Document, pageUrl: string = doc.URL): TitleFacts {
  const h1s: string[] = [];
  const h1InArticle: boolean[] = [];
  const found = doc.getElementsByTagName('h1');
  for (let i = 0; i < found.length && h1s.length < MAX_H1S; i++) {
    const text = squash(found[i]!.textContent ?? '');
    if (!text) continue;
    h1s.push(text);
    h1InArticle.push(inArticleRegion(found[i]!));
  }
  const metas = readMetas(doc);
  const meta = (key: MetaKey): string | null => {
    const v = metas.first.get(key);
    return v ? squash(v) || null : null;
  };
  const ld = readJsonLd(doc);
  const sections = [...ld.sections];
  for (const v of metas.sections) if (squash(v)) sections.push(squash(v));
  // The page's own address as it declares it, else where the page is.
  const declaredUrl = canonicalLink(doc)?.getAttribute('href') ?? meta('og:url');
  const host = hostOf(declaredUrl) || hostOf(pageUrl);
  const docTitle = squash(doc.title ?? '');
  const titles = [ld.headline, meta('og:title') ?? meta('twitter:title'), docTitle].filter((t): t is string => !!t);
  const h2s: string[] = [];
  if (h1s.length === 1 && titles.length && !titles.some((t) => sharesWord(h1s[0]!, t))) {
    const found2 = doc.getElementsByTagName('h2');
    for (let i = 0; i < found2.length && h2s.length < MAX_H1S; i++) {
      const text = squash(found2[i]!.textContent ?? '');
      if (text) h2s.push(text);
    }
  }
  return {
    h1s,
    h1InArticle,
    h2s,
    ldHeadline: ld.headline,
    ldPublisher: ld.publisher,
    ogTitle: meta('og:title') ?? meta('twitter:title'),
    ogSiteName: meta('og:site_name'),
    appName: meta('application-name'),
    sections,
    docTitle,
    host,
  };
}

/** What closest('article, main, [role="main"]') finds: the element or an ancestor that is one. */
function inArticleRegion(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = cur.localName;
    if (tag === 'article' || tag === 'main' || cur.getAttribute('role') === 'main') return true;
  }
  return false;
}

/**
 * The content of the first <meta> whose property or name is each of META_KEYS (as it is, maybe
 * empty), and the contents of the first few whose property or name is article:section.
 */
function readMetas(doc: Document): { first: Map<MetaKey, string | null>; sections: string[] } {
  const first = new Map<MetaKey, string | null>();
  const sections: string[] = [];
  const els = doc.getElementsByTagName('meta');
  const wanted = new Set<string>(META_KEYS);
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    const property = el.getAttribute('property');
    const name = el.getAttribute('name');
    for (const k of [property, name]) {
      if (k !== null && wanted.has(k) && !first.has(k as MetaKey)) first.set(k as MetaKey, el.getAttribute('content'));
    }
    if ((property === SECTION_KEY || name === SECTION_KEY) && sections.length < MAX_SECTIONS)
      sections.push(el.getAttribute('content') ?? '');
  }
  return { first, sections };
}

/** ASCII letters to lower case only, as selectors compare case-insensitive attribute values. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The first <link rel="canonical">. */
function canonicalLink(doc: Document): Element | null {
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const rel = links[i]!.getAttribute('rel');
    if (rel !== null && asciiLower(rel) === 'canonical') return links[i]!;
  }
  return null;
}

/** The <script type="application/ld+json"> elements, in document order. */
function jsonLdScripts(doc: Document): Element[] {
  const out: Element[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const type = scripts[i]!.getAttribute('type');
    if (type !== null && asciiLower(type) === 'application/ld+json') out.push(scripts[i]!);
  }
  return out;
}

/**
 * The host name of a web address, without "www."; empty for anything else, and for the names
 * reserved never to be a real site (RFC 6761: "localhost", "*.invalid"), which stand for "no
 * address" (`analyze` reads a file at https://example.invalid/).
 */
export function hostOf(url: string | null | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return '';
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
  // A reserved name or an address in numbers is no site name a reader would know.
  const unnamed = /(?:^|\.)(?:localhost|invalid)\.?$/i.test(host) || /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[.*\])$/.test(host);
  return unnamed ? '' : host;
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|SocialMediaPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|WebPage)$/;

function readJsonLd(doc: Document): { headline: string | null; publisher: string | null; sections: string[] } {
  const scripts = jsonLdScripts(doc);
  let best: { headline: string | null; publisher: string | null; rank: number } = {
    headline: null,
    publisher: null,
    rank: 99,
  };
  // An item's publisher is often a reference to an Organization item elsewhere in the page's
  // JSON-LD ({"@id": "https://site/#organization"}): the names of items with an @id resolve it.
  const namesById = new Map<string, string>();
  const sections: string[] = [];
  for (let i = 0; i < scripts.length && i < MAX_LD_SCRIPTS; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > MAX_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    for (const item of ldItems(parsed)) {
      if (typeof item['@id'] === 'string' && typeof item.name === 'string' && squash(item.name))
        namesById.set(item['@id'], squash(item.name));
      const types = ([] as unknown[]).concat(item['@type']).filter((t): t is string => typeof t === 'string');
      if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
      for (const sec of ([] as unknown[]).concat(item.articleSection))
        if (typeof sec === 'string' && squash(sec) && sections.length < MAX_SECTIONS)
          sections.push(decodeEntities(squash(sec)));
      // An article type beats a plain WebPage.
      const rank = types.includes('WebPage') && types.length === 1 ? 1 : 0;
      if (rank >= best.rank) continue;
      const headline =
        typeof item.headline === 'string'
          ? squash(item.headline)
          : typeof item.name === 'string'
            ? squash(item.name)
            : '';
      if (headline) best = { headline: decodeEntities(headline), publisher: publisherOf(item.publisher), rank };
    }
  }
  let publisher = best.publisher;
  if (publisher?.startsWith(ID_REF)) publisher = namesById.get(publisher.slice(ID_REF.length)) ?? null;
  return { headline: best.headline, publisher: publisher === null ? null : decodeEntities(publisher), sections };
}

/** Marks a publisher known so far only by its @id (resolved once every item has been read). */
const ID_REF = '\u0000@id:';

/** The name of a JSON-LD publisher: an object with a name, the first of a list, or an @id reference. */
function publisherOf(pub: unknown): string | null {
  const first = Array.isArray(pub) ? (pub as unknown[])[0] : pub;
  if (typeof first === 'string') return squash(first) || null;
  if (!first || typeof first !== 'object') return null;
  const o = first as Record<string, unknown>;
  if (typeof o.name === 'string' && squash(o.name)) return squash(o.name);
  return typeof o['@id'] === 'string' ? ID_REF + o['@id'] : null;
}

/** The objects of a JSON-LD value: the value itself, an array's items, an @graph's items. */
function ldItems(v: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (x: unknown) => {
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      out.push(x as Record<string, unknown>);
      const graph = (x as Record<string, unknown>)['@graph'];
      if (Array.isArray(graph))
        for (const g of graph) if (g && typeof g === 'object') out.push(g as Record<string, unknown>);
    }
  };
  if (Array.isArray(v)) v.forEach(add);
  else add(v);
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(
    /&(amp|quot|#39|apos|lt|gt);/g,
    (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e] ?? _,
  );
}
