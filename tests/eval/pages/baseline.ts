/**
 * The baseline beside Gloss's entities: compromise (nlp(text).people() / .organizations() /
 * .places(), the usual in-browser choice) on the same article text. Its matches carry no entity
 * grouping, so matches of one type with the same normalised text become one entity.
 */
import nlp from 'compromise';
import type { ScoredEntity } from './entities';
import { normName } from './text';

interface CompromiseMatch {
  text: string;
  offset?: { start: number; length: number };
}

const TRAILING = /[\s,;:!?)\]"'\u2019\u201d-]+$/;
const LEADING = /^[\s("'\u2018\u201c[]+/;

export function compromiseEntities(text: string): ScoredEntity[] {
  if (!text) return [];
  const doc = nlp(text);
  const groups = new Map<string, ScoredEntity>();
  const kinds: [ScoredEntity['type'], { json(o: object): unknown }][] = [
    ['person', doc.people()],
    ['organization', doc.organizations()],
    ['place', doc.places()],
  ];
  for (const [type, view] of kinds) {
    for (const m of view.json({ offset: true }) as CompromiseMatch[]) {
      if (!m.offset) continue;
      let start = m.offset.start;
      let raw = text.slice(start, start + m.offset.length);
      const lead = LEADING.exec(raw)?.[0].length ?? 0;
      start += lead;
      raw = raw.slice(lead).replace(TRAILING, '');
      // a sentence's full stop, not an abbreviation's ("U.S.")
      if (/(?<!(?:^|[^\p{L}])\p{L})\.$/u.test(raw)) raw = raw.slice(0, -1).replace(TRAILING, '');
      const key = normName(raw);
      if (!key) continue;
      const id = `${type}:${key}`;
      let e = groups.get(id);
      if (!e) groups.set(id, (e = { id, name: raw, type, mentions: [], role: null }));
      e.mentions.push({ start, end: start + raw.length, text: raw });
    }
  }
  return [...groups.values()];
}
