/**
 * Finds the article in a Document with @mozilla/readability, run on a clone so the live page is
 * never touched, and maps the article's text back to the live page's text nodes.
 *
 * Readability moves nodes around its clone but keeps text nodes (we ask it for the content
 * element itself rather than serialised HTML), so a map from the clone's text nodes to the live
 * ones, built by walking both trees in step before Readability runs, carries every stretch of the
 * article's text back to the page.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleText } from './types';
import { countWords, DEFAULT_MAX_ELEMENTS, MIN_ARTICLE_WORDS } from './words';
import type { RemoteArticle, RemoteSegment } from './remote';

export { countWords, DEFAULT_MAX_ELEMENTS, MIN_ARTICLE_WORDS };
export { articleFromRemote, type RemoteArticle, type RemoteSegment } from './remote';
import { buildSnapshot, type PageSnapshot } from './snapshot';
import { speedUpReadability } from './readability-speedups';
import { NO_REBUILDS, watchRebuilds } from './readability-rebuilds';
import { collectParagraphs, joinParagraphs, paragraphText, type Paragraph } from './text-builder';
import { dropBoilerplate, livePageFacts, takePageFacts, type PageFacts } from './boilerplate';
import { chooseTitle, cleanSiteName, readTitleFacts, type TitleFacts } from './title';
import { chooseSiteName } from './site-name';

const SHOW_TEXT = 4;

export interface ExtractOptions {
  /** Readability gives up on documents with more elements than this (0: no limit). */
  maxElemsToParse?: number;
  /**
   * Huge pages: read at most this many elements, the first ones in document order
   * (0: all). Readability's cost grows with the page; a 50,000-paragraph page froze the tab for
   * tens of seconds. The result then says `partial`.
   */
  maxElements?: number;
  /**
   * The caller gives `doc` up (a document parsed or rebuilt only for this): Readability works on
   * it in place instead of on a copy. Copying was a third of the detection time of the largest
   * corpus page in jsdom. What the furniture checks read from the page (class names, links) is
   * taken before Readability changes it, so the result is the same as with a copy.
   */
  consume?: boolean;
  /**
   * Where the page is, when `doc` is a copy that does not know it (a document rebuilt from a page
   * snapshot): the site's name falls back to its host. Default: the document's URL.
   */
  pageUrl?: string;
  /**
   * With `consume`: the document's text nodes in document order, when the caller has them (a
   * rebuilt snapshot). Only read when Readability rebuilds its page (readability-rebuilds.ts).
   */
  texts?: readonly Text[];
}

/** The article in `doc`, or null when the page holds none. Never modifies `doc` unless `consume`. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ArticleText | null {
  if (!doc.documentElement) return null;
  // On a huge page, read only its first `budget` elements (a prefix in document order,
  // so the text-node pairing below still holds).
  const budget = opts.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const elements = budget > 0 ? doc.getElementsByTagName('*') : null;
  const total = elements ? elements.length : 0;
  const partial = budget > 0 && total > budget;
  const read: ReadOptions = {
    maxElemsToParse: opts.maxElemsToParse ?? 0,
    title: doc.title,
    heads: readTitleFacts(doc, opts.pageUrl ?? doc.URL),
    lang: doc.documentElement.getAttribute('lang'),
    partial: partial ? { elementsRead: budget, elementsTotal: total } : undefined,
  };
  if (opts.consume) {
    if (partial) keepBefore(doc, elements![budget]!);
    const facts = takePageFacts(doc);
    const texts = opts.texts;
    return readArticle(doc, (t) => (facts.has(t) ? t : null), facts, read, texts ? () => texts : null);
  }
  const clone = partial ? clonePrefix(doc, budget) : (doc.cloneNode(true) as Document);
  const liveOf = mirrorTextNodes(doc, clone);
  return readArticle(
    clone,
    (t) => liveOf.get(t) ?? null,
    livePageFacts(),
    read,
    () => [...liveOf.keys()],
  );
}

interface ReadOptions {
  maxElemsToParse: number;
  /** The page's own title and language, where Readability finds none. */
  title: string;
  /** Where the headline and the site's name are read from, taken before Readability runs. */
  heads: TitleFacts;
  lang: string | null;
  partial: ArticleText['partial'] | undefined;
}

