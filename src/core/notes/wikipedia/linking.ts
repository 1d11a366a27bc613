/**
 * Choosing the page for an entity: candidates are filtered by type (a person's page must be
 * about a human, a place's about a place), then ranked by how well the title matches the name,
 * by the article's context (role words, other entities, frequent words, the bundled data's own
 * page) and by popularity. When the best two are close the answer is "Which one?", never a
 * guess; disambiguation pages are never chosen.
 */
import type { EntityType } from '../../analysis/contract';
import { cleanName, nameKey } from '../names';
import type { Candidate } from './api';
import type { LinkContext } from './summary';

export interface Scored {
  candidate: Candidate;
  score: number;
  nameMatch: number;
  /** The part of the score that comes from the article's context. */
  context: number;
}

export type Decision =
  { kind: 'page'; best: Scored; ranked: Scored[] } | { kind: 'ambiguous'; choices: Scored[] } | { kind: 'none' };

/** Below this lead over the runner-up the card asks "Which one?". */
export const CLOSE_MARGIN = 1.0;
/** Choices offered under "Which one?". */
export const MAX_CHOICES = 5;

const PERSON_WORDS =
  /\b(born|politician|president|minister|senator|congress(wo)?man|representatives?|speaker|chair|chairman|chairwoman|ambassador|envoy|prosecutor|attorney|justice|deputy|lawmaker|legislator|actor|actress|singer|songwriter|rapper|musician|player|footballer|cricketer|athlete|boxer|swimmer|cyclist|golfer|coach|businessman|businesswoman|business magnate|entrepreneur|executive|investor|journalist|broadcaster|presenter|anchor|lawyer|judge|jurist|officer|admiral|general|commander|soldier|pilot|astronaut|activist|writer|author|novelist|poet|economist|diplomat|official|leader|king|queen|prince|princess|monarch|emperor|pope|cardinal|bishop|cleric|imam|rabbi|priest|governor|mayor|chancellor|secretary|spokes(wo)?man|spokesperson|director|producer|scientist|engineer|physician|surgeon|professor|academic|historian|philosopher|comedian|model|dancer|artist|painter|sculptor|architect|designer|chef|philanthropist|heir|first lady|psychiatrist|trafficker|drug lord|criminal|militant)\b/i;
const NOT_PERSON =
  /^(family name|surname|given name|name|list of|topics|disambiguation|film|song|album|novel|television|tv series|band|company|ship|genus|species|video game|book)\b|\b(family name|surname|given name|given names)\b/i;
const LIFE_YEARS = /\(\s*(born\s+)?\d{3,4}\s*([–-]\s*\d{3,4})?\s*\)|\b\d{4}\s*[–-]\s*\d{4}\b/;
const PLACE_WORDS =
  /\b(country|nation|city|town|village|capital|state|province|region|county|island|islands|river|sea|ocean|mountain|mountains|district|municipality|territory|peninsula|commonwealth|kingdom|republic|emirate|borough|neighbou?rhood|lake|desert|strait|gulf|bay|archipelago|continent|metropolis|oblast|prefecture|governorate|canton|area|place|port|valley|coast|border|landlocked|sovereign)\b/i;
const ORG_WORDS =
  /\b(organi[sz]ation|agency|company|corporation|party|group|union|alliance|cartel|council|committee|court|department|ministry|bank|fund|association|federation|league|network|newspaper|broadcaster|university|institute|military|army|navy|air force|forces|command|office|administration|government|residence|headquarters|bureau|service|coalition|movement|militia|gang|club|team|foundation|charity|body|legislature|parliament|congress|senate|assembly|commission|authority|board|intergovernmental|syndicate|police|airline|firm|manufacturer|conglomerate|brand|channel|magazine|publisher|cabinet|executive branch|federal|bloc|tribunal|programme|program)\b/i;

