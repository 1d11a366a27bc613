/**
 * A city named on its own is a club in sports reporting and a place elsewhere
 * (src/core/nlp/entities/sport-places.ts): the pure rule, and its place in the entity stage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entitiesFrom } from '../../src/core/nlp/entities';
import { placesOutsideSport, sportsDensity, SPORTS_CUES_PER_100_WORDS } from '../../src/core/nlp/entities/sport-places';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { recognize } from '../../src/core/nlp/ner/recognize';
import { tokenize } from '../../src/core/nlp/tokenize';
import type { NerSpan } from '../../src/core/nlp/ner/recognize';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));

const SINGER =
  'Alex Rowe is an English singer-songwriter from Liverpool, signed as a solo artist to a label in London.';
const MATCH = 'Liverpool beat Arsenal 2-1 in the league on Saturday, and the coach praised the squad.';
const places = new Set(['liverpool', 'london', 'arsenal']);
const orgs = new Set(['arsenal']);
const isPlaceOnly = (words: readonly string[]) => {
  const k = words.join(' ').toLowerCase();
  return places.has(k) && !orgs.has(k);
};

/** The spans of `names` in `text`, each typed ORG (as the recognizer reads a sports text). */
function orgSpans(text: string, names: string[]): { tokens: ReturnType<typeof tokenize>; spans: NerSpan[] } {
  const tokens = tokenize(text);
  const spans = names.map((n) => {
    const first = tokens.findIndex((t) => t.text === n);
    if (first < 0) throw new Error(`no token ${n}`);
    return { type: 'ORG', first, last: first + 1 };
  });
  return { tokens, spans };
}

describe('sportsDensity', () => {
  it('counts sports words and scores per 100 words', () => {
    expect(sportsDensity(tokenize(MATCH))).toBeGreaterThanOrEqual(SPORTS_CUES_PER_100_WORDS);
    expect(sportsDensity(tokenize(SINGER))).toBe(0);
    expect(sportsDensity([])).toBe(0);
  });
});

describe('placesOutsideSport', () => {
  it('reads a city named alone as a place outside sports reporting', () => {
    const { tokens, spans } = orgSpans(SINGER, ['Liverpool', 'London']);
    expect(placesOutsideSport(tokens, spans, isPlaceOnly).map((s) => s.type)).toEqual(['LOC', 'LOC']);
  });

  it('leaves the club reading in sports reporting', () => {
    const { tokens, spans } = orgSpans(MATCH, ['Liverpool', 'Arsenal']);
    expect(placesOutsideSport(tokens, spans, isPlaceOnly).map((s) => s.type)).toEqual(['ORG', 'ORG']);
  });

  it('leaves names the organisation lists hold, and other types, alone', () => {
    const text = 'Arsenal is also a district in London where Liverpool Street lies.';
    const tokens = tokenize(text);
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    const spans: NerSpan[] = [
      { type: 'ORG', first: at('Arsenal'), last: at('Arsenal') + 1 },
      { type: 'PER', first: at('London'), last: at('London') + 1 },
      { type: 'ORG', first: at('Liverpool'), last: at('Street') + 1 },
    ];
    expect(placesOutsideSport(tokens, spans, isPlaceOnly).map((s) => s.type)).toEqual(['ORG', 'PER', 'ORG']);
  });
});

describe('in the entity stage', () => {
  it('turns the recognizer’s sports reading of a city into a place, with the shipped gazetteer', () => {
    const rec = recognize(SINGER, model);
    const liverpool = rec.spans.find((s) => rec.tokens[s.first]!.text === 'Liverpool');
    expect(liverpool).toBeDefined();
    // As a model trained mostly on sports reporting may read it.
    const asClub = { ...rec, spans: rec.spans.map((s) => (s === liverpool ? { ...s, type: 'ORG' } : s)) };
    const e = entitiesFrom(SINGER, asClub, model).find((x) => x.name === 'Liverpool');
    expect(e?.type).toBe('place');
  });

  it('keeps the club in a match report', () => {
    const rec = recognize(MATCH, model);
    const e = entitiesFrom(MATCH, rec, model).find((x) => x.name === 'Liverpool');
    expect(e?.type).toBe('organization');
  });
});
