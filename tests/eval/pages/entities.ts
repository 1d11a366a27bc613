/**
 * Entities of one page against its reading: which Gloss entity stands for which read entity,
 * recall, precision (optional names left out), aliases merged, roles, people kept apart.
 * Pure: takes the article text and the entities, no corpus.
 */
import type { Entity } from '../../../src/core/analysis/contract';
import type { OptionalEntity, ReadEntity } from './readings';
import { normName, normSpace, occurrences, overlaps, roleTokens, tokenF1 } from './text';

/** The part of an entity the scorer reads (Gloss's Entity fits; so does the baseline's). */
export type ScoredEntity = Pick<Entity, 'id' | 'name' | 'type' | 'mentions'> & { role?: string | null };

export const SCORED_TYPES: readonly string[] = ['person', 'organization', 'place'];

interface Named {
  name: string;
  aliases: string[];
}

/** How well a Gloss entity stands for a named thing of the reading: 0 = not at all. */
export function standsFor(g: ScoredEntity, r: Named, text: string): number {
  const names = new Set([r.name, ...r.aliases].map(normName).filter(Boolean));
  let score = names.has(normName(g.name)) ? 1000 : 0;
  const spans = [r.name, ...r.aliases].flatMap((n) => occurrences(text, n));
  for (const m of g.mentions) {
    if (names.has(normName(m.text))) score += 2;
    else if (spans.some((s) => overlaps(s, m))) score += 1;
  }
  return score;
}

export interface EntityMatch {
  /** per read entity (same order): the Gloss entity matched to it, or null when missed */
  matched: (ScoredEntity | null)[];
  recall: { found: number; total: number };
  precision: { right: number; total: number };
  /** Gloss entities that stand for nothing read, and those that stand for a read entity of another type */
  spurious: ScoredEntity[];
  typeErrors: { gloss: ScoredEntity; read: ReadEntity }[];
  /** Gloss entities left out of precision (they stand for an optional name) */
  optional: ScoredEntity[];
}

export function matchEntities(
  text: string,
  gloss: ScoredEntity[],
  read: ReadEntity[],
  optional: OptionalEntity[],
): EntityMatch {
  const scored = gloss.filter((g) => SCORED_TYPES.includes(g.type));
  const matched = read.map((r) => {
    let best: ScoredEntity | null = null;
    let bestScore = 0;
    for (const g of scored) {
      if (g.type !== r.type) continue;
      const s = standsFor(g, r, text);
      if (s > bestScore) [best, bestScore] = [g, s];
    }
    return best;
  });
  const spurious: ScoredEntity[] = [];
  const typeErrors: { gloss: ScoredEntity; read: ReadEntity }[] = [];
  const optionalHit: ScoredEntity[] = [];
  let right = 0;
  for (const g of scored) {
    if (read.some((r) => r.type === g.type && standsFor(g, r, text) > 0)) right++;
    else if (optional.some((o) => standsFor(g, o, text) > 0)) optionalHit.push(g);
    else {
      const other = read.find((r) => standsFor(g, r, text) > 0);
      if (other) typeErrors.push({ gloss: g, read: other });
      else spurious.push(g);
    }
  }
  return {
    matched,
    recall: { found: matched.filter(Boolean).length, total: read.length },
    precision: { right, total: scored.length - optionalHit.length },
    spurious,
    typeErrors,
    optional: optionalHit,
  };
}

export interface AliasResult {
  merged: number;
  total: number;
  missed: { entity: string; alias: string }[];
}

/** Each alias (of a found read entity) that occurs in the text: merged when the matched Gloss entity has it as a mention or as its name. */
export function scoreAliases(text: string, read: ReadEntity[], matched: (ScoredEntity | null)[]): AliasResult {
  const out: AliasResult = { merged: 0, total: 0, missed: [] };
  read.forEach((r, i) => {
    const g = matched[i];
    if (!g) return;
    for (const alias of r.aliases) {
      if (normName(alias) === normName(r.name) || !standsAlone(text, alias, [r.name, ...r.aliases])) continue;
      out.total++;
      const n = normName(alias);
      if (normName(g.name) === n || g.mentions.some((m) => normName(m.text) === n)) out.merged++;
      else out.missed.push({ entity: r.name, alias });
    }
  });
  return out;
}

/** Whether `alias` occurs in the text other than inside an occurrence of a longer name of the same entity. */
export function standsAlone(text: string, alias: string, names: string[]): boolean {
  const longer = names
    .filter((n) => normSpace(n).length > normSpace(alias).length)
    .flatMap((n) => occurrences(text, n));
  return occurrences(text, alias).some((o) => !longer.some((l) => l.start <= o.start && o.end <= l.end));
}

/**
 * A role is right when the token F1 of the two (small words left out) is at least 0.5, against the
 * reading's whole role or any one of its "; "-joined descriptions (the article's several
 * descriptions are alternatives: Gloss giving one of them is right).
 */
export function roleRight(expected: string, got: string): boolean {
  const g = roleTokens(got);
  const parts = [expected, ...expected.split(';').filter((p) => p.trim())];
  return parts.some((p) => tokenF1(roleTokens(p), g) >= 0.5);
}

export interface RoleResult {
  right: number;
  total: number;
  wrong: { entity: string; expected: string; got: string | null }[];
  spurious: { entity: string; got: string }[];
}

/** Over found read entities with a role; Gloss roles where the reading has none are listed apart. */
export function scoreRoles(read: ReadEntity[], matched: (ScoredEntity | null)[]): RoleResult {
  const out: RoleResult = { right: 0, total: 0, wrong: [], spurious: [] };
  read.forEach((r, i) => {
    const g = matched[i];
    if (!g) return;
    const got = g.role?.trim() ? g.role : null;
    if (r.role) {
      out.total++;
      if (got && roleRight(r.role, got)) out.right++;
      else out.wrong.push({ entity: r.name, expected: r.role, got });
    } else if (got) out.spurious.push({ entity: r.name, got });
  });
  return out;
}

/** The read entity a name (its name or an alias) belongs to. */
export function entityByName(read: ReadEntity[], name: string): number {
  const n = normName(name);
  const exact = read.findIndex((r) => normName(r.name) === n);
  return exact >= 0 ? exact : read.findIndex((r) => r.aliases.some((a) => normName(a) === n));
}

export interface ApartResult {
  right: number;
  total: number;
  wrong: { pair: [string, string]; why: string }[];
}

/** Each pair: both found and matched to different Gloss entities. */
export function scoreApart(
  read: ReadEntity[],
  matched: (ScoredEntity | null)[],
  pairs: [string, string][],
): ApartResult {
  const out: ApartResult = { right: 0, total: pairs.length, wrong: [] };
  for (const pair of pairs) {
    const [a, b] = pair.map((n) => {
      const i = entityByName(read, n);
      return i >= 0 ? (matched[i] ?? null) : null;
    });
    if (!a || !b) out.wrong.push({ pair, why: `${!a && !b ? 'neither' : `"${!a ? pair[0] : pair[1]}" not`} found` });
    else if (a === b) out.wrong.push({ pair, why: `both are Gloss's "${a.name}"` });
    else out.right++;
  }
  return out;
}