/** Whether a candidate can be the page for an entity of this type, and how sure that is (0..1). */
export function typeFit(c: Candidate, type: EntityType): number {
  if (c.disambiguation) return 0;
  const d = c.description ?? '';
  const qualifier = qualifierOf(c.title) ?? '';
  const both = `${d} ${qualifier}`;
  const personish = !NOT_PERSON.test(d) && (LIFE_YEARS.test(both) || PERSON_WORDS.test(both));
  const placeish = c.hasCoordinates || PLACE_WORDS.test(both);
  if (NOT_PERSON.test(d) && /surname|given name|family name|name/i.test(d)) return 0;
  switch (type) {
    case 'person':
      if (c.hasCoordinates) return 0;
      if (personish) return 1;
      return d === '' ? 0.3 : 0;
    case 'place':
      if (c.hasCoordinates) return 1;
      if (placeish && !personish) return 0.7;
      return d === '' ? 0.3 : 0;
    case 'organization':
      if (ORG_WORDS.test(both)) return 1;
      if (placeish && !personish) return 0.5; // a building or a capital standing for its occupants
      return d === '' ? 0.3 : 0;
    default:
      return personish && LIFE_YEARS.test(both) ? 0.5 : 1;
  }
}

/** "Washington (state)" -> "state". */
function qualifierOf(title: string): string | null {
  return /\(([^)]+)\)\s*$/.exec(title)?.[1] ?? null;
}

const STOP = new Set(
  'a an the of and or for in on at to by with from as is was its his her their de la el los las del y said says head chief former new'.split(
    ' ',
  ),
);

const EXPAND: Record<string, string[]> = {
  us: ['united', 'states'],
  usa: ['united', 'states'],
  uk: ['united', 'kingdom'],
  un: ['united', 'nations'],
  eu: ['european', 'union'],
};

function words(s: string): string[] {
  return nameKey(s)
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((w) => EXPAND[w] ?? [w])
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/** A title without its qualifier and corporate suffix: "Apple Inc." -> "Apple". */
function titleBase(title: string): string {
  return (
    title
      .replace(/\s*\([^)]*\)\s*$/, '')
      // "Paris, Texas", "Cambridge, Massachusetts": the part after the comma qualifies.
      .replace(/^([^,]+),\s+\p{Lu}[^,]*$/u, '$1')
      .replace(
        /,?\s+(Inc\.?|Ltd\.?|plc|PLC|LLC|Corp\.?|Corporation|S\.A\.|AG|SE|N\.V\.|F\.C\.|FC|A\.F\.C\.|C\.F\.)$/,
        '',
      )
  );
}

/** Same word, allowing an inflection ("venezuela" ~ "venezuelan", "minister" ~ "ministers"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 5 && l.startsWith(s) && l.length - s.length <= 3;
}

/** How well a title names the entity: 3 exact, 2.5 exact plus a qualifier, less for partial. */
export function nameMatch(rawName: string, title: string): number {
  const name = cleanName(rawName);
  const n = nameKey(name);
  const base = nameKey(titleBase(title));
  const full = nameKey(title);
  if (full === n) return 3;
  if (base === n) return 2.5;
  const acronym = name.replace(/\./g, '');
  if (/^[A-Z]{2,6}$/.test(acronym)) {
    const initials = titleBase(title)
      .split(/[\s-]+/)
      .filter((w) => !/^(of|the|and|for|de|du|des|la|le|on|in|to)$/i.test(w))
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase();
    if (initials === acronym) return 2.5;
  }
  const nw = words(name);
  const tw = words(titleBase(title));
  // Initials count for "same length": "Michael B. Jordan" is not "Michael Jordan".
  const initials = (s: string) => (s.match(/(?:^|\s)\p{Lu}\.?(?=\s)/gu) ?? []).length;
  if (nw.length === 0 || tw.length === 0) return 0;
  const hit = nw.filter((w) => tw.some((t) => sameWord(w, t))).length;
  if (hit === 0) return 0;
  // A surname alone ("Maduro") naming "Nicolás Maduro": the last words agree.
  if (hit === nw.length && sameWord(nw[nw.length - 1]!, tw[tw.length - 1]!)) {
    return nw.length === tw.length && initials(name) === initials(titleBase(title)) ? 2.8 : 2;
  }
  return 1.5 * (hit / Math.max(nw.length, tw.length));
}

