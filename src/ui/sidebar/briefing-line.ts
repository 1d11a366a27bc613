/**
 * The briefing line at the top of the sidebar, from the analysis alone (offline): who the article
 * is about (its most present people, with the roles it gives them), who is quoted most with their
 * first full quote, and where it happens. Pure, shared by the sidebar and the Markdown export.
 *
 * It says less when the article gives less: a person named once is not what an article is
 * "about", a place named once is not where it happens, and a speaker quoted only in fragments has
 * no full quote to show. Nothing is inferred beyond what the analysis holds.
 */
import type { Analysis, ArticleBlock, Entity, Quote } from '../../core/analysis/contract';
import { sortByMentions } from './model';

export interface BriefPerson {
  entityId: string;
  name: string;
  role: string | null;
}

export interface BriefSpeaker {
  entityId: string | null;
  name: string;
  role: string | null;
}

export interface BriefingLine {
  /** The most present people, most mentioned first (none named at least twice: empty). */
  about: BriefPerson[];
  /** Who is quoted most; several when tied (at most three). */
  quoted: {
    speakers: BriefSpeaker[];
    /** Quotes each of them has (the same for all when tied). */
    count: number;
    /** The first speaker's first full quote (index into analysis.quotes), or null if only partial ones. */
    quote: { index: number; text: string } | null;
  } | null;
  /** Where it happens: the dateline's place first, then places named at least twice (at most three). */
  places: Array<{ entityId: string; name: string }>;
}

const MAX_PEOPLE = 3;
const MAX_PLACES = 3;
const MAX_SPEAKERS = 3;

export interface ArticleTextInfo {
  text: string;
  blocks?: readonly ArticleBlock[];
}

/** The briefing line, or null when there is no analysis to read (an unsupported language). */
export function briefingLine(analysis: Analysis, article?: ArticleTextInfo): BriefingLine | null {
  if (analysis.unsupported) return null;
  return {
    about: aboutPeople(analysis.entities),
    quoted: mostQuoted(analysis.quotes, analysis.entities),
    places: wherePlaces(analysis.entities, article),
  };
}

function aboutPeople(entities: readonly Entity[]): BriefPerson[] {
  const people = sortByMentions(entities.filter((e) => e.type === 'person' && e.mentions.length >= 2));
  const top = people[0]?.mentions.length ?? 0;
  // Beside the most present person, only those named about half as often or more.
  const floor = Math.max(2, Math.ceil(top / 2));
  return people
    .filter((e) => e.mentions.length >= floor)
    .slice(0, MAX_PEOPLE)
    .map((e) => ({ entityId: e.id, name: e.name, role: e.role }));
}