/**
 * Runs Readability on `work` (a copy it may change) and builds the article's text, mapping each
 * text node of `work` to the page's node with `liveOf`. `order` lists `work`'s text nodes in
 * document order, for the pages Readability rebuilds (null: none at hand).
 */
function readArticle(
  work: Document,
  workLiveOf: (t: Text) => Text | null,
  facts: PageFacts,
  opts: ReadOptions,
  order: (() => readonly Text[]) | null,
): ArticleText | null {
  speedUpReadability();
  // Without a list of the text nodes (the command line's consumed document), a rebuild maps to
  // nothing, as before: taking the list on every page would cost a walk of it.
  const rebuilds = order ? watchRebuilds(work, order) : NO_REBUILDS;
  const viaRebuild = new Set<Text>();
  const liveOf = (t: Text): Text | null => {
    const original = rebuilds.original(t);
    if (!original) return workLiveOf(t);
    const live = workLiveOf(original);
    if (live) viaRebuild.add(live);
    return live;
  };
  try {
    return readWatched(work, liveOf, factsBesides(facts, viaRebuild), opts);
  } finally {
    rebuilds.stop();
  }
}

/**
 * `facts`, saying nothing of the nodes in `unseen`. The furniture checks never saw the text of a
 * page Readability rebuilt (it mapped to no node), and the article's text stays as it was: on the
 * unread pages, reading the page's facts there dropped a stray label but also a list of links that
 * was the article's own content, so whether they should apply is a question of its own.
 */
function factsBesides(facts: PageFacts, unseen: Set<Text>): PageFacts {
  return {
    furniture: (t) => (unseen.has(t) ? null : facts.furniture(t)),
    inLink: (t) => !unseen.has(t) && facts.inLink(t),
    region: (t) => (unseen.has(t) ? null : facts.region(t)),
    inPopup: (t) => !unseen.has(t) && facts.inPopup(t),
  };
}

/** Readability's reading of `work`, and the article's text built from it (see readArticle). */
function readWatched(
  work: Document,
  liveOf: (t: Text) => Text | null,
  facts: PageFacts,
  opts: ReadOptions,
): ArticleText | null {
  const parsed = new Readability(work, {
    serializer: (el: Node) => el,
    maxElemsToParse: opts.maxElemsToParse,
    // The page's class names stay on the article's elements: they tell a caption, a credit or a
    // byline apart (block-kinds.ts). They change nothing Readability picks.
    keepClasses: true,
  } as ConstructorParameters<typeof Readability>[1]).parse() as
    null | (ReturnType<Readability['parse']> & { content: unknown });
  if (!parsed || !parsed.content || typeof (parsed.content as unknown as Node).nodeType !== 'number') return null;
  const content = parsed.content as unknown as Node;
  const found = (parsed.title ?? '').trim();
  // Its white space as the page shows it: the snapshot keeps runs of indentation shorter.
  const byline = parsed.byline?.replace(/\s+/g, ' ').trim() || null;
  const siteName = chooseSiteName(opts.heads, parsed.siteName, { byline, opening: openingOf(content) });
  const collected = collectParagraphs(content, liveOf);
  const title = chooseTitle(opts.heads, {
    readability: found,
    names: [cleanSiteName(parsed.siteName), siteName, byline],
    headings: leadingHeadings(collected),
  });
  const paragraphs = dropBoilerplate(collected, { titles: [found, title], byline, facts });
  const { text, segments, blocks } = joinParagraphs(paragraphs);
  const wordCount = countWords(text);
  if (wordCount < MIN_ARTICLE_WORDS) return null;
  return {
    title: title || opts.title.trim(),
    byline,
    siteName,
    lang: parsed.lang?.trim() || opts.lang || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    excerpt: excerptOf(parsed.excerpt ?? null, text),
    text,
    blocks,
    segments,
    wordCount,
    ...(opts.partial ? { partial: opts.partial } : {}),
  };
}

/**
 * The article in a page snapshot (see snapshot.ts), found in a document rebuilt from it by
 * `createDocument`; null when the page holds none. Runs wherever a DOM is: the extension's
 * background page or offscreen document, or the page itself as a fallback.
 */