function contextScore(c: Candidate, ctx: LinkContext, name: string): number {
  // The description and the title's own words ("Cambridge, Massachusetts", "International
  // Cricket Council" for "ICC") are what the article's words can agree with.
  const text = `${c.description ?? ''} ${c.title}`;
  const dw = words(text);
  if (dw.length === 0) return 0;
  const has = (w: string) => dw.some((d) => sameWord(w, d));
  const titleWords = words(c.title);
  const inTitle = (w: string) => titleWords.some((d) => sameWord(w, d));
  const own = new Set(words(name));
  let score = 0;
  const roleWords = ctx.role ? [...new Set(words(ctx.role))].filter((w) => !own.has(w)) : [];
  score += 1.2 * roleWords.filter(has).length;
  let others = 0;
  for (const other of ctx.otherNames) {
    // The candidate is that other entity's own page: its name is no evidence here.
    if (nameMatch(other, c.title) >= 2.5) continue;
    const ow = words(other).filter((w) => !own.has(w));
    if (ow.length > 0 && ow.every(has)) others++;
  }
  score += Math.min(3, 1.0 * others);
  const kw = [...new Set(ctx.keywords.flatMap(words))].filter((w) => !own.has(w) && !roleWords.includes(w));
  // Words of the title itself ("Cricket" in "International Cricket Council" for "ICC") say more
  // than words of the description.
  score += Math.min(
    2.4,
    kw.filter(has).reduce((sum, w) => sum + (inTitle(w) ? 1.2 : 0.8), 0),
  );
  return Math.min(5, score);
}

function popularity(c: Candidate): number {
  return c.views === null ? 0 : 0.35 * Math.log10(c.views + 1);
}

export function scoreCandidates(
  name: string,
  type: EntityType,
  ctx: LinkContext,
  candidates: readonly Candidate[],
): Scored[] {
  const hint = ctx.hintTitle ? nameKey(ctx.hintTitle) : null;
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const c of candidates) {
    const key = nameKey(c.title);
    if (seen.has(key)) continue;
    seen.add(key);
    const fit = typeFit(c, type);
    if (fit === 0) continue;
    const isHint = hint !== null && key === hint;
    const nm = Math.max(nameMatch(name, c.title), isHint ? 2.5 : 0);
    if (nm === 0) continue;
    const rank = c.searchRank === null ? 0 : Math.max(0, 0.3 - 0.05 * (c.searchRank - 1));
    const context = contextScore(c, ctx, name) + (isHint ? 4 : 0);
    const score = nm + context + popularity(c) + rank - (1 - fit) * 2;
    out.push({ candidate: c, score, nameMatch: nm, context });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * The other entity whose own page this is, if any ("Delcy Rodríguez" for the candidate page
 * of that name while linking "Jorge Rodriguez").
 */
function otherOwner(c: Candidate, ctx: LinkContext, name: string): string | null {
  const n = nameKey(cleanName(name));
  for (const o of ctx.otherNames) if (nameKey(cleanName(o)) !== n && nameMatch(o, c.title) >= 2.5) return o;
  return null;
}

/** Whether every word of `name` is in `other` ("Rodriguez" in "Delcy Rodriguez"). */
function partOf(name: string, other: string): boolean {
  const ow = words(other);
  return words(name).every((w) => ow.some((o) => sameWord(w, o)));
}

export function decide(name: string, type: EntityType, ctx: LinkContext, candidates: readonly Candidate[]): Decision {
  // Pages of the article's other entities are not this entity's page; when this name is only
  // part of theirs ("Rodriguez" beside Delcy and Jorge Rodriguez), it may be any of them.
  const owners = new Map<Candidate, string>();
  const kept = candidates.filter((c) => {
    const o = otherOwner(c, ctx, name);
    if (o === null) return true;
    if (!partOf(name, o)) return false;
    owners.set(c, o);
    return true;
  });
  const ranked = scoreCandidates(name, type, ctx, kept);
  const shared = ranked.filter((s) => owners.has(s.candidate));
  if (new Set(shared.map((s) => owners.get(s.candidate))).size >= 2)
    return { kind: 'ambiguous', choices: shared.slice(0, MAX_CHOICES) };
  const best = ranked[0];
  if (!best) return { kind: 'none' };
  // A rival is a page named as well as the best (or better), or one the article's context
  // favours more: "Michael B. Jordan" is no rival for "Michael Jordan", "Paris, Texas" is one
  // for "Paris" in an article about Texas.
  const rival = ranked.slice(1).find((s) => s.nameMatch >= best.nameMatch - 0.25 || s.context > best.context);
  const weakName = best.nameMatch < 2;
  if ((rival && best.score - rival.score < CLOSE_MARGIN) || weakName) {
    const choices = ranked.filter((s) => s.score >= best.score - 3 * CLOSE_MARGIN).slice(0, MAX_CHOICES);
    return { kind: 'ambiguous', choices };
  }
  return { kind: 'page', best, ranked };
}
