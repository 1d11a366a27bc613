/**
 * The article's headline and its site's name. A page's <title> (what Readability falls back to)
 * carries the site's name ("… | Site", "Site: …", "… - Author"), and on many sites its
 * search-engine headline differs from the one printed above the article. The headline is, in
 * order: the page's <h1> that leads the article (the one that agrees with the page's declared
 * titles, or the only one there is), the schema.org `headline` (JSON-LD), `og:title`, and then
 * <title>; whichever is taken loses a site name stuck to its start or end.
 *
 * What this reads is read before Readability runs (it removes scripts and moves headings).
 */

import { key, overlap, sharesWord, squash, words } from './title-words';
import type { TitleFacts } from './title-facts';

export { hostOf, readTitleFacts, type TitleFacts } from './title-facts';
export { key } from './title-words';

/** The names the site goes by: og:site_name, the publisher, Readability's site name, the host. */
export function siteNamesOf(facts: TitleFacts, extra: (string | null | undefined)[] = []): string[] {
  const names = [facts.ogSiteName, facts.ldPublisher, ...extra].filter((s): s is string => !!s && !!s.trim());
  if (facts.host) {
    names.push(facts.host);
    // "theguardian.com" -> "theguardian"; "news.bbc.co.uk" -> "bbc"
    const labels = facts.host.split('.').filter((l) => !/^(www|com|org|net|co|uk|news|edu|gov|[a-z]{2})$/.test(l));
    names.push(...labels);
  }
  return names;
}

/** Whether `part` of a title is the site's name (or a byline / section name given in `names`). */
function isSiteName(part: string, names: string[]): boolean {
  const k = key(part);
  if (!k) return true;
  for (const n of names) {
    const nk = key(n);
    if (!nk) continue;
    if (k === nk) return true;
    // "The Guardian" vs "the Guardian | Editorial"? only a whole-name match or a name that holds the
    // part whole ("Los Angeles Times" for "LA Times" would not; "nytimes.com" holds "nytimes").
    if (
      nk.length >= 4 &&
      k.length >= 4 &&
      (nk.startsWith(k) || k.startsWith(nk)) &&
      Math.min(k.length, nk.length) / Math.max(k.length, nk.length) >= 0.6
    )
      return true;
  }
  return false;
}

/**
 * Whether `part` is one of `names` whole (not a part of one): then a one-word headline before it
 * ("Mozilla - Wikipedia") is still the headline.
 */
function isWholeSiteName(part: string, names: string[]): boolean {
  const k = key(part);
  return k.length >= 4 && names.some((n) => key(n) === k);
}

/** Separators between a headline and the site's name. A hyphen or colon counts only spaced ("X - Y") or, for the colon, as "Site: X". */
// prettier-ignore
const SEPARATORS = [' | ', ' - ', ' — ', ' – ', ' :: ', ' · ', ' • ', ' / ', ' « ', ' » '];

/**
 * `title` without the site's name stuck to its end or start: " | Site", " - Site", " — Site",
 * "Site: ", "Site | ". A part is stripped when it is one of `names` (the site name, the host, a
 * byline) or when it repeats across the separators ("Title | Site | Site"). The headline itself
 * is never stripped away whole.
 */
export function stripSiteAffixes(title: string, names: string[]): string {
  let t = squash(title);
  for (let round = 0; round < 4; round++) {
    const before = t;
    for (const sep of SEPARATORS) {
      const at = t.lastIndexOf(sep);
      if (at > 0) {
        const tail = t.slice(at + sep.length);
        const head = t.slice(0, at);
        if ((words(head).length >= 2 || isWholeSiteName(tail, names)) && isSiteName(tail, names)) {
          t = head.trim();
          break;
        }
        if (repeats(t, tail, sep)) {
          // every copy of the repeated part goes
          const k = key(tail);
          const kept = t.split(sep).filter((p) => key(p) !== k);
          if (kept.length && words(kept.join(' ')).length >= 2) {
            t = kept.join(sep).trim();
            break;
          }
        }
      }
      const first = t.indexOf(sep);
      if (first > 0) {
        const lead = t.slice(0, first);
        const rest = t.slice(first + sep.length);
        if (words(rest).length >= 2 && isSiteName(lead, names)) {
          t = rest.trim();
          break;
        }
      }
    }
    const colon = /^([^:]{2,40}):\s+(.+)$/.exec(t);
    if (colon && words(colon[2]!).length >= 2 && isSiteName(colon[1]!, names)) t = colon[2]!.trim();
    if (t === before) break;
  }
  return t;
}

