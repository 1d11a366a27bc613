/**
 * The entity stage: recognizer spans -> name mentions -> entities with aliases and roles.
 *
 *   findEntities(text, model): Entity[]   (entities sorted by first mention; notes left empty for
 *                                           src/core/notes to fill)
 *
 * `skip`: stretches (bylines, datelines, photo credits) whose names are no mentions. The whole
 * text is still recognised (offsets and sentences stay whole); the names found there are dropped
 * before aliases, roles and document consistency read the mentions, so a name only credited is
 * no entity, and one the body names too keeps only its body mentions.
 */
import type { Entity, EntityType, Mention, TextSpan } from '../../analysis/contract';
import { inSpans } from '../spans';
import type { NerModel } from '../ner/model';
import { GAZ_LISTS } from '../ner/gazetteer';
import { foldWord } from '../ner/fold';
import { recognize, type Recognition } from '../ner/recognize';
import { groupMentions, type NameMention } from './aliases';
import { definedType } from './definitions';
import {
  isCapitalized,
  isWordToken,
  spansToMentions,
  type MentionContext,
  type MentionType,
  type RawMention,
} from './mentions';
import type { RoleContext } from './role-context';
import { namesInside, titleBefore } from './title-before';
import { descriptionAfter } from './appositives';
import { affiliationAfter, partyTagAt } from './affiliations';
import { kindAfter } from './kinds-after';
import { sharedAffiliationAfter } from './shared-roles';
import { addDefiniteRoles } from './definite-roles';
import { descriptorBefore } from './descriptors';
import { kindNamedLater } from './anaphors';
import { isJunkName, type JunkContext } from './junk';
import { assignIds } from './ids';
import { withSurnameParticles } from './particle-surnames';
import { looseWord } from './name-keys';
import { reviseSpans } from './revise';
import { joinAndNames, joinCompanyNames, joinGroupNames, splitAtLineBreaks } from './boundaries';
import { joinBodyHeads } from './body-heads';
import { withAttachedInitials } from './attached-initials';
import { withoutGluedVerb } from './glued';
import { placesOutsideSport, sportsDensity, SPORTS_CUES_PER_100_WORDS } from './sport-places';
import { placesBeforePartyMembers } from './party-members';
import { isTitleWord } from './titles';
import { isCompanyReadAsPerson } from './companies';
import { typeFromContext, type ContextTypeContext } from './context-types';

const TYPE_NAME: Record<MentionType, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };
const DEMONYM_BIT = 1 << GAZ_LISTS.indexOf('demonym');
const FIRST_NAME_BIT = 1 << GAZ_LISTS.indexOf('firstName');
const CALENDAR_BIT = 1 << GAZ_LISTS.indexOf('calendar');
const PLACE_BITS = (['city', 'country', 'region', 'place'] as const).reduce(
  (b, l) => b | (1 << GAZ_LISTS.indexOf(l)),
  0,
);
const COUNTRY_REGION_BITS = (1 << GAZ_LISTS.indexOf('country')) | (1 << GAZ_LISTS.indexOf('region'));
const ORG_BITS = (1 << GAZ_LISTS.indexOf('organization')) | (1 << GAZ_LISTS.indexOf('sportsTeam'));
/** Month and day names (some are also names: "May", "June", "August"): never added by consistency. */
// prettier-ignore
const CALENDAR_WORDS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
// prettier-ignore
const QUOTE_TOKENS = new Set(['“', '”', '"', '‘', '’', "'"]);

/** People, organisations and places named in `text`, one entry per entity (aliases merged). */
export function findEntities(text: string, model: NerModel, skip: readonly TextSpan[] = []): Entity[] {
  if (!text || !/\p{L}/u.test(text)) return [];
  return entitiesFrom(text, recognize(text, model), model, skip);
}

