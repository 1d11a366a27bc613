/**
 * Furniture that a rule finds by reading several paragraphs together (boilerplate.ts runs these):
 * the credit lines and author bios at the end of an article, apparatus sections under a heading
 * ("References", "Related stories"), and runs of links to other stories.
 */
import { isHeadline, type Para } from './para';

// ---- the end of the article -----------------------------------------------------------------

/** The names in a byline: "By Ann Lee and Bo Diaz, CNN" -> ["Ann Lee", "Bo Diaz", "CNN"]. */
export function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|\band\b|&|\|)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length >= 3 && /^\p{Lu}/u.test(s));
}

const CREDIT_LINE =
  /(contributed (reporting )?to this (report|story|article)|^(additional reporting|\(?reporting by|editing by|writing by|compiled by)\b|^(photos?|photographs?|images?|illustrations?) (by|courtesy of)\b|^a version of this (article|story) (appears|appeared)|^(copyright|©|\(c\))|all rights reserved|^this (document|material|article) (is subject to copyright|may not be)|^source: [\w\s,]{1,40}$|^via [\w.-]+\.\w+$|©\s?(19|20)\d\d|^(filed under|tags|tagged|tagged with|categories|category|topics)\s*(:|\n))/i;
/** "<Name> is a reporter for ...": a short biography of the author. */
const BIO =
  /^(\p{Lu}[\p{L}'’.-]+ ){1,3}(\([^)]{0,80}\) )?(is|was|has been|writes|covers|joined)\b.{0,200}\b(writer|reporter|editor|journalist|correspondent|author|contributor|columnist|freelance|blogger|producer|curator|covers|writes|native|based)\b/u;

/** The last few paragraphs still kept: credit lines, contact lines and bios go, from the end up. */
export function dropClosingCredits(paras: Para[], drop: boolean[], names: string[]): void {
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
export function dropReferenceSections(paras: Para[], drop: boolean[]): void {
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

/**
 * Lists of links to other stories, at the end or in the middle: a run of paragraphs that are each
 * all link (or a short label between them) with at least two links in it; and a lone paragraph of
 * several words that is all one link (a promo headline between paragraphs).
 */
export function dropLinkRuns(paras: Para[], drop: boolean[]): void {
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
