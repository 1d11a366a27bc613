/**
 * A page snapshot: the page's element tree with its text, as plain JSON-safe arrays, and its
 * rebuilding as an inert document elsewhere (the extension's background or offscreen document)
 * where Readability can take its time off the page's main thread. The page takes it in small
 * slices (src/page/take-snapshot.ts); this module is the format and the side that reads it.
 *
 * Every text node of the snapshot has an index (its order of appearance), and the page side keeps
 * the live text node behind each index, so an article found in the rebuilt document maps back to
 * the live page exactly as extractArticle's clone does.
 */

/** A text node, or an element: [tag, flat attribute list (name, value, ...), ...children]. */
export type SnapNode = string | SnapElement;
export type SnapElement = [string, string[], ...SnapNode[]];

export interface PageSnapshot {
  /** The <html> element. */
  root: SnapElement;
  title: string;
  lang: string | null;
  /**
   * Where the page is: its origin ("https://www.example.com"), no path or query. The rebuilt copy is
   * at about:blank; the site's name falls back to this host when the page declares none.
   */
  origin?: string;
  /** Set when the page had more elements than the snapshot's budget (it holds the first ones). */
  partial?: { elementsRead: number; elementsTotal: number };
}

/** A comment, as a snapshot element of this name (its text is never read). */
export const SNAPSHOT_COMMENT = '#comment';
/** Namespaces other than HTML, by the prefix a snapshot element's name carries ("svg:text"). */
export const SNAPSHOT_NAMESPACES: Record<string, string> = {
  svg: 'http://www.w3.org/2000/svg',
  math: 'http://www.w3.org/1998/Math/MathML',
};

export interface BuiltSnapshot {
  doc: Document;
  /** The rebuilt text node for each snapshot text index. */
  texts: Text[];
}

/** The largest snapshot accepted (text nodes plus elements), against malformed or hostile input. */
export const MAX_SNAPSHOT_NODES = 2_000_000;

/**
 * Rebuilds a snapshot as an inert document (made by `createDocument`, e.g.
 * document.implementation.createHTMLDocument: no scripts run, nothing loads). Throws on input that
 * is not a snapshot.
 */
export function buildSnapshot(snapshot: PageSnapshot, createDocument: () => Document): BuiltSnapshot {
  if (!isSnapElement(snapshot?.root)) throw new Error('not a page snapshot');
  const doc = createDocument();
  const texts: Text[] = [];
  const html = makeElement(doc, snapshot.root);
  const stack: [SnapElement, number, Element][] = [[snapshot.root, 2, html]];
  let nodes = 0;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const [src, at, dst] = top;
    if (at >= src.length) {
      stack.pop();
      continue;
    }
    top[1] = at + 1;
    if (++nodes > MAX_SNAPSHOT_NODES) throw new Error('page snapshot too large');
    const child = src[at];
    if (typeof child === 'string') {
      texts.push(dst.appendChild(doc.createTextNode(child)));
    } else if (isSnapElement(child) && child[0] === SNAPSHOT_COMMENT) {
      dst.appendChild(doc.createComment(''));
    } else if (isSnapElement(child)) {
      const el = dst.appendChild(makeElement(doc, child));
      stack.push([child, 2, el]);
    } else {
      throw new Error('not a page snapshot');
    }
  }
  if (doc.documentElement) doc.replaceChild(html, doc.documentElement);
  else doc.appendChild(html);
  return { doc, texts };
}

function isSnapElement(v: unknown): v is SnapElement {
  return Array.isArray(v) && v.length >= 2 && typeof v[0] === 'string' && Array.isArray(v[1]);
}

function makeElement(doc: Document, src: SnapElement): Element {
  let el: Element;
  try {
    const colon = src[0].indexOf(':');
    const ns = colon > 0 ? SNAPSHOT_NAMESPACES[src[0].slice(0, colon)] : undefined;
    el = ns ? doc.createElementNS(ns, src[0].slice(colon + 1)) : doc.createElement(src[0]);
  } catch {
    el = doc.createElement('div'); // not a valid tag name: never from a real page
  }
  const attrs = src[1];
  for (let i = 0; i + 1 < attrs.length; i += 2) {
    const name = attrs[i];
    const value = attrs[i + 1];
    if (typeof name !== 'string' || typeof value !== 'string' || name.startsWith('on')) continue;
    try {
      el.setAttribute(name, value);
    } catch {
      /* not a valid attribute name */
    }
  }
  return el;
}