export function entitiesFrom(
  text: string,
  rec: Recognition,
  model: NerModel,
  skip: readonly TextSpan[] = [],
): Entity[] {
  const { tokens, sentences } = rec;
  const n = tokens.length;
  const sentFirst = new Int32Array(n);
  const sentLast = new Int32Array(n);
  for (const s of sentences) {
    for (let i = s.first; i < s.last; i++) {
      sentFirst[i] = s.first;
      sentLast[i] = s.last;
    }
  }
  const phrases = model.gazetteer.phrases;
  const isDemonym = (l: string): boolean => ((phrases.get(foldWord(l)) ?? 0) & DEMONYM_BIT) !== 0;
  const isPlace = (words: readonly string[]): boolean => {
    const bits = phrases.get(foldWord(words.join(' ').toLowerCase())) ?? 0;
    return (bits & PLACE_BITS) !== 0 && (bits & ORG_BITS) === 0;
  };
  const bounded = joinBodyHeads(
    text,
    tokens,
    joinAndNames(
      text,
      tokens,
      joinCompanyNames(text, tokens, joinGroupNames(text, tokens, splitAtLineBreaks(text, tokens, rec.spans))),
    ),
  );
  const revised = reviseSpans(tokens, sentLast, bounded, isDemonym);
  const spans = placesOutsideSport(tokens, placesBeforePartyMembers(tokens, revised, isPlace), isPlace);
  const spanType: string[] = new Array<string>(n).fill('');
  for (const s of spans) for (let i = s.first; i < s.last; i++) spanType[i] = s.type;
  const ctx: MentionContext = {
    tokens,
    sentFirst,
    spanType,
    // the gazetteer holds folded entries (ner/fold.ts): "José" is looked up as "jose"
    isDemonym,
    isFirstName: (l) => ((phrases.get(foldWord(l)) ?? 0) & FIRST_NAME_BIT) !== 0,
  };

  const capsLine = capsLines(tokens, sentences);
  const raw = spansToMentions(ctx, spans);
  let ms = raw
    .map((r) => toNameMention(tokens, r, capsLine))
    .filter((m): m is NameMention => m !== null)
    .map((m) => withoutGluedVerb(text, m));
  const kept = (m: NameMention): boolean => !inSpans(skip, m.start);
  if (skip.length) ms = ms.filter(kept);
  ms = addConsistentMentions(
    text,
    tokens,
    spanType,
    ms,
    capsLine,
    (l) => ((phrases.get(foldWord(l)) ?? 0) & CALENDAR_BIT) !== 0,
  );
  // (a name the body makes known is not taken up in a credit either)
  if (skip.length) ms = ms.filter(kept);
  // "von Moltke" after "Jakob von Moltke", where the recognizer read "Moltke"
  ms = withSurnameParticles(ms, tokens);
  // "the L.A.-based artist" in an article that names Los Angeles
  ms = withAttachedInitials(tokens, ms);

  for (const m of ms) if (m.words.length >= 2) m.givenFirst = ctx.isFirstName(m.words[0]!);
  const group = groupMentions(ms, text);
  const byRoot = new Map<number, NameMention[]>();
  ms.forEach((m, i) => {
    const r = group[i]!;
    const list = byRoot.get(r);
    if (list) list.push(m);
    else byRoot.set(r, [m]);
  });

  const mentionStart = new Uint8Array(n);
  const inMention = new Uint8Array(n);
  for (const m of ms) {
    mentionStart[m.first] = 1;
    if (m.type === 'PER') inMention.fill(1, m.first, m.last);
  }
  const placeOrOrgEnd = new Int32Array(n);
  for (const m of ms) if (m.type !== 'PER') placeOrOrgEnd[m.first] = Math.max(placeOrOrgEnd[m.first]!, m.last);
  const roleCtx: RoleContext = { text, tokens, sentLast, mentionStart, inPersonName: inMention, placeOrOrgEnd };

  // a "person" that is only a title ("Admiral" read alone) is no name, unless it was a surname ("Major")
  const junk: JunkContext = {
    text,
    tokens,
    sentFirst,
    isKnownName: (l) => ((phrases.get(foldWord(l)) ?? 0) & (PLACE_BITS | ORG_BITS | FIRST_NAME_BIT)) !== 0,
  };
  const groups = [...byRoot.values()]
    .filter((list) => !list.every((m) => m.titleOnly) && !isJunkName(list, junk))
    .map((list) => list.sort((a, b) => a.start - b.start));
  groups.sort((a, b) => a[0]!.start - b[0]!.start);
  // a name the article defines as a work, an event or a people ("… is the sixth album by …")
  // is none of the three kinds, like the recognizer's MISC spans
  const typeCtx: ContextTypeContext = {
    tokens,
    sentLast,
    isCountryOrRegion: (p) => ((phrases.get(foldWord(p)) ?? 0) & COUNTRY_REGION_BITS) !== 0,
    isFirstName: ctx.isFirstName,
    isPlaceName: (p) => ((phrases.get(foldWord(p)) ?? 0) & PLACE_BITS) !== 0,
    isBodyName: (p) => ((phrases.get(foldWord(p)) ?? 0) & ORG_BITS) !== 0,
    sportsText: sportsDensity(tokens) >= SPORTS_CUES_PER_100_WORDS,
    spanType,
  };
  const built = groups
    .map((list) => buildEntity(text, list, roleCtx, ctx.isFirstName, typeCtx))
    .filter((e): e is Entity => e !== null);
  // "… Instagram … . But the Facebook-owned company has …"
  addDefiniteRoles(roleCtx, built);
  const ids = assignIds(built.map((e) => e.name));
  built.forEach((e, i) => (e.id = ids[i]!));
  return built;
}

