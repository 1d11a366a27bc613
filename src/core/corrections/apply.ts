/**
 * Analysis + the reader's corrections -> the analysis as the reader corrected it. Pure: the input
 * is not changed, and the same input gives the same output, so the page, the sidebar, the
 * highlights and the Markdown export all see one corrected reading.
 *
 * Corrections apply in the order they were made. One that finds no entity of its name on this
 * page (or holds on another site) does nothing. Each entity a correction changed carries a mark
 * saying so; hidden entities are kept aside, with the correction that hid them, to be shown again.
 */
import type { Analysis, Entity, Mention, Note, Quote } from '../analysis/contract';
import { nameKey } from './name-key';
import type { Correction, CorrectionMark } from './types';

export interface CorrectedEntity extends Entity {
  /** The reader's corrections that changed this entity, oldest first. */
  corrections?: CorrectionMark[];
}

export interface HiddenEntity {
  entity: CorrectedEntity;
  correctionId: string;
  site: string | null;
}

export interface CorrectedAnalysis extends Analysis {
  entities: CorrectedEntity[];
  /** Entities the reader hid, in the order they were hidden. */
  hidden?: HiddenEntity[];
}

/** Whether a correction holds on `site` (siteOf(location.hostname)). */
export function holdsOn(c: Correction, site: string): boolean {
  return c.site === null || c.site === site;
}

export function applyCorrections(
  analysis: Analysis,
  corrections: readonly Correction[],
  site: string,
): CorrectedAnalysis {
  const active = corrections.filter((c) => holdsOn(c, site)).sort((a, b) => a.at - b.at);
  if (active.length === 0 || analysis.unsupported) return analysis;

  let entities: CorrectedEntity[] = analysis.entities.map((e) => ({
    ...e,
    aliases: [...e.aliases],
    mentions: [...e.mentions],
    notes: [...e.notes],
  }));
  let quotes: Quote[] = analysis.quotes.map((q) => (q.speaker ? { ...q, speaker: { ...q.speaker } } : q));
  let demonyms = analysis.demonyms?.map((d) => ({ ...d }));
  const hidden: HiddenEntity[] = [];
  const usedIds = new Set(entities.map((e) => e.id));

  const mark = (e: CorrectedEntity, c: Correction, kind: CorrectionMark['kind'], detail: string, to?: string) => {
    e.corrections = [
      ...(e.corrections ?? []),
      { correctionId: c.id, kind, site: c.site, detail, ...(to ? { to } : {}) },
    ];
  };
  /** Points quotes and demonyms at another entity (or at none). */
  const relinkQuotes = (from: string, to: string | null, which: (q: Quote) => boolean = () => true) => {
    quotes = quotes.map((q) =>
      q.speaker?.entityId === from && which(q) ? { ...q, speaker: { ...q.speaker, entityId: to } } : q,
    );
  };
  const relink = (from: string, to: string | null) => {
    relinkQuotes(from, to);
    demonyms = demonyms?.map((d) => (d.entityId === from ? { ...d, entityId: to } : d));
  };

  for (const c of active) {
    const target = findEntity(entities, c.name);
    if (!target) continue;
    switch (c.kind) {
      case 'type':
        if (target.type === c.type) break;
        mark(target, c, 'type', target.type, c.type);
        target.type = c.type;
        break;
      case 'hide':
        entities = entities.filter((e) => e !== target);
        relink(target.id, null);
        hidden.push({ entity: target, correctionId: c.id, site: c.site });
        break;
      case 'merge': {
        const into = findEntity(entities, c.into);
        if (!into || into === target) break;
        into.mentions = mergeMentions(into.mentions, target.mentions);
        into.aliases = uniqueNames([...into.aliases, target.name, ...target.aliases], into.name);
        into.notes = uniqueNotes([...into.notes, ...target.notes]);
        into.role ??= target.role;
        // What was corrected on the one merged in stays visible (and undoable) on the result.
        into.corrections = [...(into.corrections ?? []), ...(target.corrections ?? [])];
        mark(into, c, 'merge', target.name);
        entities = entities.filter((e) => e !== target);
        relink(target.id, into.id);
        break;
      }
      case 'split': {
        const key = nameKey(c.alias);
        if (key === '' || key === nameKey(target.name)) break;
        const moved = target.mentions.filter((m) => nameKey(m.text) === key);
        const wasAlias = target.aliases.some((a) => nameKey(a) === key);
        if (moved.length === 0 && !wasAlias) break;
        const id = freshId(`${target.id}--${slug(c.alias)}`, usedIds);
        const apart: CorrectedEntity = {
          id,
          name: c.alias.trim(),
          type: target.type,
          aliases: [],
          role: null,
          mentions: moved,
          notes: [],
        };
        target.mentions = target.mentions.filter((m) => !moved.includes(m));
        target.aliases = target.aliases.filter((a) => nameKey(a) !== key);
        mark(target, c, 'split', apart.name);
        mark(apart, c, 'split-from', target.name);
        // A quote follows its speaker's words: attributed through a moved mention, or by that name.
        const overlapsMoved = (q: Quote) => {
          const s = q.speaker!;
          if (s.mention) return moved.some((m) => m.start < s.mention!.end && s.mention!.start < m.end);
          return nameKey(s.name) === key;
        };
        relinkQuotes(target.id, id, overlapsMoved);
        entities.splice(entities.indexOf(target) + 1, 0, apart);
        break;
      }
    }
  }

  const out: CorrectedAnalysis = { ...analysis, entities, quotes };
  if (demonyms) out.demonyms = demonyms;
  if (hidden.length) out.hidden = hidden;
  return out;
}

/** The entity a correction names: by its name first, then by one of its other names. */
export function findEntity<E extends Entity>(entities: readonly E[], name: string): E | undefined {
  const key = nameKey(name);
  return (
    entities.find((e) => nameKey(e.name) === key) ?? entities.find((e) => e.aliases.some((a) => nameKey(a) === key))
  );
}

function mergeMentions(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return [...a, ...b]
    .sort((x, y) => x.start - y.start || y.end - x.end)
    .filter((m) => {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

function uniqueNames(names: readonly string[], own: string): string[] {
  const seen = new Set([nameKey(own)]);
  return names.filter((n) => {
    const k = nameKey(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function uniqueNotes(notes: readonly Note[]): Note[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const k = `${n.source}\n${n.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function slug(s: string): string {
  return (
    nameKey(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'name'
  );
}

function freshId(base: string, used: Set<string>): string {
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  return id;
}
