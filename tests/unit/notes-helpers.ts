/** Shared helpers for the notes tests: the example article's text and hand-built entities. */
import { JSDOM } from 'jsdom';
import type { Entity, EntityType, Quote } from '../../src/core/analysis/contract';
import { exampleHtml } from '../helpers/fixtures';

/** The example article's paragraphs, joined as the article extractor joins them. */
export function exampleText(): string {
  const doc = new JSDOM(exampleHtml()).window.document;
  return [...doc.querySelectorAll('article p')]
    .map((p) => p.textContent?.trim() ?? '')
    .filter((t) => t && !/^(Americas|By World Desk)/.test(t) && t !== '(With agency inputs)')
    .join('\n\n');
}

/** An entity whose mentions are every whole-word occurrence of its surface forms. */
export function entity(
  text: string,
  id: string,
  name: string,
  type: EntityType,
  role: string | null = null,
  surfaces: string[] = [name],
): Entity {
  const mentions: Entity['mentions'] = [];
  for (const s of surfaces) {
    const re = new RegExp(`(?<![\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (!mentions.some((x) => x.start < start + s.length && start < x.end))
        mentions.push({ start, end: start + s.length, text: s });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id, name, type, aliases: surfaces.filter((s) => s !== name), role, mentions, notes: [] };
}

export function quote(text: string, startsWith: string, speakerId: string | null, kind: Quote['kind'] = 'full'): Quote {
  const start = text.indexOf(startsWith);
  if (start < 0) throw new Error(`no quote ${startsWith}`);
  const end = start + startsWith.length;
  return {
    text: startsWith,
    start,
    end,
    spans: [{ start, end }],
    kind,
    speaker: speakerId ? { entityId: speakerId, name: speakerId, mention: null } : null,
    cue: 'said',
  };
}