function surface(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\s+/g, ' ');
}

/** Per token: does it stand in a line written in capitals (headline, table)? */
function capsLines(tokens: RoleContext['tokens'], sentences: Recognition['sentences']): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const s of sentences) {
    let words = 0;
    let caps = 0;
    for (let i = s.first; i < s.last; i++) {
      const w = tokens[i]!.text;
      if (w.length < 2) continue;
      const k = letterCase(w);
      if (k === 0) continue;
      words++;
      if (k === 1) caps++;
    }
    if (words >= 2 && caps * 10 >= words * 7) out.fill(1, s.first, s.last);
  }
  return out;
}

/** 0: no letter; 1: letters, none lowercase ("NATO", "U.S."); 2: some lowercase letter. */
function letterCase(w: string): number {
  let letters = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return 2;
    if (c >= 65 && c <= 90) letters = true;
    else if (c > 127) {
      // not ASCII: ask Unicode (the rest of the word included)
      if (!/\p{L}/u.test(w)) return 0;
      return w === w.toUpperCase() ? 1 : 2;
    }
  }
  return letters ? 1 : 0;
}

function toNameMention(tokens: RoleContext['tokens'], r: RawMention, capsLine: Uint8Array): NameMention | null {
  const words: string[] = [];
  const acronyms: boolean[] = [];
  let nick: string | null = null;
  let allCaps = true;
  let anyTitleFree = false;
  for (let i = r.first; i < r.last; i++) {
    const w = tokens[i]!.text;
    if (QUOTE_TOKENS.has(w) || !isWordToken(w)) continue;
    if (i > r.first && QUOTE_TOKENS.has(tokens[i - 1]!.text) && i + 1 < r.last && QUOTE_TOKENS.has(tokens[i + 1]!.text))
      nick = w.toLowerCase().replace(/\./g, '');
    const lower = w.toLowerCase();
    const norm = lower.includes('.') ? lower.replace(/\./g, '') : lower;
    if (!norm) continue;
    words.push(norm);
    acronyms.push(norm.length >= 2 && (w === w.toUpperCase() || /^(?:\p{Lu}\.){2,}$/u.test(w)) && w !== lower);
    if (allCaps && lower !== w && w !== w.toUpperCase()) allCaps = false;
    else if (lower === w && lower !== w.toUpperCase()) allCaps = false;
    if (!isTitleWord(w)) anyTitleFree = true;
  }
  if (words.length === 0) return null;
  const start = tokens[r.first]!.start;
  const end = tokens[r.last - 1]!.end;
  return {
    type: r.type,
    first: r.first,
    last: r.last,
    titleFirst: r.titleFirst,
    start,
    end,
    words,
    nick,
    allCaps,
    capsLine: capsLine[r.first] === 1,
    titleOnly: r.type === 'PER' && !anyTitleFree,
    acronyms,
  };
}

/**
 * Document consistency: a capitalised word that the recognizer tagged as a one-word name
 * somewhere is that name wherever it stands untagged; and "Trump-Maduro" names both men.
 */
