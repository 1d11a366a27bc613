/**
 * Page furniture that Readability keeps inside the article container, and takes out of the
 * article's text: player and gallery controls, inline promos, lists of links to other stories,
 * newsletter / share / follow / comment prompts, update stamps, encyclopedia apparatus
 * (references sections, citation and edit markers), and the credit lines and author bios at the
 * end. None of it is the article's prose, and names in it are not the article's entities.
 *
 * Each rule reads the markup (what the page's own elements say they are: class, id, role, links,
 * headings) and the text together, and every check is one linear pass (no backtracking regex).
 */
import { countWords } from './words';
import { paragraphText, type Paragraph } from './text-builder';
import { isPageMetaLine } from './page-meta';

type Piece = Paragraph['pieces'][number];

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

export interface BoilerplateContext {
  /** The headline as Readability found it and as chosen (a paragraph that repeats it goes), and the byline. */
  titles: string[];
  byline: string | null;
  facts: PageFacts;
}

/** What one paragraph is, as the rules read it. */
interface Para {
  p: Paragraph;
  text: string;
  words: number;
  /** Share of its words inside links (0..1). */
  linked: number;
  allLink: boolean;
  heading: number;
  region: Element | null;
  /** The element whose markup names its block furniture (byline, share bar...), or null. */
  furniture: Element | null;
  /** Inside a <blockquote>. */
  quoted: boolean;
}

/** A region holding more than this share of the article's words is the article's own wrapper. */
const REGION_MAX_SHARE = 0.35;

/**
 * The article's paragraphs without the furniture. Markers inside prose ("[1]", "[edit]") are cut
 * out of their paragraph; whole furniture paragraphs go.
 */
export function dropBoilerplate(paragraphs: Paragraph[], ctx: BoilerplateContext): Paragraph[] {
  const cut = paragraphs.map((p) => cutMarkers(cutPopups(p, ctx.facts))).filter((p) => p.pieces.length > 0);
  const paras = cut.map((p) => describe(p, ctx.facts));
  const total = paras.reduce((n, x) => n + x.words, 0);
  const regionWords = new Map<Element, number>();
  for (const x of paras) if (x.region) regionWords.set(x.region, (regionWords.get(x.region) ?? 0) + x.words);
  // A furniture marker on the article's own wrapper ("article-body share-enabled", an id that
  // names the share buttons it holds) speaks for none of its paragraphs.
  const furnitureWords = new Map<Element, number>();
  for (const x of paras)
    if (x.furniture) furnitureWords.set(x.furniture, (furnitureWords.get(x.furniture) ?? 0) + x.words);
  const wrapper = (el: Element) => (furnitureWords.get(el) ?? 0) > total * REGION_MAX_SHARE;
  const count = paras.length;
  const drop = new Array<boolean>(count).fill(false);
  const names = bylineNames(ctx.byline);
  // Regions that would take more than half of the article between them: the markup is not what
  // it seems (a page whose every block says "share"), and no region counts.
  let inRegions = 0;
  for (const n of regionWords.values()) if (n <= total * REGION_MAX_SHARE) inRegions += n;
  const regionsCount = inRegions <= total * 0.5;

  for (let i = 0; i < count; i++) {
    const x = paras[i]!;
    if (isOldBoilerplate(x, i, count, ctx, wrapper)) drop[i] = true;
    // A block quotation is the article quoting someone: none of the rules below reads it.
    else if (x.quoted) continue;
    else if (regionsCount && x.region && (regionWords.get(x.region) ?? 0) <= total * REGION_MAX_SHARE) drop[i] = true;
    else if (isControlLabel(x.text) || (x.heading === 0 && (isDateStamp(x.text) || isBareAddress(x.text, i, count))))
      drop[i] = true;
    else if (isPromo(x) || isPrompt(x) || isCitation(x.text)) drop[i] = true;
    else if (x.heading === 0 && isPageMetaLine(x.text, x.p.block, i, isDateStamp)) drop[i] = true;
  }
  dropRepeatedCaptions(paras, drop);
  dropClosingCredits(paras, drop, names);
  dropReferenceSections(paras, drop);
  dropLinkRuns(paras, drop);
  // A short label that ends with a colon and introduces furniture ("Most read:", "Watch:") goes with it.
  for (let i = paras.length - 2; i >= 0; i--) {
    if (!drop[i] && drop[i + 1] && paras[i]!.words <= 6 && /:$/.test(paras[i]!.text.trim())) drop[i] = true;
  }
  return cut.filter((_, i) => !drop[i]);
}

