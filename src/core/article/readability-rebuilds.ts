/**
 * Readability's rebuilds of its page, followed so the article's text still maps to the page.
 *
 * When Readability's first attempt finds too little text, it restores its page from the HTML it
 * saved at the start (`page.innerHTML = pageCacheHtml` in `_grabArticle`) and tries again with
 * fewer flags. Every text node of the restored page is new: none of them is a node the caller
 * paired with the live page, so an article taken from it mapped to nothing (no highlights, and
 * none of the furniture checks that read the live page). The restored HTML holds the page's text
 * nodes as they were when it was saved, in the same order; so each restore is followed by one
 * walk of the new page that pairs its text nodes, in document order, with the ones they copy
 * (the caller's list of the document's text nodes, which it has anyway: the clone's pairing
 * with the live page, or the snapshot's nodes).
 *
 * The watch sits on the page element's own `innerHTML` (an accessor that calls the standard one
 * and changes nothing it returns or parses), so Readability's results are the same. Pages whose
 * first attempt succeeds pay nothing but the accessor's two calls.
 */
const SHOW_TEXT = 4;
/** How far past a missing node the pairing looks for the next one (removed scripts, styles). */
const LOOKAHEAD = 2000;

export interface RebuildWatch {
  /** The node of the page as it was before any rebuild that `t`, a node of a rebuilt page, copies. */
  original(t: Text): Text | undefined;
  /** How many times Readability rebuilt its page. */
  readonly rebuilds: number;
  /** Takes the watch off the page element. */
  stop(): void;
}

/** No watch: nothing is paired. */
export const NO_REBUILDS: RebuildWatch = { original: () => undefined, rebuilds: 0, stop: () => {} };

/**
 * Watches `doc.body` for Readability's rebuilds. `order` gives the document's text nodes as they
 * are now, in document order; it is called only after a rebuild.
 */
export function watchRebuilds(doc: Document, order: () => readonly Text[]): RebuildWatch {
  const page = doc.body;
  const accessor = page ? innerHtmlAccessor(page) : null;
  if (!page || !accessor?.get || !accessor.set) return NO_REBUILDS;
  const { get, set } = accessor;
  const copies = new Map<Text, Text>();
  // The body's text starts at its first text node (what comes before it in `order` is the head's).
  const first = doc.createTreeWalker(page, SHOW_TEXT).nextNode() as Text | null;
  let saved: string | null = null;
  let rebuilds = 0;
  Object.defineProperty(page, 'innerHTML', {
    configurable: true,
    get(this: Element) {
      const html = get.call(this) as string;
      saved ??= html;
      return html;
    },
    set(this: Element, html: string) {
      set.call(this, html);
      if (saved === null || html !== saved) return;
      rebuilds++;
      pairInOrder(fromFirst(order(), first), textsOf(page), copies);
    },
  });
  return {
    original: (t) => copies.get(t),
    get rebuilds() {
      return rebuilds;
    },
    stop: () => {
      Reflect.deleteProperty(page, 'innerHTML');
    },
  };
}

/** The standard `innerHTML` accessor of `el`, from its prototypes. */
function innerHtmlAccessor(el: Element): PropertyDescriptor | null {
  if (Object.prototype.hasOwnProperty.call(el, 'innerHTML')) return null;
  for (let p = Object.getPrototypeOf(el) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, 'innerHTML');
    if (d) return d;
  }
  return null;
}

function textsOf(root: Node): Text[] {
  const out: Text[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) out.push(t as Text);
  return out;
}

/** `order` from `first` on (all of it when `first` is not in it). */
function fromFirst(order: readonly Text[], first: Text | null): readonly Text[] {
  const i = first ? order.indexOf(first) : -1;
  return i > 0 ? order.slice(i) : order;
}

/**
 * Pairs each node of `after` with the next node of `before` that holds the same text, in order.
 * Nodes of `before` that the restored HTML lacks (removed before it was saved) are passed over;
 * a node of `after` with no partner nearby (two neighbours the HTML parser joined into one) stays
 * unpaired, and the pairing goes on from where it was.
 */
export function pairInOrder(before: readonly Text[], after: readonly Text[], into: Map<Text, Text>): void {
  let at = 0;
  for (const t of after) {
    const data = t.data;
    const end = Math.min(before.length, at + LOOKAHEAD);
    for (let k = at; k < end; k++) {
      if (before[k]!.data !== data) continue;
      into.set(t, before[k]!);
      at = k + 1;
      break;
    }
  }
}
