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
import type { PageFacts } from './page-facts';
import type { Para } from './para';
import { bylineNames, dropClosingCredits, dropLinkRuns, dropReferenceSections } from './furniture-runs';
import { cutButtons, cutMarkers, cutPopups, perNode } from './prose-cuts';

export { livePageFacts, takePageFacts, type PageFacts } from './page-facts';

export interface BoilerplateContext {
  /** The headline as Readability found it and as chosen (a paragraph that repeats it goes), and the byline. */
  titles: string[];
  byline: string | null;
  facts: PageFacts;
}

/** A region holding more than this share of the article's words is the article's own wrapper. */
const REGION_MAX_SHARE = 0.35;

/**
 * The article's paragraphs without the furniture. Markers inside prose ("[1]", "[edit]") are cut
 * out of their paragraph; whole furniture paragraphs go.
 */
export function dropBoilerplate(paragraphs: Paragraph[], ctx: BoilerplateContext): Paragraph[] {
  const cut = paragraphs.map((p) => cutMarkers(cutButtons(cutPopups(p, ctx.facts)))).filter((p) => p.pieces.length > 0);
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
    else if (x.heading === 0 && isPageMetaLine(x.text, x.p.block, i, count, isDateStamp)) drop[i] = true;
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