/** Whether `h` is, whole, one of the parts of `title` split at a separator (not the title itself). */
function isTitlePart(h: string, title: string): boolean {
  const k = key(h);
  return SEPARATORS.some((sep) => title.includes(sep) && title.split(sep).some((p) => key(p) === k));
}

/** Whether `part` occurs more than once among the `sep`-separated parts of `t`. */
function repeats(t: string, part: string, sep: string): boolean {
  const k = key(part);
  return k.length > 0 && t.split(sep).filter((p) => key(p) === k).length > 1;
}

export interface TitleChoice {
  /** The title Readability found (its JSON-LD name, og:title or <title>). */
  readability: string;
  /** Other names to strip from a title's ends: Readability's site name, the byline. */
  names: (string | null | undefined)[];
  /** The headings at the top of the article's text, as found (the headline may be one). */
  headings?: string[];
}

/** The article's headline (see the module's comment); "" when the page declares none. */
export function chooseTitle(facts: TitleFacts, choice: TitleChoice): string {
  const names = siteNamesOf(facts, choice.names);
  const declared = [facts.ldHeadline, facts.ogTitle, choice.readability, facts.docTitle]
    .filter((s): s is string => !!s && !!s.trim())
    .map((s) => stripSiteAffixes(s, names));
  const headings = [...(choice.headings ?? []), ...(facts.h2s ?? [])];
  const h1 = leadingH1(facts.h1s, facts.h1InArticle ?? [], declared, names, headings);
  if (h1) return h1;
  for (const d of declared) if (d) return d;
  return '';
}

/**
 * The <h1> that heads the article: one that agrees with a declared title (most of its words in
 * it, and it holds most of the declared one's), else the only headline-shaped <h1> of the page,
 * else the first one inside the page's <article> or <main>. An <h1> that is the site's name (a
 * logo) does not count.
 */
function leadingH1(
  h1s: string[],
  inArticle: boolean[],
  declared: string[],
  names: string[],
  headings: string[],
): string | null {
  const ok = (h: string) => {
    const n = words(h).length;
    return n >= 2 && n <= 40 && !isSiteName(h, names);
  };
  const shaped = h1s.filter(ok);
  let best: string | null = null;
  let bestScore = 0;
  for (const h of shaped) {
    for (const d of declared) {
      const score = Math.min(overlap(h, d), overlap(d, h) + 0.25);
      if (score >= 0.75 && score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
  }
  if (best) return stripSiteAffixes(best, names);
  // An <h1> of the article that is one whole part of a declared title ("About bugs" of "About
  // bugs – Some Studio"): the rest is a site name the page does not declare.
  for (const h of shaped) {
    if (inArticle[h1s.indexOf(h)] && declared.some((d) => isTitlePart(h, d))) return h;
  }
  // The only <h1>, unless it stands outside the article, shares no word with any title the page
  // declares, and the page has a heading (an <h2>, or one at the top of the article) that is a
  // declared title: the <h1> is then a section's name over the page ("Allergies Health Center")
  // and that heading the headline.
  if (shaped.length === 1 && words(shaped[0]!).length >= 3) {
    const h = shaped[0]!;
    const displaced =
      !inArticle[h1s.indexOf(h)] &&
      !declared.some((d) => sharesWord(h, d)) &&
      declared.some((d) => d && headings.some((x) => key(x) === key(d)));
    if (!displaced) return stripSiteAffixes(h, names);
  }
  const first = h1s.findIndex((h, i) => inArticle[i] && ok(h) && words(h).length >= 3);
  return first >= 0 ? stripSiteAffixes(h1s[first]!, names) : null;
}

/**
 * The site's name once: a name repeated across separators ("The Hill | The Hill") is given once,
 * and a web address is given as its host.
 */
export function cleanSiteName(name: string | null | undefined): string | null {
  let n = squash(name ?? '');
  if (!n) return null;
  if (/^https?:\/\//i.test(n)) {
    try {
      n = new URL(n).hostname.replace(/^www\./, '');
    } catch {
      return n;
    }
  }
  for (const sep of SEPARATORS) {
    const parts = n.split(sep);
    if (parts.length > 1 && parts.every((p) => key(p) === key(parts[0]!))) return parts[0]!.trim();
  }
  return n;
}
