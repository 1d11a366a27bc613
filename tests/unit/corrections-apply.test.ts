/**
 * The reader's corrections applied to an analysis (src/core/corrections/apply.ts): a pure function,
 * tested on the sidebar's example analysis.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  type CorrectedAnalysis,
  type CorrectedEntity,
  type Correction,
} from '../../src/core/corrections';
import { ANALYSIS } from './sidebar-fixtures';

let n = 0;
const c = (x: Record<string, unknown>): Correction => ({ id: `c${++n}`, site: null, at: n, ...x }) as Correction;
const byName = (a: CorrectedAnalysis, name: string): CorrectedEntity | undefined =>
  a.entities.find((e) => e.name === name);

describe('applyCorrections', () => {
  it('leaves the analysis as it is without corrections, and never changes its input', () => {
    const before = JSON.stringify(ANALYSIS);
    expect(applyCorrections(ANALYSIS, [], 'example.com')).toBe(ANALYSIS);
    applyCorrections(
      ANALYSIS,
      [c({ kind: 'hide', name: 'OPEC' }), c({ kind: 'merge', name: 'Maduro', into: 'Donald Trump' })],
      'example.com',
    );
    expect(JSON.stringify(ANALYSIS)).toBe(before);
  });

  it('changes a type, found by name without case or accents, and marks it', () => {
    const out = applyCorrections(ANALYSIS, [c({ kind: 'type', name: 'white house', type: 'place' })], 'x.org');
    const e = byName(out, 'White House')!;
    expect(e.type).toBe('place');
    expect(out.entities.find((x) => x.id === 'white-house')?.corrections).toEqual([
      { correctionId: expect.any(String), kind: 'type', site: null, detail: 'organization', to: 'place' },
    ]);
    const accented = applyCorrections(ANALYSIS, [c({ kind: 'type', name: 'Nicolás Maduro', type: 'other' })], 'x.org');
    expect(byName(accented, 'Nicolas Maduro')?.type).toBe('other');
  });

  it('finds an entity by one of its other names', () => {
    const out = applyCorrections(ANALYSIS, [c({ kind: 'type', name: 'US', type: 'organization' })], 'x.org');
    expect(byName(out, 'United States')?.type).toBe('organization');
  });

  it('hides an entity: out of the list, its quotes unlinked (the speaker name kept), listed as hidden', () => {
    const hide = c({ kind: 'hide', name: 'Donald Trump' });
    const out = applyCorrections(ANALYSIS, [hide], 'x.org');
    expect(byName(out, 'Donald Trump')).toBeUndefined();
    expect(out.hidden?.map((h) => [h.entity.name, h.correctionId])).toEqual([['Donald Trump', hide.id]]);
    const trumpQuotes = out.quotes.filter((q) => q.speaker?.name === 'Trump');
    expect(trumpQuotes).toHaveLength(2);
    expect(trumpQuotes.every((q) => q.speaker?.entityId === null)).toBe(true);
  });

  it('merges one entity into another ("Same as…"): mentions, other names, notes and quotes', () => {
    const merge = c({ kind: 'merge', name: 'Jorge Rodriguez', into: 'Delcy Rodriguez' });
    const out = applyCorrections(ANALYSIS, [merge], 'x.org');
    expect(byName(out, 'Jorge Rodriguez')).toBeUndefined();
    const d = out.entities.find((e) => e.id === 'delcy-rodriguez')!;
    expect(d.mentions.map((m) => m.text)).toEqual(['Delcy Rodriguez', 'Jorge Rodriguez']);
    expect(d.mentions[0]!.start).toBeLessThan(d.mentions[1]!.start);
    expect(d.aliases).toContain('Jorge Rodriguez');
    expect(d.role).toBe("head of Venezuela's legislature");
    expect(d.corrections?.map((m) => [m.kind, m.detail])).toEqual([['merge', 'Jorge Rodriguez']]);
    const maduroQuotes = applyCorrections(
      ANALYSIS,
      [c({ kind: 'merge', name: 'Nicolas Maduro', into: 'Donald Trump' })],
      'x.org',
    ).quotes;
    expect(maduroQuotes.filter((q) => q.speaker?.entityId === 'donald-trump')).toHaveLength(3);
    expect(maduroQuotes.some((q) => q.speaker?.entityId === 'nicolas-maduro')).toBe(false);
  });

  it('splits a wrong other name off: its mentions become an entity of their own', () => {
    const split = c({ kind: 'split', name: 'Donald Trump', alias: 'Trump' });
    const out = applyCorrections(ANALYSIS, [split], 'x.org');
    const trump = byName(out, 'Donald Trump')!;
    const apart = byName(out, 'Trump')!;
    expect(trump.mentions.map((m) => m.text)).toEqual(['President Donald Trump']);
    expect(trump.aliases).not.toContain('Trump');
    const trumps = ANALYSIS.entities.find((e) => e.id === 'donald-trump')!.mentions.filter((m) => m.text === 'Trump');
    expect(trumps.length).toBeGreaterThan(0);
    expect(apart.mentions).toEqual(trumps);
    expect(apart.type).toBe('person');
    expect(apart.id).not.toBe(trump.id);
    expect(out.entities.indexOf(apart)).toBe(out.entities.indexOf(trump) + 1);
    // Quotes attributed by the split name follow it.
    expect(out.quotes.filter((q) => q.speaker?.entityId === apart.id)).toHaveLength(2);
    expect(apart.corrections?.map((m) => [m.kind, m.detail])).toEqual([['split-from', 'Donald Trump']]);
    // A later correction can name the split-off entity.
    const typed = applyCorrections(
      ANALYSIS,
      [split, c({ kind: 'type', name: 'Trump', type: 'organization' })],
      'x.org',
    );
    expect(byName(typed, 'Trump')?.type).toBe('organization');
    expect(byName(typed, 'Donald Trump')?.type).toBe('person');
  });

  it('does nothing for a name this page lacks, a split of the name itself, or a merge into itself', () => {
    const out = applyCorrections(
      ANALYSIS,
      [
        c({ kind: 'hide', name: 'Somebody Else' }),
        c({ kind: 'split', name: 'OPEC', alias: 'opec' }),
        c({ kind: 'merge', name: 'Trump', into: 'Donald Trump' }),
        c({ kind: 'merge', name: 'OPEC', into: 'Nobody' }),
      ],
      'x.org',
    );
    expect(out.entities.map((e) => e.name)).toEqual(ANALYSIS.entities.map((e) => e.name));
    expect(out.entities.every((e) => !e.corrections)).toBe(true);
  });

  it('applies a correction for one site only there', () => {
    const only = c({ kind: 'hide', name: 'OPEC', site: 'news.example' });
    expect(byName(applyCorrections(ANALYSIS, [only], 'news.example'), 'OPEC')).toBeUndefined();
    expect(byName(applyCorrections(ANALYSIS, [only], 'other.example'), 'OPEC')).toBeDefined();
  });

  it('applies corrections in the order they were made', () => {
    const first = { ...c({ kind: 'type', name: 'OPEC', type: 'place' }), at: 1 } as Correction;
    const second = { ...c({ kind: 'type', name: 'OPEC', type: 'other' }), at: 2 } as Correction;
    expect(byName(applyCorrections(ANALYSIS, [second, first], 'x'), 'OPEC')?.type).toBe('other');
  });

  it('leaves an unsupported analysis alone', () => {
    const un = { entities: [], quotes: [], unsupported: { reason: 'French' } };
    expect(applyCorrections(un, [c({ kind: 'hide', name: 'OPEC' })], 'x')).toBe(un);
  });
});
