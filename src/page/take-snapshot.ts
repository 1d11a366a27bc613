/**
 * Takes a page snapshot (src/core/article/snapshot.ts) of the live page, in small slices so the page
 * stays responsive, keeping the live text node behind each snapshot text index.
 *
 * The snapshot is the page as rendered, not as written: an element's open shadow root stands in
 * for its light children and a <slot> for the nodes assigned to it, so an article whose text
 * lives inside web components is found too (a plain clone of the document misses it).
 */
import {
  SNAPSHOT_COMMENT as COMMENT,
  SNAPSHOT_NAMESPACES as NAMESPACES,
  type PageSnapshot,
  type SnapElement,
} from '../core/article/snapshot';

const XHTML = 'http://www.w3.org/1999/xhtml';

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
/** Elements whose every attribute may matter to Readability's image handling. */
// prettier-ignore
const MEDIA_TAGS = new Set(['img', 'picture', 'source', 'figure', 'video', 'audio', 'iframe', 'embed', 'object', 'noscript']);
/** SVG geometry and paint: the bulk of an icon-heavy page's attributes, and never read. */
// prettier-ignore
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
  const origin = originOf(doc);
  if (origin) snapshot.origin = origin;
  if (partial) snapshot.partial = { elementsRead: elements, elementsTotal: doc.getElementsByTagName('*').length };
  return { snapshot, texts };
}

/** The page's origin when it is a web page ("https://host[:port]"); null for about:, file:, data:. */
function originOf(doc: Document): string | null {
  try {
    const origin = new URL(doc.URL).origin;
    return /^https?:\/\//.test(origin) ? origin : null;
  } catch {
    return null;
  }
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
  const assigned =
    typeof (slot as HTMLSlotElement).assignedNodes === 'function'
      ? (slot as HTMLSlotElement).assignedNodes({ flatten: true })
      : [];
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
    if (
      !media &&
      (name.startsWith('data-') || (name.startsWith('aria-') && name !== 'aria-hidden' && name !== 'aria-modal'))
    )
      continue;
    out.push(name, a.value);
  }
  return out;
}
