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
import type { Entity, TextSpan } from '../../analysis/contract';
import { inSpans } from '../spans';
import type { NerModel } from '../ner/model';
import { GAZ_LISTS } from '../ner/gazetteer';
import { foldWord } from '../ner/fold';
import { recognize, type Recognition } from '../ner/recognize';
import { groupMentions, type NameMention } from './aliases';
import { spansToMentions, type MentionContext } from './mentions';
import type { RoleContext } from './role-context';
import { addDefiniteRoles } from './definite-roles';
import { isJunkName, type JunkContext } from './junk';
import { assignIds } from './ids';
import { withSurnameParticles } from './particle-surnames';
import { reviseSpans } from './revise';
import { joinAndNames, joinCompanyNames, joinGroupNames, splitAtLineBreaks } from './boundaries';
import { joinBodyHeads } from './body-heads';
import { withAttachedInitials } from './attached-initials';
import { withoutGluedVerb } from './glued';
import { placesOutsideSport, sportsDensity, SPORTS_CUES_PER_100_WORDS } from './sport-places';
import { placesBeforePartyMembers } from './party-members';
import type { ContextTypeContext } from './context-types';
import { capsLines, toNameMention } from './name-mentions';
import { addConsistentMentions } from './consistent-mentions';
import { buildEntity } from './build-entity';

const DEMONYM_BIT = 1 << GAZ_LISTS.indexOf('demonym');
const FIRST_NAME_BIT = 1 << GAZ_LISTS.indexOf('firstName');
const CALENDAR_BIT = 1 << GAZ_LISTS.indexOf('calendar');
const PLACE_BITS = (['city', 'country', 'region', 'place'] as const).reduce(
  (b, l) => b | (1 << GAZ_LISTS.indexOf(l)),
  0,
);
const COUNTRY_REGION_BITS = (1 << GAZ_LISTS.indexOf('country')) | (1 << GAZ_LISTS.indexOf('region'));
const ORG_BITS = (1 << GAZ_LISTS.indexOf('organization')) | (1 << GAZ_LISTS.indexOf('sportsTeam'));

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