function addConsistentMentions(
  text: string,
  tokens: RoleContext['tokens'],
  spanType: string[],
  ms: NameMention[],
  capsLine: Uint8Array,
  isCalendar: (lower: string) => boolean,
): NameMention[] {
  const single = new Map<string, MentionType>();
  const known = new Map<string, MentionType>();
  for (const m of ms) {
    if (m.words.length === 1) {
      const w = text.slice(m.start, m.end);
      if (!single.has(w)) single.set(w, m.type);
      if (!known.has(m.words[0]!)) known.set(m.words[0]!, m.type);
    } else if (m.type === 'PER') {
      const last = m.words[m.words.length - 1]!;
      if (!known.has(last)) known.set(last, 'PER');
    }
  }
  if (single.size === 0 && known.size === 0) return ms;
  // people's one-word names and surnames by their loose key (name-keys.ts)
  const personByLoose = new Map<string, string>();
  for (const [w, ty] of known) if (ty === 'PER' && w.length >= 5) personByLoose.set(looseWord(w), w);
  const variantOfPerson = (w: string): MentionType | undefined => {
    const lower = w.toLowerCase();
    const named = lower.length >= 5 ? personByLoose.get(looseWord(lower)) : undefined;
    return named !== undefined && named !== lower ? 'PER' : undefined;
  };
  const added: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tagged = spanType[i]!;
    if (tagged !== '' && tagged !== 'MISC') continue;
    const t = tokens[i]!;
    const w = t.text;
    if (w.length < 2 || !isCapitalized(w)) continue;
    // a spelling variant of a person's one-word name counts as the name ("Garett" for "Garrett")
    const variant = single.has(w) ? undefined : variantOfPerson(w);
    const ty = single.get(w) ?? variant;
    // the recognizer may take the unknown spelling for a name of another kind on its own
    const after = i + 1 < tokens.length && /^['’]s$/.test(tokens[i + 1]!.text) ? i + 2 : i + 1;
    const miscAlone = tagged === 'MISC' && spanType[i - 1] !== 'MISC' && spanType[after] !== 'MISC';
    // people only: propagating place/organisation readings spread errors (measured on dev and wikigold train)
    if (
      ty === 'PER' &&
      w.length >= 3 &&
      (tagged === '' || (variant && miscAlone)) &&
      !capsLine[i] &&
      !isCalendar(w.toLowerCase()) &&
      !CALENDAR_WORDS.has(w)
    ) {
      added.push(mentionAt(t.start, t.end, i, ty, w, false));
      continue;
    }
    if (w.includes('-')) {
      const parts = w.split('-');
      if (parts.length >= 2 && parts.every((p) => p.length > 1 && isCapitalized(p) && known.has(p.toLowerCase()))) {
        let off = t.start;
        for (const p of parts) {
          added.push(mentionAt(off, off + p.length, i, known.get(p.toLowerCase())!, p, capsLine[i] === 1));
          off += p.length + 1;
        }
      }
    }
  }
  if (added.length === 0) return ms;
  return [...ms, ...added].sort((a, b) => a.start - b.start);
}

function mentionAt(
  start: number,
  end: number,
  tok: number,
  type: MentionType,
  w: string,
  capsLine: boolean,
): NameMention {
  const norm = w.toLowerCase().replace(/\./g, '');
  return {
    type,
    first: tok,
    last: tok + 1,
    titleFirst: tok,
    start,
    end,
    words: [norm],
    nick: null,
    allCaps: w === w.toUpperCase(),
    capsLine,
    titleOnly: false,
  };
}

