/**
 * The command line's speed-ups to @mozilla/readability 0.6 in jsdom, same results (the `analyze`
 * command and the eval scripts, through parseHtml in src/cli/run.ts). In jsdom, querySelectorAll
 * of a list of tag names walks the subtree once per name and sorts the union; textContent builds
 * the whole subtree's text each time it is read; reading a live collection goes through a Proxy.
 * Readability reads the same texts over and over (every link of a candidate once per nested
 * candidate holding it; a node's text six times while deciding whether to clean it away). The
 * replacements: one walk for a list of tag names; the empty-element test stops at the first Text
 * node with more than white space; the block-child test walks elements and stops at the first
 * block; and text is kept for the length of one parse() while the tree it came from does not
 * change (TextCache). Measured on the corpus sweep's slowest page (wikipedia-2), see the commit.
 * A browser answers those queries natively, so they are not applied there.
 *
 * Each replaces one of Readability's methods as src/core/article/readability-speedups.ts does (same
 * value for the same arguments and tree state, lists of elements: see getAllNodesWithTag); the
 * tests (tests/unit/readability-speedups-jsdom.test.ts) call each beside the original at every
 * call of real runs, and compare whole runs.
 */
import {
  readabilityPrototype as proto,
  replaceReadabilityMethod as replace,
  speedUpReadability,
  type Method,
  type ReadabilitySelf,
} from '../core/article/readability-speedups';

let appliedForJsdom = false;

/**
 * The jsdom group (see the top of this file); also applies speedUpReadability's. `Observer`:
 * jsdom's MutationObserver (from any of its windows), for the text cache.
 */
export function speedUpReadabilityForJsdom(Observer: typeof MutationObserver): void {
  speedUpReadability();
  if (appliedForJsdom) return;
  appliedForJsdom = true;
  texts = new TextCache(Observer);
  replace('_getAllNodesWithTag', getAllNodesWithTag);
  replace('_isElementWithoutContent', isElementWithoutContent);
  replace('_hasChildBlockElement', hasChildBlockElement);
  // The text cache lives for one parse() call: without that bound, no text cache.
  const parse = proto.parse;
  if (typeof parse !== 'function') return;
  replace('parse', function parseWithTextCache(this: ReadabilitySelf, ...args: never[]): unknown {
    texts.reset();
    try {
      return (parse as Method).apply(this, args);
    } finally {
      texts.reset();
    }
  });
  replace('_getInnerText', getInnerText);
  replace('_getLinkDensity', getLinkDensity);
}

/** The element after `el` in document order within `root`'s subtree, or null. */
function nextElement(el: Element, root: Node): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  for (let cur: Element | null = el; cur && cur !== root;) {
    const sibling = cur.nextElementSibling;
    if (sibling) return sibling;
    const parent: Node | null = cur.parentNode;
    cur = parent && parent !== root && parent.nodeType === 1 ? (parent as Element) : null;
  }
  return null;
}

