/**
 * What the furniture checks (boilerplate.ts) read of the page around each text node of the
 * article: the furniture mark of its block, whether it is in a link, the region of the page it
 * stands in, and whether it is inside a hover card. Read once, before Readability moves nodes.
 */
/**
 * What the furniture checks read of a page's text node, from the page as it was before
 * Readability moved nodes, renamed tags and stripped classes: whether a class, id, rel or itemprop
 * of its block (up to two levels up, below <article>, <main> or <body>) names furniture; whether
 * it sits inside a link; and the nearest element around it whose markup names a region that is
 * not the article (related links, a newsletter box, comments, a player, a references list...).
 */
export interface PageFacts {
  /** The element near the text node's block whose markup names furniture (see hasFurnitureMarker), or null. */
  furniture(t: Text): Element | null;
  inLink(t: Text): boolean;
  region(t: Text): Element | null;
  /** Inside a hover card or tooltip set into the prose (its text shows only on hover). */
  inPopup(t: Text): boolean;
}

/** Class and id words that mark furniture around an article's prose, on the live page. */
const FURNITURE =
  /(^|[-_\s])(byline|author|dateline|kicker|eyebrow|credits?|share|sharing|social|newsletter|promo|related|breadcrumbs?|subscribe|advert|ad-slot|tags)([-_\s]|$)/i;

/**
 * Class, id and role words of a region that is not the article, at any depth. Only a region that
 * holds a small part of the article counts (see dropBoilerplate), so a wrapper whose class happens
 * to say "comments-open" does not take the article with it.
 */
const REGION =
  /(^|[-_\s])(related|recommended|recirc|more-?stories|read-?more|read-?next|newsletters?|signup|subscribe|subscription|share|sharing|social|follow|comments?|disqus|promo|outbrain|taboola|(video|audio|media)-?player|player-?controls|jwplayer|playlist|vjs|jw|toc|navbox|reflist|references|footnotes|see-?also|external-?links|breadcrumbs?|navigation|complementary|contentinfo|author-?bio|about-?the-?author|bio|rail|sidebar|most-?popular|trending|breaking-?news|ticker|print-?(header|footer|only|url))([-_\s]|$)/i;
/** Class words of a hover card or tooltip whose text sits inside a paragraph of the article. */
const POPUP = /(^|[-_\s])(rollover|tooltip|popover|hovercard|hover-?card|tippy)([-_\s]|$)/i;

function marksPopup(el: Element | null): boolean {
  const cls = el?.getAttribute('class');
  return !!cls && POPUP.test(cls);
}

/**
 * A hover card: a popup-marked element after its trigger inside a popup-marked wrapper
 * (<span class="rollover"><a>Ann Berg</a><span class="rollover-block">card</span></span>). The
 * trigger, first in the wrapper, is the prose's own word and stays.
 */
function marksCard(el: Element): boolean {
  if (!marksPopup(el) || !marksPopup(el.parentElement)) return false;
  for (let s = el.previousSibling; s; s = s.previousSibling) {
    if (s.nodeType === 1 || (s.nodeType === 3 && (s as Text).data.trim() !== '')) return true;
  }
  return false;
}

const REGION_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);

const isLink = (el: Element) => el.localName === 'a';
// prettier-ignore
const TABLE_PARTS = new Set(['THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH']);

/**
 * The element at or up to two levels above `el` whose class, id, rel or itemprop names furniture,
 * or null. The walk stops at the article's own container (<article>, <main>, <body>, the
 * schema.org articleBody).
 */
function furnitureMarker(el: Element): Element | null {
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.parentElement) {
    const tag = cur.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') break;
    const itemprop = cur.getAttribute('itemprop') ?? '';
    if (itemprop === 'articleBody') break;
    const marker = `${cur.getAttribute('class') ?? ''} ${cur.id} ${cur.getAttribute('rel') ?? ''} ${itemprop}`;
    if (FURNITURE.test(marker)) return cur;
  }
  return null;
}

/** Whether the element's own markup names a region that is not the article. */
function marksRegion(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (REGION_TAGS.has(tag)) return true;
  // A table's rows and cells are the table's data, whatever their class says.
  if (TABLE_PARTS.has(tag)) return false;
  const cls = el.getAttribute('class');
  const role = el.getAttribute('role');
  const id = el.id;
  if (!cls && !role && !id) return false;
  return REGION.test(`${cls ?? ''} ${id} ${role ?? ''}`);
}

/** The nearest element at or above `el` that `marks`, walking up to the document. */
function nearestAbove(
  el: Element | null,
  cache: Map<Element, Element | null>,
  marks: (el: Element) => boolean,
): Element | null {
  const path: Element[] = [];
  let found: Element | null = null;
  for (let cur = el; cur; cur = cur.parentElement) {
    const known = cache.get(cur);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(cur);
    if (marks(cur)) {
      found = cur;
      break;
    }
  }
  // Everything walked below the found region (or below the document, when none) shares the answer.
  for (const p of path) cache.set(p, found);
  return found;
}

/** The facts read from the live page itself, which Readability never sees (it works on a copy). */
export function livePageFacts(): PageFacts {
  const regions = new Map<Element, Element | null>();
  const cards = new Map<Element, Element | null>();
  const links = new Map<Element, Element | null>();
  return {
    furniture: (t) => {
      const block = t.parentElement;
      return block === null ? null : furnitureMarker(block);
    },
    // closest('a'), remembered along the way: the element or an ancestor whose local name is "a".
    inLink: (t) => nearestAbove(t.parentElement, links, isLink) !== null,
    region: (t) => nearestAbove(t.parentElement, regions, marksRegion),
    inPopup: (t) => nearestAbove(t.parentElement, cards, marksCard) !== null,
  };
}

/** The facts of every text node of `doc`, as it is now: Readability moves nodes, renames tags and strips classes. */
export function takePageFacts(doc: Document): PageFacts & { has(t: Text): boolean } {
  const furniture = new Map<Text, Element>();
  const inLink = new Set<Text>();
  const region = new Map<Text, Element>();
  const popup = new Set<Text>();
  const all = new Set<Text>();
  // Depth first, in a loop (a hostile page nests deeper than the call stack goes); each element
  // carries whether it or an ancestor is a link, the nearest region around it, and its furniture
  // mark once a text child needs it.
  const stack: { el: Node; furniture?: Element | null; link: boolean; region: Element | null; card: boolean }[] = [
    { el: doc, furniture: null, link: false, region: null, card: false },
  ];
  for (let top = stack.pop(); top; top = stack.pop()) {
    for (let c = top.el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        all.add(c as Text);
        if (top.furniture === undefined) top.furniture = furnitureMarker(top.el as Element);
        if (top.furniture) furniture.set(c as Text, top.furniture);
        if (top.link) inLink.add(c as Text);
        if (top.region) region.set(c as Text, top.region);
        if (top.card) popup.add(c as Text);
      } else if (c.nodeType === 1) {
        const el = c as Element;
        // closest('a'): the element or an ancestor whose local name is "a" (HTML's <a>, SVG's <a>).
        stack.push({
          el,
          link: top.link || el.localName === 'a',
          region: marksRegion(el) ? el : top.region,
          card: top.card || marksCard(el),
        });
      }
    }
  }
  return {
    furniture: (t) => furniture.get(t) ?? null,
    inLink: (t) => inLink.has(t),
    region: (t) => region.get(t) ?? null,
    inPopup: (t) => popup.has(t),
    has: (t) => all.has(t),
  };
}
