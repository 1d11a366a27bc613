/**
 * A page snapshot: the page's element tree with its text, as plain JSON-safe arrays, taken in
 * small slices so the page stays responsive, and rebuilt as an inert document elsewhere (the
 * extension's background or offscreen document) where Readability can take its time off the
 * page's main thread.
 *
 * Every text node of the snapshot has an index (its order of appearance), and the page side keeps
 * the live text node behind each index, so an article found in the rebuilt document maps back to
 * the live page exactly as extractArticle's clone does.
 *
 * The snapshot is the page as rendered, not as written: an element's open shadow root stands in
 * for its light children and a <slot> for the nodes assigned to it, so an article whose text
 * lives inside web components is found too (a plain clone of the document misses it).
 */

/** A text node, or an element: [tag, flat attribute list (name, value, ...), ...children]. */
export type SnapNode = string | SnapElement;
export type SnapElement = [string, string[], ...SnapNode[]];

export interface PageSnapshot {
  /** The <html> element. */
  root: SnapElement;
  title: string;
  lang: string | null;
  /** Set when the page had more elements than the snapshot's budget (it holds the first ones). */
  partial?: { elementsRead: number; elementsTotal: number };
}

export interface TakenSnapshot {
  snapshot: PageSnapshot;
  /** The live text node behind each snapshot text index. */
  texts: Text[];
}

export interface SnapshotOptions {
  /** Read at most this many elements, the first ones in document order (0: all). */
  maxElements?: number;
  /**
   * Called between slices of work; resolve to continue. Without it the snapshot is taken in one
   * go (Node, tests).
   */
  pause?: () => Promise<void>;
  /** Work this long (ms) before pausing. */
  sliceMs?: number;
  /**
   * An element's shadow root, closed ones included where the caller can reach them (an extension's
   * content script can: chrome.dom.openOrClosedShadowRoot, Firefox's openOrClosedShadowRoot).
   * Default: the open root only (element.shadowRoot).
   */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
}

/**
 * Elements kept without their content. Readability drops styles and scripts before it reads
 * anything (JSON-LD scripts, read for metadata, keep theirs); a template's content is not in
 * the tree at all. Everything else stays as it is: Readability's scores count the text, the
 * commas, the images and even the comments between paragraphs (the eval compares both ways).
 */
const EMPTY_TAGS = new Set(['style', 'script', 'template']);
/** Where whitespace is text (the article reader keeps it verbatim there). */
const PRE_TAGS = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);
const WHITESPACE_ONLY = /^[ \t\n\r\f]+$/;
/** A comment, as a snapshot element of this name (its text is never read). */
const COMMENT = '#comment';
const XHTML = 'http://www.w3.org/1999/xhtml';
const NAMESPACES: Record<string, string> = { svg: 'http://www.w3.org/2000/svg', math: 'http://www.w3.org/1998/Math/MathML' };
/** Elements whose every attribute may matter to Readability's image handling. */
const MEDIA_TAGS = new Set(['img', 'picture', 'source', 'figure', 'video', 'audio', 'iframe', 'embed', 'object', 'noscript']);
/** SVG geometry and paint: the bulk of an icon-heavy page's attributes, and never read. */
const SVG_DRAWING = new Set(['d', 'points', 'transform', 'viewBox', 'fill', 'stroke', 'stroke-width', 'path', 'x', 'y', 'cx', 'cy', 'r', 'rx', 'ry', 'x1', 'x2', 'y1', 'y2']);
/** Attribute values longer than this are left out (framework state blobs; nothing a reading needs). */
const MAX_ATTR_CHARS = 4096;

const NOW = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

interface Frame {
  /** Children to visit: a live sibling cursor, or a list (shadow roots and slots flattened). */
  next: Node | null;
  list: Node[] | null;
  at: number;
  out: SnapElement;
  /** Inside <pre> (or alike): whitespace is text there, kept as it is. */
  pre: boolean;
}