function buildEntity(
  text: string,
  list: NameMention[],
  roleCtx: RoleContext,
  isFirstName: (lower: string) => boolean,
  typeCtx: ContextTypeContext,
): Entity | null {
  // type: a full personal name makes a person; otherwise the majority of mentions
  let type: MentionType;
  // unsure: the mentions were read as different kinds and nothing below settles it
  let uncertain = false;
  if (list.some((m) => m.type === 'PER' && m.words.length >= 2)) type = 'PER';
  else {
    uncertain = new Set(list.map((m) => m.type)).size > 1;
    // the fullest forms decide ("United States" over its acronym "US"), then the majority
    const maxWords = Math.max(...list.map((m) => m.words.length));
    const votes = new Map<MentionType, number>();
    for (const m of list) if (m.words.length === maxWords) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
    type = list[0]!.type;
    for (const [t, v] of votes) if (v > (votes.get(type) ?? 0)) type = t;
  }
  // a company the recognizer never saw, read as a person ("Kroger", "Northrop Grumman")
  if (type === 'PER' && isCompanyReadAsPerson(list, isFirstName)) type = 'ORG';
  // what the words around the name say it is ("the novel X", "X, California", "the band X")
  const fromContext = typeFromContext(list, type, typeCtx);
  if (fromContext === 'MISC') return null;
  if (fromContext !== null && fromContext !== type) {
    type = fromContext;
    uncertain = false;
  }
  // the article's own definition of the name ("Cary Towne Center is a shopping mall"), where it
  // gives one, over what the mentions say; a work or an event is none of the three kinds
  for (const m of list) {
    const defined = definedType(roleCtx, m.first, m.last);
    if (defined === 'MISC') return null;
    if (defined) {
      type = defined;
      uncertain = false;
      break;
    }
  }
  // canonical: the fullest proper form (most words, not all capitals), earliest on ties
  let best = list[0]!;
  for (const m of list) {
    if (m.words.length > best.words.length || (m.words.length === best.words.length && best.allCaps && !m.allCaps))
      best = m;
    // an abbreviation gives way to the word it shortens ("Calif." / "California")
    else if (
      m.words.length === 1 &&
      best.words.length === 1 &&
      m.words[0]!.length > best.words[0]!.length &&
      m.words[0]!.startsWith(best.words[0]!)
    )
      best = m;
  }
  const name = surface(text, best.start, best.end);
  const aliases: string[] = [];
  const seen = new Set<string>([name]);
  const mentions: Mention[] = [];
  let title: string | null = null;
  let before: string | null = null;
  let desc: string | null = null;
  /** the body a person is "of" ("of the Pittsburgh Post-Gazette"), or "at" after a description */
  let affiliation: string | null = null;
  let ofBody: string | null = null;
  let tag: string | null = null;
  const kind = type === 'PER' ? 'person' : 'org';
  for (const m of list) {
    const s = surface(text, m.start, m.end);
    mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    if (m.titleFirst < m.first) {
      const titled = surface(text, roleCtx.tokens[m.titleFirst]!.start, m.end);
      if (!seen.has(titled)) {
        seen.add(titled);
        aliases.push(titled);
      }
      if (title === null) {
        title = titleBefore(roleCtx, m.titleFirst, m.first);
        // "Rep. Ilhan Omar (D-Minn.)": the party tag goes with the title
        if (title) tag = partyTagAt(roleCtx, m.last)?.text ?? null;
      }
    }
    // "Jane Holt (R-Texas) said": a party tag without a title is a role too
    if (tag === null && kind === 'person') tag = partyTagAt(roleCtx, m.last)?.text ?? null;
    if (!seen.has(s)) {
      seen.add(s);
      aliases.push(s);
    }
    if (before === null) {
      // an honorific alone ("Sir", "Dr.") is no title: a description may stand before it
      const titled = kind === 'person' && m.titleFirst < m.first && !namesInside(roleCtx, m.titleFirst, m.first);
      const honorific = titled && titleBefore(roleCtx, m.titleFirst, m.first) === null;
      before = honorific
        ? descriptorBefore(roleCtx, m.titleFirst, m.titleFirst, kind)
        : descriptorBefore(roleCtx, titled ? m.titleFirst : m.first, m.first, kind, type === 'LOC');
      // "the immunologist De’Broski Herbert at the University of Pennsylvania"
      if (before !== null && kind === 'person') affiliation = affiliationAfter(roleCtx, m.last, true);
    }
    if (kind === 'person')
      ofBody ??= affiliationAfter(roleCtx, m.last, false) ?? sharedAffiliationAfter(roleCtx, m.last);
    if (desc === null && m.last > m.first) desc = descriptionAfter(roleCtx, m.last, type === 'PER');
    // "the Interfax news agency", "the remote Russian Tuva region"
    if (desc === null && before === null && kind === 'org')
      desc =
        kindAfter(roleCtx, m.first, m.last, type === 'LOC', m.words.length) ??
        kindNamedLater(roleCtx, m.last, type === 'LOC');
  }
  // a description before the name ends with its title when there is one ("Steelers defensive captain")
  const lead = before ?? (title && tag ? `${title} ${tag}` : (title ?? tag));
  const role =
    [lead && affiliation ? `${lead} ${affiliation}` : (lead ?? ofBody), desc]
      .filter((x): x is string => !!x)
      // "Jo Hale, 55, of Leeds,": the body after the name and the appositive may be the same words
      .filter((x, k, all) => all.indexOf(x) === k)
      .join('; ') || null;
  const entity: Entity = { id: '', name, type: TYPE_NAME[type], aliases, role, mentions, notes: [] };
  if (uncertain) entity.typeUncertain = true;
  return entity;
}
