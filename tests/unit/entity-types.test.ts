/**
 * The one list of entity types: every table that names the types is built from it, so a type
 * added to the list is handled everywhere. Here a copy of the list gains a type ("event"), and
 * each table built from that copy gives it a label, a highlight, a tab, a Markdown section, and a
 * Wikipedia message schema that accepts it.
 */
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPE_NAMES,
  ENTITY_TYPES,
  highlightNames,
  NOTE_SOURCES,
  perSource,
  perType,
  tabTypes,
  typeLabels,
  type EntityTypeInfo,
} from '../../src/core/analysis/entity-types';
import { isAnalysisOf } from '../../src/protocol/payloads';
import type { Entity } from '../../src/core/analysis/contract';
import { entitySections } from '../../src/ui/sidebar/briefing';
import { TYPE_LABELS } from '../../src/ui/sidebar/model';
import { HIGHLIGHT_NAMES } from '../../src/core/style/highlight-css';
import { parseWikipediaRequest, WIKIPEDIA_LOOKUP, wikipediaRequestSchemas } from '../../src/protocol/wikipedia';
import { parseWith } from '../../src/protocol/kit';

const EVENT: EntityTypeInfo = {
  type: 'event',
  one: 'Event',
  many: 'Events',
  heading: 'Events',
  kind: 'event',
  tab: true,
};
const withEvent: readonly EntityTypeInfo[] = [...ENTITY_TYPES, EVENT];

const lookup = (entityType: string) => ({
  type: WIKIPEDIA_LOOKUP,
  requestId: 'card-1',
  name: 'Battle of Hastings',
  entityType,
  context: { role: null, otherNames: [], keywords: [], hintTitle: null },
});

describe('a type added to the list of entity types', () => {
  it('gets its labels', () => {
    expect(typeLabels(withEvent).event).toEqual({ one: 'Event', many: 'Events' });
  });

  it('gets a highlight of its own in the page', () => {
    const names = highlightNames(withEvent);
    expect(names.event).toBe('gloss-event');
    expect(new Set(Object.values(names)).size).toBe(Object.values(names).length);
  });

  it('gets a tab in the sidebar when the list says so', () => {
    expect(tabTypes(withEvent)).toEqual(['person', 'organization', 'place', 'event']);
    expect(tabTypes([...ENTITY_TYPES, { ...EVENT, tab: false }])).toEqual(['person', 'organization', 'place']);
  });

  it('gets a section of the Markdown briefing', () => {
    const e = {
      id: 'hastings',
      name: 'Battle of Hastings',
      type: 'event',
      aliases: [],
      role: null,
      mentions: [{ start: 0, end: 18, text: 'Battle of Hastings' }],
      notes: [],
    };
    const lines = entitySections([e as unknown as Entity], withEvent);
    expect(lines).toContain('## Events');
    expect(lines.join('\n')).toContain('Battle of Hastings');
    // Without the type in the list there is no section for it.
    expect(entitySections([e as unknown as Entity])).toEqual([]);
  });

  it('is accepted by the Wikipedia messages built from the list, and by no other', () => {
    const req = lookup('event');
    expect(parseWith(wikipediaRequestSchemas(typeNamesOf(withEvent))[WIKIPEDIA_LOOKUP], req)).toMatchObject({
      entityType: 'event',
    });
    expect(parseWikipediaRequest(req)).toBeNull();
  });
});

describe('the tables built from the list in use', () => {
  it('name every type, and only those', () => {
    const names = [...ENTITY_TYPE_NAMES].sort();
    expect(Object.keys(TYPE_LABELS).sort()).toEqual(names);
    expect(
      Object.keys(HIGHLIGHT_NAMES)
        .filter((k) => k !== 'quote' && k !== 'flash')
        .sort(),
    ).toEqual(names);
    expect(Object.keys(perType(ENTITY_TYPES, () => 0)).sort()).toEqual(names);
    for (const t of ENTITY_TYPE_NAMES) expect(parseWikipediaRequest(lookup(t))).not.toBeNull();
  });

  it('let the analysis check accept every type and note source of the lists', () => {
    const text = 'Some name here.';
    for (const type of ENTITY_TYPE_NAMES) {
      for (const source of NOTE_SOURCES.map((s) => s.source)) {
        const analysis = {
          entities: [
            {
              id: 'x',
              name: 'Some',
              type,
              aliases: [],
              role: null,
              mentions: [{ start: 0, end: 4, text: 'Some' }],
              notes: [{ source, text: 'n' }],
            },
          ],
          quotes: [],
          demonyms: [],
        };
        expect(isAnalysisOf(analysis, text.length), `${type} / ${source}`).toBe(true);
      }
    }
    expect(Object.keys(perSource(NOTE_SOURCES, (s) => s.briefingLabel))).toEqual(['article', 'bundled', 'wikipedia']);
  });
});

function typeNamesOf(list: readonly EntityTypeInfo[]): string[] {
  return list.map((t) => t.type);
}