function mostQuoted(quotes: readonly Quote[], entities: readonly Entity[]): BriefingLine['quoted'] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const groups = new Map<string, { speaker: BriefSpeaker; indexes: number[] }>();
  quotes.forEach((q, index) => {
    const s = q.speaker;
    if (!s) return;
    const entity = s.entityId ? byId.get(s.entityId) : undefined;
    const key = entity ? `e:${entity.id}` : `n:${s.name.trim().toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        speaker: { entityId: entity?.id ?? null, name: entity?.name ?? s.name.trim(), role: entity?.role ?? null },
        indexes: [],
      };
      groups.set(key, g);
    }
    g.indexes.push(index);
  });
  if (groups.size === 0) return null;
  // Most quotes first; a tie goes to whoever is quoted first (Map keeps first-quote order).
  const ranked = [...groups.values()].sort((a, b) => b.indexes.length - a.indexes.length);
  const count = ranked[0]!.indexes.length;
  const tied = ranked.filter((g) => g.indexes.length === count).slice(0, MAX_SPEAKERS);
  const firstFull = tied[0]!.indexes.find((i) => quotes[i]!.kind === 'full');
  return {
    speakers: tied.map((g) => g.speaker),
    count,
    quote: firstFull === undefined ? null : { index: firstFull, text: quoteWords(quotes[firstFull]!.text) },
  };
}

function wherePlaces(entities: readonly Entity[], article: ArticleTextInfo | undefined): BriefingLine['places'] {
  const places = entities.filter((e) => e.type === 'place');
  const out: Entity[] = [];
  const dateline = datelinePlace(places, article);
  if (dateline) out.push(dateline);
  for (const e of sortByMentions(places.filter((p) => p.mentions.length >= 2))) {
    if (out.length >= MAX_PLACES) break;
    if (!out.includes(e)) out.push(e);
  }
  return out.map((e) => ({ entityId: e.id, name: e.name }));
}

/** The place a dateline ("CARACAS, Dec 2 (Reuters) –") names, when the article names it too. */
function datelinePlace(places: readonly Entity[], article: ArticleTextInfo | undefined): Entity | undefined {
  const block = article?.blocks?.find((b) => b.kind === 'dateline');
  if (!block || !article) return undefined;
  const line = article.text.slice(block.start, block.end).toLowerCase();
  return places.find((p) =>
    [p.name, ...p.aliases].some(
      (n) => n.length > 2 && new RegExp(`(^|[^\\p{L}])${escapeRegExp(n.toLowerCase())}([^\\p{L}]|$)`, 'u').test(line),
    ),
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The quote's words without its own quotation marks and trailing comma ("…too," he said). */
function quoteWords(text: string): string {
  let t = text.trim();
  if (t.length >= 2 && OPENERS.includes(t[0]!) && CLOSERS.includes(t[t.length - 1]!)) t = t.slice(1, -1).trim();
  return t.replace(/[,;:]$/, '').trim();
}
const OPENERS = '"“„«‘\'';
const CLOSERS = '"”»’\'';

/** At most `max` characters, cut after a sentence or at a word, with an ellipsis when cut. */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  if (sentence > max / 3) return `${cut.slice(0, sentence + 1)} …`;
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max / 2 ? cut.slice(0, sp) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const personText = (p: { name: string; role: string | null }) => (p.role ? `${p.name} (${p.role})` : p.name);

/**
 * The role to give beside the one most quoted speaker: none when "About" gave it already (the
 * same person's long role twice in three lines), none for several speakers tied.
 */
export function quotedSpeakerRole(b: BriefingLine): string | null {
  const speakers = b.quoted?.speakers ?? [];
  const s = speakers[0];
  if (speakers.length !== 1 || !s?.role) return null;
  return s.entityId !== null && b.about.some((p) => p.entityId === s.entityId) ? null : s.role;
}

/** "A, B and C" */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The line as plain sentences, in order: about, quoted, where; or one sentence saying the article
 * gives too little. `quoteMax` clips the quote (the sidebar's line); the export gives it whole.
 */
export function briefingSentences(b: BriefingLine, quoteMax = Infinity): string[] {
  const out: string[] = [];
  if (b.about.length) out.push(`About ${joinNames(b.about.map(personText))}.`);
  if (b.quoted) out.push(quotedSentence(b.quoted, quotedSpeakerRole(b), quoteMax));
  if (b.places.length) out.push(`Where: ${joinNames(b.places.map((p) => p.name))}.`);
  if (out.length === 0) out.push(TOO_LITTLE);
  return out;
}

export const TOO_LITTLE =
  'Too little to sum up: no one is named twice, no quote is attributed, no place is named twice.';

function quotedSentence(q: NonNullable<BriefingLine['quoted']>, role: string | null, quoteMax: number): string {
  const n = q.count === 1 ? 'once' : `${q.count} times`;
  const who =
    q.speakers.length > 1
      ? `${joinNames(q.speakers.map((s) => s.name))} (${n} each)`
      : `${personText({ name: q.speakers[0]!.name, role })}, ${n}`;
  const lead =
    q.speakers.length > 1 ? 'Quoted most' : q.count === 1 && q.speakers.length === 1 ? 'Quoted' : 'Quoted most';
  if (!q.quote) return `${lead}: ${who}, in partial quotes only.`;
  const first = q.speakers.length > 1 ? `${q.speakers[0]!.name} first` : 'first';
  return `${lead}: ${who}; ${first}: “${clipWords(q.quote.text, quoteMax)}”`;
}