function firstElementIn(root: Node): Element | null {
  return (root as ParentNode).firstElementChild ?? null;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Tag names as getElementsByTagName matches them in an HTML document: lower-cased for HTML elements, as given for others. */
interface TagMatcher {
  lower: Set<string>;
  exact: Set<string>;
}

const matchers = new Map<string, TagMatcher>();

function matcherFor(tagNames: readonly string[]): TagMatcher {
  const key = tagNames.join(',');
  let m = matchers.get(key);
  if (!m) {
    m = { lower: new Set(tagNames.map((t) => t.replace(/[A-Z]+/g, (x) => x.toLowerCase()))), exact: new Set(tagNames) };
    matchers.set(key, m);
  }
  return m;
}

/**
 * Whether getElementsByTagName(name) in an HTML document selects `el` for one of the names: an
 * HTML element whose qualified name is the name in ASCII lower case, another element whose
 * qualified name is the name as given (the qualified name is prefix:localName, or localName).
 */
function matchesTag(el: Element, m: TagMatcher): boolean {
  const local = el.localName;
  if (!m.lower.has(local) && !m.exact.has(local)) return false;
  if (el.prefix !== null) {
    const qualified = `${el.prefix}:${local}`;
    return el.namespaceURI === HTML_NS ? m.lower.has(qualified) : m.exact.has(qualified);
  }
  return el.namespaceURI === HTML_NS ? m.lower.has(local) : m.exact.has(local);
}

/**
 * Readability: node.querySelectorAll(tagNames.join(",")), a static list of the elements below
 * `node` with one of the tag names. For a node in the document, jsdom's selector engine (nwsapi)
 * answers a list of tag names with getElementsByTagName per name, then sorts the union by
 * document position: for Readability's list of 12 text-like tags, 12 walks of the subtree and a
 * sort. One walk gives the same elements in the same order. A single name is getElementsByTagName's
 * own list, as nwsapi takes it. Both as arrays: Readability only indexes, counts and iterates them.
 *
 * Below a node outside the document (Readability's article container, as it is cleaned), jsdom
 * lists the same elements tag by tag, not in document order; this gives them in document order.
 * No use of such a list in Readability 0.6 depends on the order: _getTextDensity and the list
 * length in _cleanConditionally add up integer text lengths, the embed check there looks for any
 * match and counts, the "extra paragraph" check counts, and _fixRelativeUris, _fixLazyImages and
 * _cleanHeaders treat each element on its own (they neither add nor remove elements of the listed
 * kinds that another element's treatment looks at).
 */
function getAllNodesWithTag(this: ReadabilitySelf, node: Element | Document, tagNames: readonly string[]): Element[] {
  if (tagNames.length === 1) return Array.prototype.slice.call(node.getElementsByTagName(tagNames[0]!)) as Element[];
  const m = matcherFor(tagNames);
  const out: Element[] = [];
  for (let el = firstElementIn(node); el; el = nextElement(el, node)) {
    if (matchesTag(el, m)) out.push(el);
  }
  return out;
}

/** Whether some Text node below `node` holds more than white space (what `textContent.trim()` keeps). */
function hasNonSpaceText(node: Node): boolean {
  let cur: Node | null = node.firstChild;
  while (cur) {
    const type = cur.nodeType;
    if ((type === 3 || type === 4) && /\S/.test((cur as CharacterData).data)) return true;
    let next: Node | null = cur.firstChild;
    if (!next) {
      for (let up: Node | null = cur; up && up !== node; up = up.parentNode) {
        next = up.nextSibling;
        if (next) break;
      }
    }
    cur = next;
  }
  return false;
}

/**
 * Readability: an element with no text but white space, whose element children (if any) are all
 * counted by its <br> and <hr> descendants. The text test stops at the first Text node that holds
 * more than white space instead of building the whole subtree's textContent (String.trim and the
 * regular expression \s strip the same characters: ECMAScript's WhiteSpace and LineTerminator).
 */
function isElementWithoutContent(this: ReadabilitySelf, node: Element): boolean {
  return (
    node.nodeType === this.ELEMENT_NODE &&
    !hasNonSpaceText(node) &&
    (!node.children.length ||
      node.children.length == node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
  );
}

/**
 * Readability: whether some node below `element` (at any depth; only elements have a tagName) has
 * a tag name in DIV_TO_P_ELEMS. Readability recurses through every childNodes list; this walks
 * the elements and stops at the first.
 */
function hasChildBlockElement(this: ReadabilitySelf, element: Element): boolean {
  const blocks = this.DIV_TO_P_ELEMS;
  for (let el = firstElementIn(element); el; el = nextElement(el, element)) {
    if (blocks.has(el.tagName)) return true;
  }
  return false;
}

/**
 * Readability: the share of `element`'s text inside its links (a link to a #fragment counts 0.3).
 * The same sum in the same (document) order over getElementsByTagName("a"), so the same floating-
 * point result; the texts come through the text cache, whose tree is checked once for the element
 * and its links (nothing changes the tree in between).
 */
function getLinkDensity(this: ReadabilitySelf, element: Element): number {
  const checked = texts.check(element);
  const normalize = this.REGEXPS.normalize;
  const textLength = texts.normalizedText(element, checked, normalize).length;
  if (textLength === 0) return 0;
  let linkLength = 0;
  const links = element.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) {
    const link = links[i]!;
    const href = link.getAttribute('href');
    const coefficient = href && this.REGEXPS.hashUrl.test(href) ? 0.3 : 1;
    linkLength += texts.normalizedText(link, checked, normalize).length * coefficient;
  }
  return linkLength / textLength;
}

/**
 * Text of nodes, kept while their trees do not change, for the length of one parse() (emptied as
 * parse() starts and ends, so changes made to the document between runs never matter).
 *
 * Readability reads the same text many times over: the text of every link of a candidate once
 * for each of up to five nested candidates holding it, a node's text six times over while
 * deciding whether to clean it away. The text of a node changes only when a node is inserted or
 * removed below it or a Text node's data changes below it. A MutationObserver watches the whole
 * tree (subtree: true) of every node whose text is kept, for insertions, removals and changes of
 * character data, and the first record it takes empties the cache. A node that leaves a watched
 * tree leaves through a removal in it (recorded); a watched root put into another tree keeps its
 * own registration, so changes below it are still recorded. (Readability itself never changes a
 * Text node's data; the observer would see it if it did.)
 */
class TextCache {
  private observer: MutationObserver | null = null;
  private roots = new Set<Node>();
  private trimmed = new Map<Node, string>();
  private normalized = new Map<Node, string>();

  constructor(private readonly Observer: typeof MutationObserver | null) {}

  reset(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.roots.clear();
    this.trimmed.clear();
    this.normalized.clear();
  }

  /** Empties the cache if a watched tree changed, and watches `node`'s tree; false where it cannot. */
  check(node: Node): boolean {
    if (!this.Observer) return false;
    if (this.observer && this.observer.takeRecords().length > 0) this.reset();
    const root = node.getRootNode();
    if (this.roots.has(root)) return true;
    this.observer ??= new this.Observer(() => {});
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
    this.roots.add(root);
    return true;
  }

  /** `e.textContent.trim()`, from the cache when `e`'s tree was checked since its last change. */
  trimmedText(e: Node, checked: boolean): string {
    if (!checked) return e.textContent!.trim();
    let t = this.trimmed.get(e);
    if (t === undefined) {
      t = e.textContent!.trim();
      this.trimmed.set(e, t);
    }
    return t;
  }

  normalizedText(e: Node, checked: boolean, normalize: RegExp): string {
    if (!checked) return e.textContent!.trim().replace(normalize, ' ');
    let t = this.normalized.get(e);
    if (t === undefined) {
      t = this.trimmedText(e, true).replace(normalize, ' ');
      this.normalized.set(e, t);
    }
    return t;
  }
}

let texts = new TextCache(null);

/** Readability: the text of `e`, trimmed, with runs of white space as one space unless `normalizeSpaces` is false. */
function getInnerText(this: ReadabilitySelf, e: Node, normalizeSpaces?: boolean): string {
  const normalize = typeof normalizeSpaces === 'undefined' ? true : normalizeSpaces;
  const checked = texts.check(e);
  return normalize ? texts.normalizedText(e, checked, this.REGEXPS.normalize) : texts.trimmedText(e, checked);
}