function describe(p: Paragraph, facts: PageFacts): Para {
  const text = paragraphText(p);
  let linkedChars = 0;
  let chars = 0;
  let firstNode: Text | null = null;
  const inLink = perNode((t) => facts.inLink(t));
  for (const piece of p.pieces) {
    if (piece.space) continue;
    chars += piece.text.length;
    if (piece.node) {
      firstNode ??= piece.node;
      if (inLink(piece.node)) linkedChars += piece.text.length;
    }
  }
  const tag = p.block?.tagName.toUpperCase() ?? '';
  const heading = /^H[1-6]$/.test(tag) ? Number(tag[1]) : 0;
  const first = p.pieces.find((piece) => piece.node)?.node;
  return {
    p,
    text,
    words: countWords(text),
    linked: chars ? linkedChars / chars : 0,
    allLink: chars > 0 && linkedChars === chars,
    heading,
    region: firstNode ? facts.region(firstNode) : null,
    furniture: first ? facts.furniture(first) : null,
    quoted: withinBlockquote(p.block),
  };
}

/** closest('blockquote'), walked by hand (a selector query is slow in jsdom). */
function withinBlockquote(el: Element | null): boolean {
  for (let cur = el; cur; cur = cur.parentElement) if (cur.localName === 'blockquote') return true;
  return false;
}

/**
 * The checks that came first: the kicker link above the headline, the byline line, a
 * parenthesised credit at the end, anything whose block's own class says furniture.
 */
function isOldBoilerplate(
  x: Para,
  index: number,
  count: number,
  ctx: BoilerplateContext,
  wrapper: (el: Element) => boolean,
): boolean {
  if (x.furniture && x.words < 40 && !wrapper(x.furniture)) return true;
  if (ctx.titles.some((t) => t && x.text === t)) return true;
  const edge = index < 3 || index >= count - 2;
  if (edge && x.words <= 4 && x.allLink) return true;
  if (
    index < 4 &&
    /^by\s/i.test(x.text) &&
    // a byline with its date and time runs longer: "By Ann Lee, Bo Diaz on Monday, November 18th, 2019 at 11:08 a.m."
    (x.words <= 14 || (x.words <= 24 && hasYear(x.text))) &&
    (ctx.byline === null || x.text.includes(ctx.byline) || /\d/.test(x.text))
  )
    return true;
  // The date line with the byline after it: "2/26/2015 7:11 AM PST BY STAFF".
  if (index < 4 && isStampThenByline(x.text)) return true;
  // a parenthesised credit, "(Reporting by ...)"; not a labelled pointer such as "(Graphic: ... - here)"
  if (index >= count - 2 && x.words <= 8 && /^\([^:]*\)$/.test(x.text)) return true;
  return false;
}

// ---- controls and labels -------------------------------------------------------------------

