import { describe, expect, it } from 'vitest';
import { loadCases, runCase } from '../eval/linking';
import { decide, typeFit } from '../../src/core/notes/wikipedia/linking';
import type { Candidate } from '../../src/core/notes/wikipedia';

const cand = (title: string, description: string | null, extra: Partial<Candidate> = {}): Candidate => ({
  title,
  description,
  disambiguation: false,
  hasCoordinates: false,
  views: 1000,
  searchRank: 1,
  ...extra,
});

describe('type filter', () => {
  it('a person\u2019s page must be about a human, a place\u2019s about a place', () => {
    expect(typeFit(cand('Delcy Rodríguez', 'Venezuelan politician (born 1969)'), 'person')).toBe(1);
    expect(typeFit(cand('Rodríguez', 'Spanish surname'), 'person')).toBe(0);
    expect(typeFit(cand('Jordan', 'Country in West Asia', { hasCoordinates: true }), 'person')).toBe(0);
    expect(typeFit(cand('Queen Victoria', 'Queen of the United Kingdom from 1837 to 1901'), 'place')).toBe(0);
    expect(typeFit(cand('Turkey (bird)', 'Genus of birds'), 'place')).toBe(0);
    expect(typeFit(cand('Washington (state)', 'U.S. state', { hasCoordinates: true }), 'place')).toBe(1);
    expect(
      typeFit(cand('WHO (AM)', 'Radio station in Des Moines, Iowa', { hasCoordinates: true }), 'organization'),
    ).toBeLessThan(1);
    expect(typeFit(cand('Georgia', 'Topics referred to by the same term', { disambiguation: true }), 'place')).toBe(0);
  });

  it('never chooses a disambiguation page, even as the only candidate', () => {
    expect(
      decide('Georgia', 'place', { role: null, otherNames: [], keywords: [], hintTitle: null }, [
        cand('Georgia', null, { disambiguation: true }),
      ]),
    ).toEqual({ kind: 'none' });
  });
});

describe('the hand-written linking set', () => {
  const cases = loadCases();
  const outcomes = cases.map(runCase);

  it('has at least 40 cases including the example\u2019s entities and the hard ones', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const ids = cases.map((c) => c.id);
    // prettier-ignore
    for (const id of ['ex-delcy', 'ex-jorge', 'wa-state', 'wa-government', 'ex-washington', 'georgia-country', 'georgia-state', 'jordan-country', 'acr-icc-court', 'acr-icc-cricket']) expect(ids).toContain(id);
  });

  it('never shows a wrong page without a "Which one?" choice', () => {
    expect(outcomes.filter((o) => o.verdict === 'wrong-shown').map((o) => o.id)).toEqual([]);
  });

  it('is right on at least 90% of cases', () => {
    expect(outcomes.filter((o) => o.verdict === 'right').length / outcomes.length).toBeGreaterThanOrEqual(0.9);
  });

  it('tells the two Rodriguezes apart and asks about a bare "Rodriguez"', () => {
    const by = (id: string) => outcomes.find((o) => o.id === id)!;
    expect(by('ex-delcy').shown).toBe('Delcy Rodríguez');
    expect(by('ex-jorge').shown).toBe('Jorge Rodríguez (Venezuelan politician)');
    const bare = by('rodriguez-surname').decision;
    expect(bare.kind).toBe('ambiguous');
    if (bare.kind === 'ambiguous')
      expect(
        bare.choices
          .map((c) => c.candidate.title)
          .slice(0, 2)
          .sort(),
      ).toEqual(['Delcy Rodríguez', 'Jorge Rodríguez (Venezuelan politician)']);
  });
});
