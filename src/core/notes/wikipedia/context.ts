/**
 * The ranking context for an entity, built in the page from the analysis. It travels to the
 * background only (never to Wikipedia): role, the other entities' names, frequent words, and
 * the page the bundled data names.
 */
import type { Entity } from '../../analysis/contract';
import { bundledWikiTitle } from '../bundled-notes';
import { MAX_CONTEXT_ITEMS, MAX_NAME_CHARS, type LinkContext } from './summary';

const STOP = new Set(
  `about above after again against also although among another because been before being below between both could does doing down during each even every from further have having here hers herself himself however into itself just more most much must never only other ours over same should since some such than that their theirs them then there these they this those through under until upon very were what when where which while whom whose will with within without would your yours said says told according year years last first second people time like could make made news week month today reported report`.split(
    /\s+/,
  ),
);

/** The most frequent content words of `text` (lower case, 4+ letters), most frequent first. */
export function keywords(text: string, max = 20): string[] {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}{4,}/gu)) {
    const w = m[0];
    if (STOP.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) => w);
}

export function linkContextFor(entity: Entity, entities: readonly Entity[], text: string): LinkContext {
  const clip = (s: string) => s.slice(0, MAX_NAME_CHARS);
  return {
    role: entity.role ? clip(entity.role) : null,
    otherNames: entities
      .filter((e) => e.id !== entity.id)
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .slice(0, MAX_CONTEXT_ITEMS)
      .map((e) => clip(e.name)),
    keywords: keywords(text),
    hintTitle: bundledWikiTitle(entity, text),
  };
}