/** Whole-paragraph labels of players, galleries, share bars and page sections. */
// prettier-ignore
const LABELS = new Set([
  'full screen', 'fullscreen', 'exit full screen', 'exit fullscreen', 'autoplay', 'skip ad', 'skip', 'replay',
  'mute', 'unmute', 'now playing', 'up next', 'play', 'pause', 'play video', 'watch again', 'close', 'caption',
  'captions', 'cc', 'enlarge image', 'enlarge this image', 'expand', 'continue reading', 'continue reading below',
  'story continues below', 'read more', 'read full article', 'advertisement', 'advert', 'sponsored', 'loading',
  'loading content', 'trending', 'trending now', 'latest', 'latest news', 'latest stories', 'recent articles',
  'recent posts', 'popular this week', 'most popular', 'most read', 'breaking news', 'comments', 'comment',
  'post comment', 'leave a comment', 'add a comment', 'view comments', 'show comments', 'share', 'share this',
  'share this article', 'share this story', 'share this post', 'share on facebook', 'share on twitter', 'sign in',
  'log in', 'subscribe', 'print', 'email', 'related', 'related stories', 'related articles', 'related posts',
  'related news', 'related content', 'related coverage', 'you may also like', 'you might also like',
  'recommended', 'recommended for you', 'more stories', 'more news', 'top stories', 'see also', 'also read',
  'tell us what you think', 'listen to this article', 'back to top', 'skip to content', 'view photo', 'view photos',
  'view gallery', 'view slideshow', 'order reprints', "today's paper", 'today’s paper', 'reprints',
]);
/** Names of share buttons: a paragraph of nothing else is a share bar. */
// prettier-ignore
const SHARE_WORDS = new Set(['facebook', 'twitter', 'whatsapp', 'email', 'e-mail', 'print', 'pinterest', 'pint', 'pin', 'linkedin', 'reddit', 'share', 'tweet', 'messenger', 'telegram', 'flipboard', 'copy', 'link', 'sms', 'mail', 'save', 'baixar', 'download', 'comments', 'comment']);
const PLAYER_SENTENCES =
  /^(media playback is (unsupported|not supported) on your device|this (slideshow|video|content|gallery) requires javascript|your browser does not support (the )?(video|audio)( tag| element)?|(please )?enable javascript to (view|watch|see))/i;
const DURATION = /^\d{1,2}:\d{2}(:\d{2})?$/;
const GALLERY_COUNT = /^(image|photo|picture|slide|video)?\s*\d{1,3}\s*(of|\/)\s*\/?\s*\d{1,3}$/i;

