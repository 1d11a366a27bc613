/** A large synthetic analysis for the long-list tests (jsdom and real browsers): no DOM, no test runner. */
import type { Analysis, Entity, EntityType, Quote } from '../../src/core/analysis/contract';

/** A large synthetic analysis (for the long-list test): `n` entities and `q` quotes. */
export function largeAnalysis(n: number, q: number): { text: string; analysis: Analysis } {
  const parts: string[] = [];
  const entities: Entity[] = [];
  let offset = 0;
  const types: EntityType[] = ['person', 'organization', 'place'];
  for (let i = 0; i < n; i++) {
    const name = `Name${i} Surname${i}`;
    const sentence = `${name} spoke about item ${i}.`;
    entities.push({
      id: `e${i}`,
      name,
      type: types[i % 3]!,
      aliases: [],
      role: i % 2 ? `role number ${i}` : null,
      mentions: [{ start: offset, end: offset + name.length, text: name }],
      notes: [],
    });
    parts.push(sentence);
    offset += sentence.length + 2;
  }
  const quotes: Quote[] = [];
  for (let i = 0; i < q; i++) {
    const t = `"Quoted words number ${i}," said Name${i % n} Surname${i % n}.`;
    quotes.push({
      text: `Quoted words number ${i},`,
      start: offset,
      end: offset + t.indexOf('said') - 1,
      spans: [{ start: offset, end: offset + t.indexOf('said') - 1 }],
      kind: 'full',
      speaker: i % 7 === 0 ? null : { entityId: `e${i % n}`, name: `Name${i % n} Surname${i % n}`, mention: null },
      cue: 'said',
    });
    parts.push(t);
    offset += t.length + 2;
  }
  return { text: parts.join('\n\n'), analysis: { entities, quotes } };
}