export function extractFromSnapshot(
  snapshot: PageSnapshot,
  createDocument: () => Document,
  opts: ExtractOptions = {},
): RemoteArticle | null {
  const { doc, texts } = buildSnapshot(snapshot, createDocument);
  const indexOf = new Map<Text, number>();
  texts.forEach((t, i) => indexOf.set(t, i));
  // The rebuilt document is ours to give up: Readability works on it in place; the furniture
  // checks read what the page's nodes said before Readability changed them (see `consume`).
  const found = extractArticle(doc, {
    maxElements: 0,
    maxElemsToParse: opts.maxElemsToParse,
    consume: true,
    pageUrl: opts.pageUrl ?? snapshot.origin,
    texts,
  });
  const article = found && snapshot.partial ? { ...found, partial: snapshot.partial } : found;
  if (!article) return null;
  const segments: RemoteSegment[] = [];
  for (const s of article.segments) {
    const index = indexOf.get(s.node);
    if (index !== undefined) segments.push({ start: s.start, end: s.end, index, nodeOffset: s.nodeOffset });
  }
  return { ...article, segments };
}

/** A clone of `doc` holding only its first `budget` elements in document order. */
function clonePrefix(doc: Document, budget: number): Document {
  const clone = doc.cloneNode(false) as Document;
  let left = budget;
  const copy = (src: Node, dst: Node): boolean => {
    for (let c = src.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) {
        dst.appendChild(c.cloneNode(false));
        continue;
      }
      const size = 1 + (c as Element).getElementsByTagName('*').length;
      if (size <= left) {
        dst.appendChild(c.cloneNode(true));
        left -= size;
        continue;
      }
      if (left <= 0) return false;
      const shallow = dst.appendChild(c.cloneNode(false));
      left -= 1;
      if (!copy(c, shallow)) return false;
    }
    return true;
  };
  copy(doc, clone);
  return clone;
}

/**
 * For `consume`: leaves in `doc` only what comes before `stop` in document order (what
 * clonePrefix copies when `stop` is the element after its budget): `stop`, what follows it among
 * its siblings, and what follows each of its ancestors among theirs, go.
 */
function keepBefore(doc: Document, stop: Element): void {
  const ancestors: Node[] = [];
  for (let a = stop.parentNode; a && a !== doc; a = a.parentNode) ancestors.push(a);
  removeFrom(stop);
  for (const a of ancestors) if (a.nextSibling) removeFrom(a.nextSibling);
}

/** Removes `first` and every sibling after it. */
function removeFrom(first: Node): void {
  const parent = first.parentNode!;
  for (let c: Node | null = first, next: Node | null; c; c = next) {
    next = c.nextSibling;
    parent.removeChild(c);
  }
}

/** Pairs every text node of `clone` with the live node it was cloned from. */
function mirrorTextNodes(live: Document, clone: Document): Map<Text, Text> {
  const map = new Map<Text, Text>();
  const a = live.createTreeWalker(live, SHOW_TEXT);
  const b = clone.createTreeWalker(clone, SHOW_TEXT);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) {
    map.set(y as Text, x as Text);
  }
  return map;
}

/** The text of the headings among the article's first few paragraphs. */
function leadingHeadings(paragraphs: Paragraph[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs.slice(0, 6)) if (p.kind === 'heading') out.push(paragraphText(p).trim());
  return out;
}

/** The first few hundred characters of the article's text, where a dateline stands. */
function openingOf(content: Node): string {
  let out = '';
  const walker = (content.ownerDocument ?? (content as Document)).createTreeWalker(content, SHOW_TEXT);
  for (let t = walker.nextNode(); t && out.length < 300; t = walker.nextNode()) out += (t as Text).data;
  return out.replace(/\s+/g, ' ');
}

/** Readability's excerpt unless it is a scrap (a kicker link); else the first paragraph's start. */
function excerptOf(given: string | null, text: string): string | null {
  const g = given?.trim() ?? '';
  if (countWords(g) >= 8) return g;
  const first = text.split('\n\n', 1)[0] ?? '';
  if (!first) return null;
  return first.length > 240 ? `${first.slice(0, first.lastIndexOf(' ', 240))}…` : first;
}