function isControlLabel(text: string): boolean {
  if (text.length > 80) return false;
  const t = text.trim();
  if (DURATION.test(t) || GALLERY_COUNT.test(t) || PLAYER_SENTENCES.test(t)) return true;
  const label = t
    .toLowerCase()
    .replace(/[\s:.…›»|()\d+-]+$/u, '')
    .replace(/^[\s(]+/, '')
    .replace(/\s+/g, ' ');
  if (LABELS.has(label)) return true;
  if (/^(powered by|sponsored by|presented by|in partnership with|brought to you by) [\w.&' -]{2,40}$/i.test(t))
    return true;
  // a bar of labels: "Order Reprints | Today's Paper | Subscribe"
  const bar = label.split(/\s+[|·•]\s+/);
  if (bar.length >= 2 && bar.every((b) => LABELS.has(b.trim()))) return true;
  const tokens = label.split(/[\s|/·•]+/).filter(Boolean);
  return tokens.length >= 2 && tokens.every((w) => SHARE_WORDS.has(w));
}

/**
 * A line of only the page's own address near the top, or of only the author's e-mail or social
 * address near the end. (A bare link inside the article can be its content: a source, a download.)
 */
function isBareAddress(text: string, index: number, count: number): boolean {
  const t = text.trim();
  if (t.length > 200 || /\s/.test(t)) return false;
  if ((index < 4 || index < count / 4) && /^https?:\/\/\S+$/i.test(t)) return true;
  return (
    index >= count - 4 &&
    (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(t) || /^(twitter|facebook|instagram)\.com\/\S+$/i.test(t))
  );
}

// ---- dates -------------------------------------------------------------------------------

// prettier-ignore
const DATE_WORDS = new Set([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'am', 'pm', 'a', 'p', 'm', 'st', 'nd', 'rd', 'th', 'at', 'on', 'of', 'the',
  'updated', 'update', 'published', 'posted', 'first', 'last', 'modified', 'edited', 'created', 'date', 'time',
  'ago', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'today', 'yesterday', 'just', 'now', 'utc', 'gmt', 'bst', 'cet', 'cest', 'ist', 'aest', 'aedt', 'jst',
  // Spanish, Portuguese, French, German, Italian: months, weekdays and the words between
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'domenica',
  'de', 'del', 'às', 'à', 'as', 'le', 'um', 'uhr', 'alle', 'ore', 'h',
  'actualizado', 'publicado', 'atualizado', 'publié', 'mis', 'jour', 'aktualisiert', 'veröffentlicht', 'aggiornato', 'pubblicato',
]);

/** Words of a time of day, which alone do not make a date. */
// prettier-ignore
const CLOCK_WORDS = new Set(['am', 'pm', 'a', 'p', 'm', 'at', 'on', 'of', 'the', 'st', 'nd', 'rd', 'th', 'de', 'del', 'às', 'à', 'as', 'le', 'um', 'uhr', 'alle', 'ore', 'h', 'mis', 'jour']);

/**
 * An update stamp or a bare date line: "Updated 10:31 AM EST", "Published 3 hours ago",
 * "Last modified on Tue 19 Nov 2019 06.00 GMT", "Nov. 20, 2019 6:02 AM EST". Every word is a date
 * word, a number or a time-zone abbreviation, and there is a number or "ago" in it.
 */
function isDateStamp(text: string): boolean {
  if (text.length > 120) return false;
  const tokens = text.match(/\p{L}+|\p{N}+/gu);
  if (!tokens || tokens.length > 18) return false;
  let number = false;
  let dateWord = false;
  for (const tok of tokens) {
    if (/^\p{N}+$/u.test(tok)) {
      number = true;
      // a year
      if (/^(19|20)\d\d$/.test(tok)) dateWord = true;
      continue;
    }
    const low = tok.toLowerCase();
    if (low === 'ago') number = true;
    if (DATE_WORDS.has(low)) {
      if (!CLOCK_WORDS.has(low)) dateWord = true;
      continue;
    }
    // a time zone: EST, PDT, AEDT, AMT
    if (/^[A-Z]{2,4}$/.test(tok) && /[ST]$/.test(tok)) continue;
    return false;
  }
  // A time alone ("10 p.m.", an entry of a live blog) or a bare number is not a stamp.
  return number && dateWord;
}

/** A year, 1900-2099, standing alone. */
function hasYear(text: string): boolean {
  return /(?<!\d)(19|20)\d\d(?!\d)/.test(text);
}

/** A date stamp followed by "by" and a few words of names: "2/26/2015 7:11 AM PST BY STAFF". */
function isStampThenByline(text: string): boolean {
  if (text.length > 160) return false;
  const at = text.search(/\sby\s/i);
  if (at <= 0) return false;
  const names = text.slice(at + 4).trim();
  return (
    countWords(names) <= 6 && !/[.!?]$/.test(names) && isDateStamp(text.slice(0, at).replace(/[\s,|·•–—-]+$/u, ''))
  );
}

// ---- promos and prompts --------------------------------------------------------------------

/**
 * A leading label that sends the reader to another story: "READ MORE: ...", "Related: ...",
 * "Also read: ...", "Watch: ...", "[Read: ...]", "More:".
 */
const PROMO_LABEL =
  /^[[(]?\s*(read more|read also|also read|read next|read|more|related|related articles?|related stories|related coverage|related content|related post|see also|see|watch|watch now|listen|don't miss|do not miss|must read|recommended|trending|top stories|also|also on [\w.]+|also see|more on this|more from [\w.' ]{1,40}|related coverage from [^:]{1,60}|further reading|editor's picks?|previously|next)\s*(:|\||\n|›|»)/i;

function isPromo(x: Para): boolean {
  if (x.heading > 0 && x.words > 6) return false;
  const t = x.text.trim();
  if (/^\[[^\]]{3,300}\]$/.test(t) && PROMO_LABEL.test(t)) return true;
  const m = PROMO_LABEL.exec(t);
  if (!m) {
    // "Also on rt.com <headline>": a label without a colon, whose rest is a link.
    return /^also on [\w-]+\.[\w.]+\s/i.test(t) && x.words <= 40;
  }
  const rest = t.slice(m[0].length).trim();
  if (!rest) return x.words <= 8;
  if (/^\(.*\)$/.test(t) || /^\[.*\]$/.test(t)) return true;
  if (x.linked >= 0.5) return true;
  const label = m[1]!;
  // An all-capitals label, or a headline after it (short, no full stop at the end).
  if (label === label.toUpperCase() && /[A-Z]/.test(label)) return x.words <= 60;
  return countWords(rest) <= 20 && !/[.!?]["”’]?$/.test(rest);
}

/** Sign-up, subscription, share, follow, comment and app prompts, and affiliate notices. */
const PROMPT_START =
  /^(sign up\b|signup\b|subscribe\b|share (this|the|on)\b|follow (us|@|[\w.]+ on|\w+ \w+ on)\b|click here\b|tap here\b|get (our|the) [\w\s'’]{0,40}newsletters?\b|join (our|the) [\w\s]{0,40}(community|forums?|newsletter|mailing list|conversation|discussion)\b|want more\b|like this (story|article)|enjoyed this|if you (enjoyed|liked|like) this|download (our|the) [\w\s]{0,20}app\b|get (the )?[\w\s]{0,30} app\b|have a (news )?tip|got a (news )?tip|tell us what you think|we('| wi)?d love to hear|this (post|article|page|story) (may )?contains? affiliate|never miss\b|start your day\b|let our news meet|get breaking news|stay on top of|make [\w.]+ (my|your) (home ?page|start page)|be the first to|get (the latest|more) [\w\s]{0,40}(in|to|delivered to) your inbox|sign in to comment|to comment|comments are closed|(note: )?we are (temporarily )?moderating)/i;
const PROMPT_ANYWHERE =
  /\b(click here (to|for)|tap here to|sign up (for|to|here|now|today)|subscribe (to|for|now|here|today)|(delivered|straight) to your inbox|may earn (an )?(affiliate )?commission|affiliate links?\b|opinions expressed in this article are those of)/i;

function isPrompt(x: Para): boolean {
  const t = x.text.trim();
  // "Sign up for <a service> for $11.99 a month": a deal the article is about, not a prompt.
  if (/[$£€¥]\s?\d/.test(t) && !/\bclick here\b/i.test(t)) return false;
  if (x.words <= 60 && PROMPT_START.test(t)) return true;
  return x.words <= 40 && PROMPT_ANYWHERE.test(t);
}

/** A citation line: "Retrieved 3 May 2019", "Citation: <title> (2019) retrieved ... from <url>". */
function isCitation(text: string): boolean {
  if (text.length > 600) return false;
  return (
    /\bretrieved (on )?(\d{1,2} [A-Z]|[A-Z][a-z]+ \d|\d{4}-\d\d)/i.test(text) &&
    (/^citation:/i.test(text) || /https?:\/\/|\bretrieved (on )?\S+ \S+ \d{4}\b/i.test(text) || text.length < 300)
  );
}

/**
 * A caption or credit that repeats, word for word, a paragraph kept before it: a gallery sets the
 * same caption under each of its images, or a page has the caption of its top image twice (the
 * picture for wide screens and for narrow ones). Read once, it is enough.
 */
function dropRepeatedCaptions(paras: Para[], drop: boolean[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < paras.length; i++) {
    if (drop[i]) continue;
    const x = paras[i]!;
    const text = x.text.trim();
    const kind = x.p.kind;
    if ((kind === 'caption' || kind === 'credit') && x.words >= 3 && seen.has(text)) drop[i] = true;
    else seen.add(text);
  }
}

// ---- the end of the article -----------------------------------------------------------------

/** The names in a byline: "By Ann Lee and Bo Diaz, CNN" -> ["Ann Lee", "Bo Diaz", "CNN"]. */
function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|\band\b|&|\|)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length >= 3 && /^\p{Lu}/u.test(s));
}

const CREDIT_LINE =
  /(contributed (reporting )?to this (report|story|article)|^(additional reporting|\(?reporting by|editing by|writing by|compiled by)\b|^a version of this (article|story) (appears|appeared)|^(copyright|©|\(c\))|all rights reserved|^this (document|material|article) (is subject to copyright|may not be)|^source: [\w\s,]{1,40}$|^via [\w.-]+\.\w+$|©\s?(19|20)\d\d|^(filed under|tags|tagged|tagged with|categories|category|topics)\s*(:|\n))/i;
/** "<Name> is a reporter for ...": a short biography of the author. */
const BIO =
  /^(\p{Lu}[\p{L}'’.-]+ ){1,3}(\([^)]{0,80}\) )?(is|was|has been|writes|covers|joined)\b.{0,200}\b(writer|reporter|editor|journalist|correspondent|author|contributor|columnist|freelance|blogger|producer|curator|covers|writes|native|based)\b/u;

/** The last few paragraphs still kept: credit lines, contact lines and bios go, from the end up. */
function dropClosingCredits(paras: Para[], drop: boolean[], names: string[]): void {
  // "A version of this article appears in print on ..." set in pieces: it and all after it go.
  const print = paras.findIndex(
    (x, i) =>
      !drop[i] &&
      x.words <= 40 &&
      /^a version of this (article|story|review|column) (appears|appeared) in print\b/i.test(x.text.trim()),
  );
  if (print >= 0 && paras.slice(print + 1).every((x, j) => drop[print + 1 + j] || x.words <= 30))
    for (let k = print; k < paras.length; k++) drop[k] = true;
  let seen = 0;
  for (let i = paras.length - 1; i >= 0 && seen < 4; i--) {
    if (drop[i]) continue;
    if (!paras[i]!.quoted && isClosingCredit(paras[i]!, names)) drop[i] = true;
    else seen++;
  }
}

function isClosingCredit(x: Para, names: string[]): boolean {
  if (x.words > 90) return false;
  const t = x.text.trim();
  if (x.words <= 50 && CREDIT_LINE.test(t)) return true;
  if (/^(email|e-mail|contact|reach|follow) .{0,120}(@|\btwitter\b|\be-?mail\b)/i.test(t) && x.words <= 50) return true;
  if (/\b(may be reached at|can be reached at|reach (him|her|them) at)\b/i.test(t) && x.words <= 50) return true;
  for (const name of names) {
    if (t === name) return true;
    if (
      t.startsWith(`${name} `) &&
      /^(\([^)]{0,80}\) )?(is|was|has|writes|covers|joined|lives)\b/.test(t.slice(name.length + 1))
    )
      return true;
  }
  return BIO.test(t);
}

// ---- sections ------------------------------------------------------------------------------

const APPARATUS =
  /^(references|notes|external links|see also|further reading|sources|bibliography|citations|footnotes|works cited|notes and references|references and notes|related links|related articles|related stories|more stories|more from|you may also like|you might also like|recommended|read more|read next|comments|\d+ comments|more great [\w\s]+ stories|related coverage[^\n]{0,60}|more [\w\s]{1,30} news)$/i;

/**
 * A heading that opens an apparatus section ("References", "See also", "External links",
 * "Related stories", "Comments") takes everything after it up to the next heading of its level
 * or above.
 */
function dropReferenceSections(paras: Para[], drop: boolean[]): void {
  for (let i = 0; i < paras.length; i++) {
    const x = paras[i]!;
    const label = x.text.trim().replace(/[\s:.…]+$/u, '');
    const asHeading = x.heading > 0 || (x.words <= 6 && !/[.!?]$/.test(label));
    if (!asHeading || !APPARATUS.test(label)) continue;
    // A heading-like line that is not a heading closes its section at the first paragraph that is
    // not a link; a real heading runs to the next heading of its level.
    const level = x.heading || 7;
    let j = i + 1;
    for (; j < paras.length; j++) {
      const y = paras[j]!;
      if (y.heading > 0 && y.heading <= level) break;
      if (x.heading === 0 && !(y.allLink || y.linked >= 0.5 || (y.words <= 30 && y.heading === 0 && isHeadline(y))))
        break;
    }
    // Nothing linked below a lone label: keep it (a sentence fragment, not a section).
    if (x.heading === 0 && j === i + 1) continue;
    for (let k = i; k < j; k++) drop[k] = true;
    i = j - 1;
  }
}

/** A paragraph that is one link and nothing else, outside a table (a table's cells are its data). */
function isListedLink(x: Para): boolean {
  if (!x.allLink || x.words > 40 || x.quoted) return false;
  const tag = x.p.block?.tagName.toUpperCase();
  return tag !== 'TD' && tag !== 'TH';
}

/**
 * A lone link between paragraphs that reads as another story's headline: several words, no
 * price or figure (a shop button, "Get it for $39"), no full stop; or set in capitals.
 */
function isPromoHeadline(x: Para): boolean {
  const t = x.text.trim();
  if (x.words < 3) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 12 && letters === letters.toUpperCase()) return true;
  return x.words >= 5 && !/\d/.test(t) && isHeadline(x) && /^\p{Lu}/u.test(t) && titleCased(t);
}

/** Most words capitalised, as headlines on many sites are. */
function titleCased(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7;
}

/** A line shaped like a headline: no full stop at its end. */
function isHeadline(x: Para): boolean {
  return !/[.!?:;]["”’)]?$/.test(x.text.trim());
}

/**
 * Lists of links to other stories, at the end or in the middle: a run of paragraphs that are each
 * all link (or a short label between them) with at least two links in it; and a lone paragraph of
 * several words that is all one link (a promo headline between paragraphs).
 */
function dropLinkRuns(paras: Para[], drop: boolean[]): void {
  let i = 0;
  while (i < paras.length) {
    const x = paras[i]!;
    if (!isListedLink(x)) {
      i++;
      continue;
    }
    let j = i;
    let links = 0;
    while (j < paras.length) {
      const y = paras[j]!;
      if (isListedLink(y)) links++;
      else if (!(y.words <= 6 && isHeadline(y) && y.heading === 0)) break;
      j++;
    }
    // Short labels after the last link belong to what follows.
    while (j > i && !paras[j - 1]!.allLink) j--;
    if (links >= 2 || (links === 1 && x.heading === 0 && isPromoHeadline(x))) {
      // A label right before the run ("More:", "You may also like") goes with it.
      const before = paras[i - 1];
      if (before && before.heading === 0 && before.words <= 8 && (isHeadline(before) || /:$/.test(before.text.trim())))
        drop[i - 1] = true;
      for (let k = i; k < j; k++) drop[k] = true;
    }
    i = Math.max(j, i + 1);
  }
}

// ---- markers inside prose ------------------------------------------------------------------

/**
 * Citation and edit markers of an encyclopedia: "[1]", "[edit]", "[citation needed]", "[note 2]";
 * not an editor's bracket inside a quotation ("give[s]", "[T]he").
 */
const MARKER =
  /\[(\d{1,3}|edit|citation needed|note \d{1,3}|nb \d{1,3}|clarification needed|when\?|who\?)\](?![\p{L}\p{N}])/gu;

/** The paragraph without the text of hover cards set into it. */
function cutPopups(p: Paragraph, facts: PageFacts): Paragraph {
  const inPopup = perNode((t) => facts.inPopup(t));
  if (!p.pieces.some((x) => x.node && inPopup(x.node))) return p;
  return { ...p, pieces: tidySpaces(p.pieces.filter((x) => !(x.node && inPopup(x.node)))) };
}

/**
 * `test` asked once for a run of pieces from the same text node: a node's text comes as one
 * piece per word, and the page facts are the same for all of them.
 */
function perNode(test: (t: Text) => boolean): (t: Text) => boolean {
  let node: Text | null = null;
  let answer = false;
  return (t) => {
    if (t !== node) {
      node = t;
      answer = test(t);
    }
    return answer;
  };
}

/** The paragraph with every marker cut out (the pieces split where a marker starts or ends inside one). */
function cutMarkers(p: Paragraph): Paragraph {
  const text = paragraphText(p);
  if (!text.includes('[')) return p;
  const spans: [number, number][] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) spans.push([m.index, m.index + m[0].length]);
  if (!spans.length) return p;
  const out: Piece[] = [];
  let offset = 0;
  let s = 0;
  for (const piece of p.pieces) {
    const start = offset;
    const end = offset + piece.text.length;
    offset = end;
    let from = start;
    while (s < spans.length && spans[s]![1] <= from) s++;
    for (let k = s; k < spans.length && spans[k]![0] < end; k++) {
      const [a, b] = spans[k]!;
      if (a > from) out.push(slicePiece(piece, from - start, a - start));
      from = Math.max(from, b);
    }
    if (from < end) out.push(slicePiece(piece, from - start, end - start));
  }
  return { ...p, pieces: tidySpaces(out) };
}

function slicePiece(piece: Piece, a: number, b: number): Piece {
  if (a === 0 && b === piece.text.length) return piece;
  return { ...piece, text: piece.text.slice(a, b), nodeOffset: piece.nodeOffset + a };
}

/** Drops the doubled, leading and trailing spaces left where a marker was cut out. */
function tidySpaces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const startsSpace = p.space || /^\s/.test(p.text);
    if (startsSpace && (!prev || prev.space || /\s$/.test(prev.text))) {
      if (p.space) continue;
    }
    out.push(p);
  }
  while (out.length && out[out.length - 1]!.space) out.pop();
  return out;
}
