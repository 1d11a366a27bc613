/** Offline notes from bundled data: countries, US states, major cities and organisations. */
import type { Entity } from '../analysis/contract';
import { articleCues, matchNote, resolveBundled, type ArticleCues } from './bundled/resolve';

export function addBundledNotes(text: string, entities: Entity[], cues: ArticleCues = articleCues(text)): void {
  for (const e of entities) {
    const m = resolveBundled(e, cues);
    if (m) e.notes.push({ source: 'bundled', text: matchNote(m) });
  }
}

/**
 * The Wikipedia title the bundled data gives this entity, if it names exactly one thing: a
 * strong hint for choosing among Wikipedia's candidates.
 */
export function bundledWikiTitle(entity: Pick<Entity, 'name' | 'aliases' | 'type'>, text: string): string | null {
  const m = resolveBundled(entity, articleCues(text));
  return m && m.alternatives.length === 0 ? m.item.wiki : null;
}
