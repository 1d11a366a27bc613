/**
 * View-model helpers over the analysis: counts, sorting, filtering, quote grouping, mention
 * context. Pure functions, shared by the views, the briefing and the tests.
 */
import type { Entity, EntityType, Quote } from '../../core/analysis/contract';
import { ENTITY_TYPES, perType, typeLabels, type TabType } from '../../core/analysis/entity-types';

/** The types with a list (a tab) of their own in the sidebar. */
export type ListType = TabType;

export function countByType(entities: readonly Entity[]): Record<EntityType, number> {
  const c: Record<EntityType, number> = perType(ENTITY_TYPES, () => 0);
  for (const e of entities) c[e.type] += 1;
  return c;
}

/** Most-mentioned first; ties in order of first appearance, then by name. */
export function sortByMentions(entities: readonly Entity[]): Entity[] {
  return [...entities].sort(
    (a, b) => b.mentions.length - a.mentions.length || firstOffset(a) - firstOffset(b) || a.name.localeCompare(b.name),
  );
}

function firstOffset(e: Entity): number {
  return e.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
}

/** Lower-cased, accents folded, so "rodriguez" finds "Rodríguez". */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Every whitespace-separated word of the query must occur somewhere in the haystack. */
export function matchesQuery(query: string, ...fields: Array<string | null | undefined>): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = foldForSearch(fields.filter(Boolean).join('\n'));
  return words.every((w) => hay.includes(w));
}

export function entityMatches(e: Entity, query: string): boolean {
  return matchesQuery(query, e.name, e.role, ...e.aliases);
}

export function quoteMatches(q: Quote, query: string, speakerRole: string | null): boolean {
  return matchesQuery(query, q.text, q.speaker?.name, speakerRole, q.cue);
}

export interface QuoteGroup {
  /** null for unattributed quotes. */
  key: string | null;
  name: string | null;
  entityId: string | null;
  items: Array<{ quote: Quote; index: number }>;
}

/**
 * Groups quotes by speaker, speakers in order of their first quote, unattributed last. Speakers
 * linked to an entity group by entity id; unlinked speakers by name.
 */
export function groupQuotesBySpeaker(
  quotes: readonly Quote[],
  entityName?: (id: string) => string | undefined,
): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  const unattributed: QuoteGroup = { key: null, name: null, entityId: null, items: [] };
  quotes.forEach((quote, index) => {
    const s = quote.speaker;
    if (!s) {
      unattributed.items.push({ quote, index });
      return;
    }
    const key = s.entityId ? `e:${s.entityId}` : `n:${s.name.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, name: (s.entityId && entityName?.(s.entityId)) || s.name, entityId: s.entityId, items: [] };
      groups.set(key, g);
    }
    g.items.push({ quote, index });
  });
  const out = [...groups.values()];
  if (unattributed.items.length) out.push(unattributed);
  return out;
}

export interface MentionContext {
  before: string;
  match: string;
  after: string;
  /** True when the line was cut at the start / end. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * One line of context around [start, end) in the article text: stays within the paragraph
 * (paragraphs are separated by blank lines), about `radius` characters each side, cut at a word
 * boundary.
 */
export function mentionContext(text: string, start: number, end: number, radius = 60): MentionContext {
  const paraStart = Math.max(0, text.lastIndexOf('\n', start - 1) + 1);
  const nl = text.indexOf('\n', end);
  const paraEnd = nl === -1 ? text.length : nl;
  let from = Math.max(paraStart, start - radius);
  let to = Math.min(paraEnd, end + radius);
  if (from > paraStart) {
    const sp = text.indexOf(' ', from);
    if (sp !== -1 && sp < start) from = sp + 1;
  }
  if (to < paraEnd) {
    const sp = text.lastIndexOf(' ', to);
    if (sp > end) to = sp;
  }
  return {
    before: text.slice(from, start).replace(/\s+/g, ' '),
    match: text.slice(start, end),
    after: text.slice(end, to).replace(/\s+/g, ' '),
    cutStart: from > paraStart,
    cutEnd: to < paraEnd,
  };
}

export const TYPE_LABELS: Record<EntityType, { one: string; many: string }> = typeLabels(ENTITY_TYPES);