/** Snapshot of `doc`, in slices when `opts.pause` is given. */
export async function takeSnapshot(doc: Document, opts: SnapshotOptions = {}): Promise<TakenSnapshot> {
  const html = doc.documentElement;
  const texts: Text[] = [];
  const root: SnapElement = [html ? html.localName : 'html', html ? attrsOf(html) : []];
  const budget = opts.maxElements ?? 0;
  const sliceMs = opts.sliceMs ?? 8;
  let elements = 1;
  let partial = false;
  let sliceStart = NOW();
  const shadowOf = opts.shadowRootOf ?? openShadowRoot;
  const frameFor = (el: Element, out: SnapElement, pre: boolean) => frameOf(el, out, pre, shadowOf);
  const stack: Frame[] = html ? [frameFor(html, root, false)] : [];
  let steps = 0;
  while (stack.length) {
    if (opts.pause && ++steps % 128 === 0 && NOW() - sliceStart > sliceMs) {
      await opts.pause();
      sliceStart = NOW();
    }
    const f = stack[stack.length - 1]!;
    const node = nextChild(f);
    if (!node) {
      stack.pop();
      continue;
    }
    if (node.nodeType === 3) {
      texts.push(node as Text);
      const data = (node as Text).data;
      // Indentation between elements is most of a large page's text: outside <pre> a run of two or
      // more whitespace characters reads as one space (to Readability and to the article text), so
      // two of them stand for it. Never one: a single space may map to the page verbatim.
      f.out.push(!f.pre && data.length > 2 && WHITESPACE_ONLY.test(data) ? data.slice(0, 2) : data);
      continue;
    }
    if (node.nodeType === 8) {
      f.out.push([COMMENT, []]);
      continue;
    }
    if (node.nodeType !== 1) continue; // processing instructions
    const el = node as Element;
    const tag = tagOf(el);
    if (budget > 0 && elements >= budget) {
      partial = true;
      break;
    }
    elements++;
    const out: SnapElement = [tag, attrsOf(el)];
    f.out.push(out);
    if (EMPTY_TAGS.has(tag)) {
      // Only structured metadata (JSON-LD) is read from scripts.
      if (tag === 'script' && (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') {
        for (let c = el.firstChild; c; c = c.nextSibling) {
          if (c.nodeType === 3) {
            texts.push(c as Text);
            out.push((c as Text).data);
          }
        }
      }
      continue;
    }
    stack.push(frameFor(el, out, f.pre || PRE_TAGS.has(tag)));
  }
  const snapshot: PageSnapshot = {
    root,
    title: doc.title ?? '',
    lang: html?.getAttribute('lang') ?? null,
  };
  if (partial) snapshot.partial = { elementsRead: elements, elementsTotal: doc.getElementsByTagName('*').length };
  return { snapshot, texts };
}

function openShadowRoot(el: Element): ShadowRoot | null {
  return (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
}

function frameOf(el: Element, out: SnapElement, pre: boolean, shadowOf: (el: Element) => ShadowRoot | null): Frame {
  let shadow: ShadowRoot | null = null;
  try {
    shadow = shadowOf(el);
  } catch {
    shadow = openShadowRoot(el);
  }
  if (shadow) return { next: null, list: flatten(shadow), at: 0, out, pre };
  if (el.localName === 'slot' && isInShadowTree(el)) return { next: null, list: slotted(el), at: 0, out, pre };
  return { next: el.firstChild, list: null, at: 0, out, pre };
}

function nextChild(f: Frame): Node | null {
  if (f.list) return f.at < f.list.length ? f.list[f.at++]! : null;
  const n = f.next;
  if (n) f.next = n.nextSibling;
  return n;
}

/** A shadow root's children, slots replaced by what is assigned to them. */
function flatten(parent: ParentNode & Node): Node[] {
  const out: Node[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).localName === 'slot') out.push(...slotted(c as Element));
    else out.push(c);
  }
  return out;
}

/** What a slot renders: its assigned nodes, else its own (fallback) content. */
function slotted(slot: Element): Node[] {
  const assigned = typeof (slot as HTMLSlotElement).assignedNodes === 'function' ? (slot as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
  return assigned.length ? assigned : flatten(slot);
}

function isInShadowTree(el: Element): boolean {
  const root = el.getRootNode();
  return root !== el.ownerDocument && root.nodeType === 11;
}

/** The element's name; elements of SVG and MathML carry their namespace ("svg:text"). */
function tagOf(el: Element): string {
  const ns = el.namespaceURI;
  if (ns === XHTML || ns === null) return el.localName;
  for (const [prefix, uri] of Object.entries(NAMESPACES)) if (ns === uri) return `${prefix}:${el.localName}`;
  return el.localName;
}

/**
 * Its attributes, less what no reading looks at: event handlers (never to be copied anywhere),
 * SVG drawing data, and data-* and most aria-* attributes except on media elements (Readability
 * finds lazy images by any attribute that names an image file).
 */
function attrsOf(el: Element): string[] {
  const out: string[] = [];
  const attrs = el.attributes;
  const media = MEDIA_TAGS.has(el.localName);
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    const name = a.name;
    if (name.startsWith('on') || a.value.length > MAX_ATTR_CHARS || SVG_DRAWING.has(name)) continue;
    if (!media && (name.startsWith('data-') || (name.startsWith('aria-') && name !== 'aria-hidden' && name !== 'aria-modal'))) continue;
    out.push(name, a.value);
  }
  return out;
}

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
    } else if (isSnapElement(child) && child[0] === COMMENT) {
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
    const ns = colon > 0 ? NAMESPACES[src[0].slice(0, colon)] : undefined;
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
